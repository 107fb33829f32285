import type { Services } from '../app/services';
import type { Route } from '../routes/defineRoute';
import { definitionReadRoutes } from './definitionReadRoutes';
import { definitionWriteRoutes } from './definitionWriteRoutes';
import { templateRoutes } from './templateRoutes';

/**
 * Workflow definitions of the caller's county: templates, drafts, publishing, versions, diffs
 * and forks.
 *
 * @example
 * ```ts
 * registerRoutes(app, definitionRoutes(services), services);
 * ```
 */
export function definitionRoutes(services: Services): Route[] {
  return [
    ...templateRoutes(),
    ...definitionReadRoutes(services),
    ...definitionWriteRoutes(services),
  ];
}
