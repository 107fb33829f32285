import type { FormDefinition, JsonSchema } from '../../types';
import { isSchema } from './schemaType';

/** Below this many nested references the renderer stops (the publish gate bounds depth earlier). */
const MAX_DEPTH = 64;

function resolvePointer(root: JsonSchema, ref: string): unknown {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isSchema(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

const cache = new WeakMap<JsonSchema, JsonSchema>();

/**
 * A copy of a schema with its local `$ref`s (`#/$defs/party`) replaced by what they point at, for
 * laying out fields (validation uses the schema as it is). Keywords next to a `$ref` (a `title`)
 * win over the target's. A reference back into itself (a recursive schema, which the publish gate
 * refuses) or an unknown one becomes `{}`. Cached per schema object.
 *
 * @example
 * ```ts
 * inlineRefs({
 *   $defs: { party: { type: 'object', properties: { name: { type: 'string' } } } },
 *   properties: { parties: { type: 'array', items: { $ref: '#/$defs/party' } } },
 * }).properties.parties.items; // { type: 'object', properties: { name: { type: 'string' } } }
 * ```
 */
export function inlineRefs(root: JsonSchema): JsonSchema {
  const known = cache.get(root);
  if (known) return known;
  const visit = (node: unknown, refs: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, refs));
    if (!isSchema(node)) return node;
    let current: JsonSchema = node;
    let path = refs;
    while (typeof current.$ref === 'string') {
      const { $ref, ...siblings } = current;
      const target = resolvePointer(root, $ref);
      if (!isSchema(target) || path.includes($ref) || path.length >= MAX_DEPTH) return {};
      path = [...path, $ref];
      current = { ...target, ...siblings };
    }
    const copy: JsonSchema = {};
    for (const [key, value] of Object.entries(current)) {
      if (key === '$defs' || key === 'definitions') continue;
      Object.defineProperty(copy, key, {
        value: visit(value, path),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  };
  const inlined = visit(root, []) as JsonSchema;
  cache.set(root, inlined);
  return inlined;
}

const forms = new WeakMap<FormDefinition, FormDefinition>();

/**
 * The form as the renderer lays it out: its schema with local references inlined
 * ({@link inlineRefs}). The same object for the same form, so memoised components stay put.
 */
export function layoutForm(form: FormDefinition): FormDefinition {
  let laid = forms.get(form);
  if (!laid) {
    laid = { ...form, schema: inlineRefs(form.schema) };
    forms.set(form, laid);
  }
  return laid;
}
