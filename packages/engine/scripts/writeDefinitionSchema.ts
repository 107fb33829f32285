// Writes src/definition/definition.schema.json from the catalog (`pnpm gen:schema`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDefinitionSchema } from '../src/definition/definitionSchema';

const target = fileURLToPath(new URL('../src/definition/definition.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildDefinitionSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
