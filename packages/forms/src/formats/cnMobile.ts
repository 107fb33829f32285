const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Whether a string is a mainland China mobile number (format `cn-mobile`): 11 digits, starting
 * with 1 and a second digit 3-9, without country code or separators.
 *
 * @example
 * ```ts
 * isCnMobile('13800138000'); // true
 * isCnMobile('+8613800138000'); // false: store the national number only
 * ```
 */
export function isCnMobile(value: string): boolean {
  return value.length === 11 && MOBILE.test(value);
}
