/**
 * Writes each example county's definitions as JSON documents, derived from the engine's shipped
 * templates: `pnpm --filter @gridcase/example-county-server gen:definitions`.
 * The documents are what the county publishes; a test keeps them in step with the derivation.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTIES } from '../counties';
import { makeUsers } from '../counties/shared/makeUsers';

const countiesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'counties');
for (const module of COUNTIES) {
  const county = module.county('2026-01-01T00:00:00.000Z');
  for (const definition of module.derive(county, makeUsers(county, module.users))) {
    const file = join(countiesDir, module.id, `${definition.id}.json`);
    writeFileSync(file, `${JSON.stringify(definition, null, 2)}\n`);
    process.stdout.write(`wrote ${file}\n`);
  }
}
