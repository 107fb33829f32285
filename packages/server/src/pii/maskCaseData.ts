import type { WorkflowDefinition } from '@gridcase/engine';
import { type JsonSchema, maskData, maskPii, piiFields } from '@gridcase/forms';

/** Resident ID numbers (18 characters) and mainland mobile numbers anywhere in free text. */
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/**
 * Masks ID numbers and mobile numbers that appear inside any text, whatever field holds it: a
 * second line of defence behind the schema's `x-pii` marks (a summary typed as "张三
 * 11010519491231002X" must not leak through a list).
 *
 * @example
 * ```ts
 * scrubText('当事人电话13800138000'); // '当事人电话138****8000'
 * ```
 */
export function scrubText(text: string): string {
  return text
    .replace(ID_NUMBER, (m) => maskPii('idcard', m))
    .replace(MOBILE, (m) => maskPii('phone', m));
}

/**
 * Applies {@link scrubText} to every string inside a JSON value (copy; input unchanged).
 *
 * @example
 * ```ts
 * scrubDeep({ note: '电话13800138000' }); // { note: '电话138****8000' }
 * ```
 */
export function scrubDeep<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrubText(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        Object.defineProperty(out, key, {
          value: walk((v as Record<string, unknown>)[key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

const combined = new WeakMap<WorkflowDefinition, JsonSchema>();

/**
 * One schema covering every form of a definition (each form's payload is stored into the case
 * data at the same paths), for masking and for listing personal-data fields.
 *
 * @example
 * ```ts
 * piiFields(caseDataSchema(definition)); // [{ path: 'parties.*.idNumber', kind: 'idcard' }, ...]
 * ```
 */
export function caseDataSchema(definition: WorkflowDefinition): JsonSchema {
  let schema = combined.get(definition);
  if (!schema) {
    schema = { allOf: Object.values(definition.forms).map((form) => form.schema) };
    combined.set(definition, schema);
  }
  return schema;
}

/**
 * Masks a case's data for display: schema-marked personal data with `maskData` from
 * `@gridcase/forms`, then any ID or mobile number left in other text.
 *
 * @example
 * ```ts
 * maskCaseData(definition, record.context.data).parties[0].idNumber; // '**************002X'
 * ```
 */
export function maskCaseData<T>(definition: WorkflowDefinition, data: T): T {
  return scrubDeep(maskData(caseDataSchema(definition), data));
}

/**
 * The personal-data field paths of a definition (`parties.*.idNumber`).
 *
 * @example
 * ```ts
 * casePiiFields(definition); // [{ path: 'parties.*.idNumber', kind: 'idcard' }, ...]
 * ```
 */
export function casePiiFields(definition: WorkflowDefinition) {
  return piiFields(caseDataSchema(definition));
}
