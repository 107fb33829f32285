import type Ajv2020 from 'ajv/dist/2020';
import type { JsonSchema } from '../types';
import { schemaCapacity } from '../validator/capacity';
import { createAjv } from '../validator/createAjv';
import { GATE_LIMITS as L } from './limits';
import { patternChecks } from './patternChecks';
import { pointerJoin, type RawFinding } from './rawFinding';

let gateAjv: Ajv2020 | undefined;

/** Maps the first error Ajv throws while compiling to a finding; Ajv names a schema path in most. */
function fromCompileError(message: string): RawFinding {
  let match = /unknown keyword: "([^"]+)"/.exec(message);
  if (match) return { pointer: '', code: 'keyword.unknown', params: { keyword: match[1] } };
  match = /unknown format "([^"]+)" ignored in schema at path "#([^"]*)"/.exec(message);
  if (match)
    return {
      pointer: pointerJoin(match[2]!, 'format'),
      code: 'format.unknown',
      params: { format: match[1] },
    };
  match = /missing type "[^"]+" for keyword "([^"]+)" at "#([^"]*)"/.exec(message);
  if (match)
    return { pointer: match[2]!, code: 'schema.strictTypes', params: { keyword: match[1] } };
  match = /required property "([^"]+)" is not defined at "#([^"]*)"/.exec(message);
  if (match)
    return {
      pointer: pointerJoin(match[2]!, 'required'),
      code: 'property.requiredUndefined',
      params: { name: match[1] },
    };
  return { pointer: '', code: 'schema.compile', params: { error: message.slice(0, 300) } };
}

/**
 * Checks a schema that passed the structural checks the way the validator will use it: against
 * the 2020-12 meta-schema, then by compiling it with the validator's Ajv settings (strict mode,
 * RE2 patterns, our formats), then by bounding the pattern checks and the values one payload
 * can bring. Ajv
 * is configured without a logger, so a failed compile prints nothing.
 */
export function compileCheck(schema: JsonSchema): RawFinding[] {
  gateAjv ??= createAjv();
  const ajv = gateAjv;
  if (!ajv.validateSchema(schema)) {
    const seen = new Set<string>();
    const out: RawFinding[] = [];
    for (const error of ajv.errors ?? []) {
      if (seen.has(error.instancePath)) continue;
      seen.add(error.instancePath);
      const keyword = error.instancePath.split('/').at(-1) || error.keyword;
      out.push({ pointer: error.instancePath, code: 'schema.invalid', params: { keyword } });
    }
    return out;
  }
  const { $schema: _dialect, ...own } = schema;
  try {
    ajv.compile(own);
  } catch (error) {
    return [fromCompileError(error instanceof Error ? error.message : String(error))];
  } finally {
    ajv.removeSchema(own);
  }
  const checks = patternChecks(own);
  if (checks > L.patterns) {
    const count = Number.isFinite(checks) ? checks : '∞';
    return [{ pointer: '', code: 'schema.tooManyPatterns', params: { count, limit: L.patterns } }];
  }
  const capacity = schemaCapacity(own);
  if (capacity > L.values) {
    const shown = Number.isFinite(capacity) ? capacity : '∞';
    return [
      { pointer: '', code: 'schema.tooManyValues', params: { capacity: shown, limit: L.values } },
    ];
  }
  return [];
}
