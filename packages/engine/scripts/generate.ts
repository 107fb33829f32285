// Writes the generated JSON files the package publishes (`pnpm --filter @gridcase/engine gen`):
// - src/definition/definition.schema.json, from the catalog;
// - templates/*.json, the shipped templates as the JSON documents a county admin edits.
// Tests fail when these are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDefinitionSchema } from '../src/definition/definitionSchema';
import { TEMPLATES } from '../src/templates';

const write = (relative: string, value: unknown) => {
  const target = fileURLToPath(new URL(`../${relative}`, import.meta.url));
  writeFileSync(target, `${JSON.stringify(value, null, 2)}\n`);
  process.stdout.write(`wrote ${relative}\n`);
};

write('src/definition/definition.schema.json', buildDefinitionSchema());
mkdirSync(fileURLToPath(new URL('../templates', import.meta.url)), { recursive: true });
for (const [id, definition] of Object.entries(TEMPLATES)) {
  write(`templates/${id}.json`, {
    $schema: '../src/definition/definition.schema.json',
    ...definition,
  });
}
