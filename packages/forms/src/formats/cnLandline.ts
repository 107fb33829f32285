/**
 * Area code (010, 02X, or 0 plus three digits), an optional hyphen, a local number of 7 or 8
 * digits not starting with 0 or 1, and an optional extension after `-`, `#` or `转`.
 */
const LANDLINE = /^(?:010|02\d|0[3-9]\d{2})-?[2-9]\d{6,7}(?:(?:-|#|转)\d{1,6})?$/;

/**
 * Whether a string is a mainland China landline number with area code (format `cn-landline`).
 *
 * @example
 * ```ts
 * isCnLandline('010-62345678'); // true
 * isCnLandline('0571-8765432转801'); // true
 * isCnLandline('12345678'); // false: the area code is required
 * ```
 */
export function isCnLandline(value: string): boolean {
  return value.length <= 24 && LANDLINE.test(value);
}
