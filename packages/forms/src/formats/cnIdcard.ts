/** Why a value is not a resident ID number, most basic reason first. */
export type CnIdcardProblem = 'length' | 'characters' | 'region' | 'birthDate' | 'checkDigit';

/** GB 11643 weights: 2^(17-i) mod 11 for positions 1..17. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for `sum mod 11` (ISO 7064 MOD 11-2). */
const CHECK = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/**
 * Province-level prefixes of GB/T 2260 that appear on resident ID numbers and residence permits
 * (71 Taiwan, 81 Hong Kong, 82 Macao, 83 permits for Taiwan residents).
 */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/**
 * The GB 11643 check character for the first 17 digits of a resident ID number.
 *
 * @example
 * ```ts
 * cnIdcardCheckDigit('11010519491231002'); // 'X'
 * ```
 */
export function cnIdcardCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function isRealPastDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return date.getTime() <= todayUtc;
}

/**
 * Explains why a string is not a valid 18-character resident ID number (GB 11643-1999), or
 * returns `undefined` when it is one: 17 digits plus a check character (`X` upper case), a
 * plausible province prefix, a real birth date that is not in the future, and the
 * ISO 7064 MOD 11-2 check character.
 *
 * @example
 * ```ts
 * cnIdcardProblem('11010519491231002X'); // undefined
 * cnIdcardProblem('110105194912310021'); // 'checkDigit'
 * ```
 */
export function cnIdcardProblem(
  value: string,
  today: Date = new Date(),
): CnIdcardProblem | undefined {
  if (value.length !== 18) return 'length';
  if (!SHAPE.test(value)) return 'characters';
  if (!PROVINCES.has(value.slice(0, 2))) return 'region';
  if (!isRealPastDate(value.slice(6, 14), today)) return 'birthDate';
  if (cnIdcardCheckDigit(value) !== value[17]) return 'checkDigit';
  return undefined;
}

/**
 * Whether a string is a valid resident ID number (format `cn-idcard`).
 *
 * @example
 * ```ts
 * isCnIdcard('11010519491231002X'); // true
 * isCnIdcard('11010519491231002x'); // false: the check character X is upper case
 * ```
 */
export function isCnIdcard(value: string): boolean {
  return cnIdcardProblem(value) === undefined;
}
