/**
 * The top-level field a publish-gate finding concerns: `/schema/properties/<key>/...`,
 * `/schema/required/...` is the whole form, `/ui/fields/<key>/...` and `/ui/order/<i>` name
 * fields too. `undefined` for findings about the whole form.
 *
 * @example
 * ```ts
 * fieldOfPointer('/schema/properties/idNumber/maxLength', form); // 'idNumber'
 * ```
 */
export function fieldOfPointer(pointer: string, order: readonly string[]): string | undefined {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'schema' && parts[1] === 'properties') return parts[2];
  if (parts[0] === 'ui' && parts[1] === 'fields') return parts[2];
  if (parts[0] === 'ui' && parts[1] === 'order' && parts[2] !== undefined)
    return order[Number(parts[2])];
  return undefined;
}
