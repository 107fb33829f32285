import { isCnIdcard } from './cnIdcard';
import { isCnLandline } from './cnLandline';
import { isCnMobile } from './cnMobile';
import { isCnUscc } from './cnUscc';
import { standardFormats } from './standardFormats';

export { type CnIdcardProblem, cnIdcardCheckDigit, cnIdcardProblem, isCnIdcard } from './cnIdcard';
export { isCnLandline } from './cnLandline';
export { isCnMobile } from './cnMobile';
export { cnUsccCheckChar, isCnUscc } from './cnUscc';

/** Every string format a form schema may name, with its check. */
export const formatChecks: Readonly<Record<string, (value: string) => boolean>> = {
  ...standardFormats,
  'cn-idcard': isCnIdcard,
  'cn-mobile': isCnMobile,
  'cn-uscc': isCnUscc,
  'cn-landline': isCnLandline,
};

/** The names of the formats forms may use. */
export type FormatName =
  | keyof typeof standardFormats
  | 'cn-idcard'
  | 'cn-mobile'
  | 'cn-uscc'
  | 'cn-landline';

/** The formats a form schema may name in `format`, Chinese ones first. */
export const FORMAT_NAMES = [
  'cn-idcard',
  'cn-mobile',
  'cn-uscc',
  'cn-landline',
  ...Object.keys(standardFormats),
] as FormatName[];
