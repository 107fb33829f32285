import type { PiiKind } from '../types';

const STAR = '*';

function maskIdcard(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 4) return STAR.repeat(chars.length);
  return STAR.repeat(chars.length - 4) + chars.slice(-4).join('');
}

/** An extension (`转801`, `#12`, or `-801` after a full landline) is not masked. */
const EXTENSION = /^(.+?)((?:转|#)\d+|(?<=^0\d{2,3}-?\d{7,8})-\d{1,6})$/u;

/** Keeps the first 3 and last 4 digits, masks the digits between, keeps separators and extension. */
function maskPhone(value: string): string {
  const extension = EXTENSION.exec(value);
  if (extension) return maskNumber(extension[1]!) + extension[2];
  return maskNumber(value);
}

function maskNumber(value: string): string {
  const digits = value.replace(/\D/g, '').length;
  if (digits < 8) return value.replace(/\d/g, STAR);
  let seen = 0;
  return value.replace(/\d/g, (digit) => {
    seen++;
    return seen <= 3 || seen > digits - 4 ? digit : STAR;
  });
}

function maskName(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length <= 1) return STAR.repeat(chars.length);
  if (chars.length === 2) return `${chars[0]}${STAR}`;
  return chars[0] + STAR.repeat(chars.length - 2) + chars.at(-1);
}

/** The end of the district-level part (区, 县, 旗; not the 区 of 自治区), else of the city. */
const DISTRICT = /(?<!自治)[区县旗]/u;
const CITY = /[市州盟]/u;

function maskAddress(value: string): string {
  const head = value.slice(0, 20);
  const district = DISTRICT.exec(head) ?? CITY.exec(head);
  const keep = district
    ? district.index + 1
    : Math.min(6, Math.floor(Array.from(value).length / 3));
  const kept = Array.from(value).slice(0, keep).join('');
  return kept.length < value.length ? `${kept}****` : kept;
}

/**
 * Masks one personal-data value for display in lists and exports. The one masking rule of
 * gridcase:
 * - `idcard`: only the last 4 characters stay visible (`**************002X`): in one county the
 *   region prefix is nearly constant and digits 7-14 are the birth date;
 * - `phone`: the first 3 and last 4 digits (`138****8000`; `010-****5678`, separators and
 *   extension kept);
 * - `name`: the first character, and the last one for names of 3 or more (`张*`, `张*三`);
 * - `address`: up to the district or county (`浙江省杭州市西湖区****`), else up to the city,
 *   else its first third; the rest becomes `****` whatever its length.
 *
 * @example
 * ```ts
 * maskPii('idcard', '11010519491231002X'); // '**************002X'
 * maskPii('phone', '13800138000'); // '138****8000'
 * maskPii('name', '张三'); // '张*'
 * maskPii('address', '浙江省杭州市西湖区文三路100号'); // '浙江省杭州市西湖区****'
 * ```
 */
export function maskPii(kind: PiiKind, value: string): string {
  switch (kind) {
    case 'idcard':
      return maskIdcard(value);
    case 'phone':
      return maskPhone(value);
    case 'name':
      return maskName(value);
    case 'address':
      return maskAddress(value);
  }
}
