import type { JsonSchema } from '../../types';
import { schemaAt, schemaType } from '../schema/schemaType';

/**
 * Where react-hook-form keeps the error for a validation path: the path itself for a field,
 * `path.root` for a whole list (react-hook-form's place for list-level errors, so they do not
 * collide with the items' own errors), and `root.<source>` for the form as a whole (`''`).
 *
 * @example
 * ```ts
 * errorKey(schema, 'parties.0.idNumber'); // 'parties.0.idNumber'
 * errorKey(schema, 'parties'); // 'parties.root'
 * errorKey(schema, '', 'server'); // 'root.server'
 * ```
 */
export function errorKey(schema: JsonSchema, path: string, source = 'form'): string {
  if (path === '') return `root.${source}`;
  return schemaType(schemaAt(schema, path)) === 'array' ? `${path}.root` : path;
}
