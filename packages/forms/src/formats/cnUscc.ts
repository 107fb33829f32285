/** The 31 characters of GB 32100 in value order (no I, O, S, V, Z). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * The GB 32100 check character for the first 17 characters of a unified social credit code,
 * or `undefined` if one of them is outside the code's alphabet.
 *
 * @example
 * ```ts
 * cnUsccCheckChar('91350100M000100Y4'); // '3'
 * ```
 */
export function cnUsccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * Whether a string is a unified social credit code (统一社会信用代码, format `cn-uscc`): 18
 * characters from the GB 32100 alphabet, an administrative-division code in positions 3-8,
 * and the GB 32100 check character.
 *
 * @example
 * ```ts
 * isCnUscc('91350100M000100Y43'); // true
 * isCnUscc('91350100M000100Y44'); // false: wrong check character
 * ```
 */
export function isCnUscc(value: string): boolean {
  return value.length === 18 && SHAPE.test(value) && cnUsccCheckChar(value) === value[17];
}
