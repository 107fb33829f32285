/** An escape whose meaning is the same in RE2 and JavaScript (`\s` and `.` differ, so not here). */
const SAME_ESCAPE = /^\\(?:[dDwW.\-\\/^$|?*+()[\]{}]|u[0-9a-fA-F]{4})/;
/** The most ways bounded counts (`?`, `{n,m}`) may split an input between them. */
const MAX_CHOICES = 256;
/** A quantifier: `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`. */
const QUANTIFIER = /^(?:[*+?]|\{(\d{1,4})(?:(,)(\d{1,4})?)?\})/;

/**
 * Whether JavaScript's own engine runs `pattern` in linear time with the same result as RE2, so
 * the validator may use it (native matching is several times faster than re2js). True only for
 * the plain shape most form patterns have, e.g. `^1[3-9]\d{9}$`: anchored at the start; literal
 * characters, character classes and the escapes `\d \D \w \W` and escaped punctuation; no
 * groups, alternation, `.`, `\s`, `\p`, backreferences or lookaround; at most one unbounded
 * quantifier (`*`, `+`, `{n,}`), and bounded ones (`?`, `{n,m}`) that together split an input at
 * most 256 ways. Backtracking then stays within input length x 256 x pattern length.
 *
 * @example
 * ```ts
 * isSimplePattern('^1[3-9]\\d{9}$'); // true
 * isSimplePattern('^(a|aa)+$'); // false
 * ```
 */
export function isSimplePattern(pattern: string): boolean {
  if (!pattern.startsWith('^')) return false;
  let rest = pattern.slice(1);
  let unbounded = 0;
  let choices = 1;
  while (rest.length > 0) {
    if (rest === '$') return true;
    let atom: string | undefined;
    if (rest.startsWith('\\')) {
      atom = SAME_ESCAPE.exec(rest)?.[0];
    } else if (rest.startsWith('[')) {
      atom = characterClass(rest);
    } else if (!'()|]{}*+?.$^'.includes(rest[0] as string)) {
      atom = String.fromCodePoint(rest.codePointAt(0) as number);
    }
    if (atom === undefined) return false;
    rest = rest.slice(atom.length);
    const quantifier = QUANTIFIER.exec(rest);
    if (quantifier) {
      const [text, min, comma, max] = quantifier;
      if (text === '?') choices *= 2;
      else if (text === '*' || text === '+' || (comma !== undefined && max === undefined)) {
        unbounded += 1;
      } else if (comma !== undefined) {
        if (Number(max) < Number(min)) return false;
        choices *= Number(max) - Number(min) + 1;
      }
      rest = rest.slice(text.length);
      if (rest.startsWith('?') || rest.startsWith('+')) return false; // lazy or possessive
    }
    if (unbounded > 1 || choices > MAX_CHOICES) return false;
  }
  return true;
}

/** The character class `[...]` at the start of `text`, or undefined unless it is plain. */
function characterClass(text: string): string | undefined {
  let i = 1;
  if (text[i] === '^') i += 1;
  const first = i;
  while (i < text.length) {
    const c = text[i];
    if (c === ']') return i === first ? undefined : text.slice(0, i + 1); // `[]` differs in RE2
    if (c === '[') return undefined;
    if (c === '\\') {
      const escaped = SAME_ESCAPE.exec(text.slice(i))?.[0];
      if (!escaped) return undefined;
      i += escaped.length;
    } else {
      i += 1;
    }
  }
  return undefined;
}
