import type { RegExpEngine, RegExpLike } from 'ajv/dist/types';
import { RE2JS } from 're2js';
import { isSimplePattern } from './simplePattern';

/**
 * Strings longer than this never match a schema `pattern`. It equals the highest `maxLength` the
 * publish gate allows, so for published forms only already-too-long input is affected, and it
 * bounds one pattern check (re2js runs about 0.3 µs per character) however large the payload.
 */
export const MAX_PATTERN_INPUT = 2000;

const cache = new Map<string, RE2JS>();

/**
 * ECMAScript spells script classes `\p{Script=Han}` (or `sc=`); RE2 spells them `\p{Han}`.
 * Only unescaped `\p`/`\P` are rewritten (an even run of backslashes before them is literal).
 */
function toRe2Syntax(pattern: string): string {
  return pattern.replace(/(^|[^\\])((?:\\\\)*)\\([pP])\{(?:Script|sc)=(\w+)\}/g, '$1$2\\$3{$4}');
}
const CACHE_LIMIT = 1000;

/**
 * Compiles an ECMAScript `pattern` with RE2 semantics (linear-time matching: no backreferences,
 * no lookaround). Throws `RE2JSSyntaxException` for patterns RE2 cannot express.
 *
 * @example
 * ```ts
 * compileLinear('^1[3-9]\\d{9}$').test('13800138000'); // true
 * ```
 */
export function compileLinear(pattern: string): RE2JS {
  let compiled = cache.get(pattern);
  if (!compiled) {
    compiled = RE2JS.compile(RE2JS.translateRegExp(toRe2Syntax(pattern)));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(pattern, compiled);
  }
  return compiled;
}

/**
 * The regular-expression engine Ajv uses for every `pattern` (its `code.regExp` option): RE2 via
 * re2js, so catastrophic backtracking cannot happen whatever an admin writes; plain patterns
 * (`isSimplePattern`, e.g. `^1[3-9]\d{9}$`) run on JavaScript's engine, where they are linear
 * too. RE2 is always Unicode-aware, so Ajv's `u` flag needs no translation.
 */
export const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string): RegExpLike => {
    // plain patterns run on JavaScript's engine: linear for them, same result, much faster
    const compiled = isSimplePattern(pattern) ? new RegExp(pattern, 'u') : compileLinear(pattern);
    const like: RegExpLike & { toString(): string } = {
      test: (value: string) => value.length <= MAX_PATTERN_INPUT && compiled.test(value),
      // Ajv keys its per-schema pattern cache by `toString()`: it must differ per pattern.
      toString: () => `/${pattern}/${flags}`,
    };
    return like;
  },
  { code: 'linearRegExp' },
);
