interface Frame {
  /** The group holds a quantifier that repeats (max > 1). */
  repeats: boolean;
  /** The group has a top-level alternation. */
  alternates: boolean;
}

interface Atom {
  repeats: boolean;
  alternates: boolean;
}

const QUANTIFIER = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/;

/** Whether a quantifier lets its atom repeat (`*`, `+`, `{2}`, `{1,}`, `{0,5}`; not `?` or `{0,1}`). */
function repeats(quantifier: string, match: RegExpExecArray): boolean {
  if (quantifier === '?') return false;
  if (quantifier === '*' || quantifier === '+') return true;
  const min = Number(match[1]);
  if (!match[2]) return min > 1;
  return match[3] === '' || Number(match[3]) > 1;
}

/**
 * Whether a pattern has the shapes that make backtracking engines (JavaScript's own RegExp, a
 * browser's `pattern` attribute) take exponential time: a repeated group that itself repeats
 * (`(a+)+`, star height 2) or a repeated group of alternatives (`(a|a)*`). gridcase's validator
 * runs every pattern on RE2 and is safe either way; the gate still refuses these so no other
 * consumer of a published schema can be hurt by them. A syntactic check, so it errs on the side
 * of refusing (`(cat|dog)+` is refused: write `(?:cat|dog)` once or a character class).
 *
 * @example
 * ```ts
 * backtrackingRisk('^(a+)+$'); // true
 * backtrackingRisk('^1[3-9]\\d{9}$'); // false
 * ```
 */
export function backtrackingRisk(pattern: string): boolean {
  const stack: Frame[] = [{ repeats: false, alternates: false }];
  let last: Atom | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    const frame = stack.at(-1)!;
    if (char === '\\') {
      i++;
      last = { repeats: false, alternates: false };
    } else if (char === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      last = { repeats: false, alternates: false };
    } else if (char === '(') {
      stack.push({ repeats: false, alternates: false });
      if (pattern[i + 1] === '?')
        i += pattern[i + 2] === '<' && /[=!]/.test(pattern[i + 3] ?? '') ? 3 : 2;
      last = undefined;
    } else if (char === ')') {
      const group = stack.length > 1 ? stack.pop()! : frame;
      stack.at(-1)!.repeats ||= group.repeats;
      last = group;
    } else if (char === '|') {
      frame.alternates = true;
      last = undefined;
    } else {
      const match = QUANTIFIER.exec(pattern.slice(i, i + 24));
      if (match && last) {
        const quantifier = match[0];
        i += quantifier.length - 1;
        if (pattern[i + 1] === '?') i++;
        if (repeats(quantifier, match)) {
          if (last.repeats || last.alternates) return true;
          frame.repeats = true;
        }
        last = undefined;
      } else {
        last = { repeats: false, alternates: false };
      }
    }
  }
  return false;
}
