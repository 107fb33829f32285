/** Keywords whose value is one subschema. */
export const SUBSCHEMA = ['items', 'additionalProperties', 'not', 'if', 'then', 'else'] as const;
/** Keywords whose value maps names to subschemas. */
export const SUBSCHEMA_MAP = ['properties', '$defs'] as const;
/** Keywords whose value is a list of subschemas. */
export const SUBSCHEMA_LIST = ['allOf', 'anyOf', 'oneOf'] as const;

/** Everything a form schema may use: the validation and annotation keywords forms need. */
export const FORM_KEYWORDS = new Set<string>([
  ...SUBSCHEMA,
  ...SUBSCHEMA_MAP,
  ...SUBSCHEMA_LIST,
  '$schema',
  '$ref',
  '$comment',
  'title',
  'description',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
  'type',
  'enum',
  'const',
  'required',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'x-pii',
]);

/**
 * JSON Schema keywords Ajv knows but forms leave out: identifiers and dynamic references
 * (a form is one document), keys matched by patterns, and keywords whose cost or meaning is
 * hard to bound or to render.
 */
export const UNSUPPORTED_KEYWORDS = new Set<string>([
  '$id',
  '$anchor',
  '$dynamicRef',
  '$dynamicAnchor',
  '$recursiveRef',
  '$recursiveAnchor',
  '$vocabulary',
  'definitions',
  'dependencies',
  'patternProperties',
  'propertyNames',
  'dependentSchemas',
  'prefixItems',
  'additionalItems',
  'contains',
  'minContains',
  'maxContains',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentEncoding',
  'contentMediaType',
  'contentSchema',
  'discriminator',
  'nullable',
]);

/** The draft forms are written in. */
export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Names JavaScript treats specially; a property with one of them invites prototype pollution. */
export const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
