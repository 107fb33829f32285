import { formatChecks } from '../formats';
import { PII_KINDS } from '../pii/piiKinds';
import type { JsonSchema } from '../types';
import { compileLinear } from '../validator/linearRegExp';
import { backtrackingRisk } from './backtrackingRisk';
import { DIALECT, FORBIDDEN_NAMES, FORM_KEYWORDS, UNSUPPORTED_KEYWORDS } from './keywords';
import { GATE_LIMITS as L } from './limits';
import { pointerJoin, type RawFinding } from './rawFinding';
import { isPlainObject, resolveLocalRef } from './subschemas';

const SCALARS = new Set(['string', 'number', 'integer', 'boolean', 'null']);
const INVALID_NAME = /[.*/[\]\s]/u;

/** What the whole-schema checks need from each node. */
export interface Tally {
  properties: number;
  patterns: number;
}

function typesOf(schema: JsonSchema): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  return Array.isArray(schema.type)
    ? schema.type.filter((t): t is string => typeof t === 'string')
    : [];
}

function hasScalarItems(items: unknown): boolean {
  if (!isPlainObject(items)) return false;
  const types = typesOf(items);
  if (types.length > 0) return types.every((t) => SCALARS.has(t));
  const values = Array.isArray(items.enum)
    ? items.enum
    : 'const' in items
      ? [items.const]
      : undefined;
  return values?.every((v) => v === null || typeof v !== 'object') === true;
}

function checkName(name: string, pointer: string, out: RawFinding[]) {
  if (FORBIDDEN_NAMES.has(name))
    out.push({ pointer, code: 'property.forbiddenName', params: { name } });
  else if (name === '' || name.length > L.propertyName || INVALID_NAME.test(name)) {
    out.push({ pointer, code: 'property.invalidName', params: { name, limit: L.propertyName } });
  }
}

/** `required` names must be safe, and declared when the same node declares properties. */
function checkRequired(schema: JsonSchema, at: string, out: RawFinding[]) {
  const declared = isPlainObject(schema.properties) ? schema.properties : undefined;
  (schema.required as unknown[]).forEach((name, index) => {
    if (typeof name !== 'string') return;
    const pointer = pointerJoin(at, index);
    if (FORBIDDEN_NAMES.has(name))
      out.push({ pointer, code: 'property.forbiddenName', params: { name } });
    else if (declared && !Object.hasOwn(declared, name)) {
      out.push({ pointer, code: 'property.requiredUndefined', params: { name } });
    }
  });
}

function checkKeywords(schema: JsonSchema, pointer: string, out: RawFinding[]) {
  for (const key of Object.keys(schema)) {
    const at = pointerJoin(pointer, key);
    const value = schema[key];
    if (UNSUPPORTED_KEYWORDS.has(key))
      out.push({ pointer: at, code: 'keyword.unsupported', params: { keyword: key } });
    else if (!FORM_KEYWORDS.has(key))
      out.push({ pointer: at, code: 'keyword.unknown', params: { keyword: key } });
    if (isPlainObject(value) && Object.hasOwn(value, '$data'))
      out.push({ pointer: at, code: 'keyword.$data' });
  }
}

function checkPattern(pattern: string, at: string, out: RawFinding[]) {
  if (pattern.length > L.patternLength) {
    out.push({
      pointer: at,
      code: 'pattern.tooLong',
      params: { length: pattern.length, limit: L.patternLength },
    });
    return;
  }
  if (backtrackingRisk(pattern)) {
    out.push({ pointer: at, code: 'pattern.backtracking', params: { pattern } });
    return;
  }
  try {
    compileLinear(pattern);
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    out.push({ pointer: at, code: 'pattern.unsafe', params: { pattern, reason } });
  }
}

/**
 * Checks one schema node on its own (not its subschemas): keywords, names, limits, patterns,
 * formats, references. Adds to `tally` what whole-schema limits count.
 */
export function inspectNode(
  root: JsonSchema,
  schema: JsonSchema,
  pointer: string,
  isValue: boolean,
  tally: Tally,
  out: RawFinding[],
): void {
  checkKeywords(schema, pointer, out);
  const at = (key: string) => pointerJoin(pointer, key);
  if ('$schema' in schema && (pointer !== '' || schema.$schema !== DIALECT)) {
    out.push({ pointer: at('$schema'), code: 'schema.dialect' });
  }
  const types = typesOf(schema);
  const hasValues = 'enum' in schema || 'const' in schema;
  const composed = '$ref' in schema || 'allOf' in schema || 'anyOf' in schema || 'oneOf' in schema;
  if (isValue && types.length === 0 && !hasValues && !composed)
    out.push({ pointer, code: 'schema.untyped' });
  // Every format rejects strings longer than its longest valid value before reading them.
  const cappedFormat =
    typeof schema.format === 'string' && Object.hasOwn(formatChecks, schema.format);
  if (types.includes('string') && !hasValues && !cappedFormat) {
    if (typeof schema.maxLength !== 'number' || schema.maxLength > L.maxLength) {
      out.push({ pointer, code: 'string.maxLength', params: { limit: L.maxLength } });
    }
  }
  if (typeof schema.pattern === 'string') {
    tally.patterns++;
    checkPattern(schema.pattern, at('pattern'), out);
  }
  if (typeof schema.format === 'string' && !Object.hasOwn(formatChecks, schema.format)) {
    const formats = Object.keys(formatChecks).join(', ');
    out.push({
      pointer: at('format'),
      code: 'format.unknown',
      params: { format: schema.format, formats },
    });
  }
  if (types.includes('array')) {
    const bounded = typeof schema.maxItems === 'number' && schema.maxItems <= L.maxItems;
    if (!bounded) out.push({ pointer, code: 'array.maxItems', params: { limit: L.maxItems } });
    if (schema.uniqueItems === true && !bounded && !hasScalarItems(schema.items)) {
      out.push({
        pointer: at('uniqueItems'),
        code: 'uniqueItems.unbounded',
        params: { limit: L.maxItems },
      });
    }
  }
  if (types.includes('object') && schema.additionalProperties !== false) {
    out.push({ pointer, code: 'object.additionalProperties' });
  }
  if (Array.isArray(schema.enum) && schema.enum.length > L.enumValues) {
    out.push({
      pointer: at('enum'),
      code: 'enum.tooLarge',
      params: { count: schema.enum.length, limit: L.enumValues },
    });
  }
  const pii = schema['x-pii'];
  if (pii !== undefined && !PII_KINDS.includes(pii as never)) {
    out.push({ pointer: at('x-pii'), code: 'pii.kind', params: { kind: String(pii) } });
  }
  if (typeof schema.$ref === 'string') {
    const ref = schema.$ref;
    if (!ref.startsWith('#'))
      out.push({ pointer: at('$ref'), code: 'ref.external', params: { ref } });
    else if (!resolveLocalRef(root, ref))
      out.push({ pointer: at('$ref'), code: 'ref.unresolved', params: { ref } });
  }
  if (Array.isArray(schema.required)) checkRequired(schema, at('required'), out);
  for (const key of ['properties', 'dependentRequired'] as const) {
    const map = schema[key];
    if (!isPlainObject(map)) continue;
    for (const name of Object.keys(map)) {
      if (key === 'properties') tally.properties++;
      checkName(name, pointerJoin(at(key), name), out);
    }
  }
}
