import { isValidNationalNumber } from './numberTable';

/**
 * Pre-2018 11-digit mobile network codes → the 10-digit codes that replaced them (national significant
 * number form: no trunk 0). The last seven digits are kept. Conversion ran 15 Sep 2018 – 30 Jun 2019.
 * Basis: MIC Decision 798/QĐ-BTTTT of 25 May 2018 (plan to convert H2H mobile network codes), table in section 1.
 */
export const LEGACY_MOBILE_CODES: Readonly<Record<string, string>> = {
  // MobiFone
  '120': '70',
  '121': '79',
  '122': '77',
  '126': '76',
  '128': '78',
  // VinaPhone
  '123': '83',
  '124': '84',
  '125': '85',
  '127': '81',
  '129': '82',
  // Viettel
  '162': '32',
  '163': '33',
  '164': '34',
  '165': '35',
  '166': '36',
  '167': '37',
  '168': '38',
  '169': '39',
  // Vietnamobile
  '186': '56',
  '188': '58',
  // Gmobile
  '199': '59',
};

/** Subscriber digits kept by the 2018 conversion. */
const SUBSCRIBER_DIGITS = 7;

/**
 * Today's national significant number for a pre-2018 11-digit mobile number given as its national
 * significant number (10 digits, `1xx` + 7), or null when it is not one.
 *
 * @example
 * currentMobileNumber('1681234567'); // '381234567'  (0168 123 4567 → 038 123 4567)
 * currentMobileNumber('912345678'); // null
 */
export function currentMobileNumber(nationalNumber: string): string | null {
  if (nationalNumber.length !== 3 + SUBSCRIBER_DIGITS) return null;
  const code = LEGACY_MOBILE_CODES[nationalNumber.slice(0, 3)];
  if (code === undefined) return null;
  const current = code + nationalNumber.slice(3);
  return isValidNationalNumber(current) ? current : null;
}
