import { asDefinition } from '../definitions/asDefinition';
import { fengyuan } from './fengyuan';
import { linhu } from './linhu';
import { makeUsers } from './shared/makeUsers';
import type { CountyModule, CountySetup } from './types';

export type { CountyModule, CountySetup } from './types';

/** The example's counties. */
export const COUNTIES: readonly CountyModule[] = [fengyuan, linhu];

/**
 * Resolves a county module: the county record, its users, its definitions, its stories.
 *
 * @example
 * ```ts
 * const setups = COUNTIES.map((m) => countySetup(m, new Date().toISOString()));
 * ```
 */
export function countySetup(module: CountyModule, createdAt: string): CountySetup {
  const county = module.county(createdAt);
  const users = makeUsers(county, module.users);
  const definitions = Object.entries(module.documents).map(([name, doc]) =>
    asDefinition(doc, `${module.id}/${name}`),
  );
  return { county, users, definitions, stories: module.stories(county, users) };
}
