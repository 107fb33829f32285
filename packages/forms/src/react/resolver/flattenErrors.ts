/** One error as the summary lists it. */
export interface FlatError {
  /** The field's path (`parties.0.idNumber`; `parties` for a list; `''` for the whole form). */
  path: string;
  /** Where react-hook-form keeps it (`parties.root`, `root.server`). */
  key: string;
  message: string;
}

function isError(value: unknown): value is { message?: unknown; type?: unknown } {
  return typeof value === 'object' && value !== null && ('type' in value || 'message' in value);
}

/**
 * Lists the errors of react-hook-form's nested error object in order, each with the field path
 * it belongs to. List-level errors (`parties.root`) belong to the list; `root.*` to the form.
 *
 * @example
 * ```ts
 * flattenErrors({ parties: [{ name: { type: 'required', message: '必填' } }] });
 * // [{ path: 'parties.0.name', key: 'parties.0.name', message: '必填' }]
 * ```
 */
export function flattenErrors(errors: unknown): FlatError[] {
  const found: FlatError[] = [];
  const walk = (node: unknown, key: string) => {
    if (isError(node) && typeof node.message === 'string' && node.message) {
      const path = key === 'root' || key.startsWith('root.') ? '' : key.replace(/\.root$/, '');
      found.push({ path, key, message: node.message });
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [child, value] of Object.entries(node)) {
      if (child === 'ref' || child === 'types' || child === 'message' || child === 'type') continue;
      walk(value, key ? `${key}.${child}` : child);
    }
  };
  walk(errors, '');
  return found;
}
