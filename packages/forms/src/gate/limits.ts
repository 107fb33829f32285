/**
 * Caps on admin-authored form schemas, derived from measurements of Ajv 8 on a 2-core machine
 * (research/reliability.md M9, M10): 1,000 properties take 0.6 s to compile and 3,000 crash it;
 * nesting 600 deep overflows the stack; `uniqueItems` is quadratic.
 */
export const GATE_LIMITS = {
  /** Bytes of the schema's JSON (UTF-8). */
  schemaBytes: 64 * 1024,
  /** Bytes of the UI schema's JSON (UTF-8). */
  uiBytes: 64 * 1024,
  /** Nesting of subschemas below the root (a property of an array entry's object is at depth 3). */
  depth: 8,
  /** Property definitions in the whole schema. */
  properties: 300,
  /**
   * `pattern` checks one payload can trigger (a pattern in a list counts once per entry). Each
   * runs on RE2 (about 0.3 µs per character in re2js) over at most 2,000 characters, so 50
   * checks stay near 30 ms even on a hostile payload.
   */
  patterns: 50,
  /** Characters of one `pattern`. */
  patternLength: 500,
  /** Values of one `enum`. */
  enumValues: 500,
  /** Highest allowed `maxLength` of a string; every string needs one. */
  maxLength: 2000,
  /** Highest allowed `maxItems` of an array; every array needs one. */
  maxItems: 200,
  /** JSON values a valid payload may hold (see `schemaCapacity`). */
  values: 20_000,
  /** Characters of a property name. */
  propertyName: 64,
  /** Findings reported at most; the rest are summed up in one `gate.truncated`. */
  findings: 100,
} as const;
