import { z } from 'zod';
import { tidiedPhone } from '../../rules/phone/tidiedPhone';
import { parsePhone } from '../vn/phone';
import { checkValue, fieldProfile, resolveFieldOptions, type FieldSchemaOptions } from './fieldCheck';

export interface VnPhoneSchemaOptions extends FieldSchemaOptions {
  /** Accept numbers from before the 2017 area-code and 2018 mobile-prefix conversions (default false). */
  allowLegacy?: boolean;
  /** `e164` (default): `+84912345678` (a legacy number's replacement when `allowLegacy`); `input`: as written. */
  output?: 'e164' | 'input';
}

const PHONE_RULES = ['field.missing', 'field.placeholder', 'phone.invalid'];
const WITH_LEGACY = fieldProfile('phone', 'phone', PHONE_RULES);
// phone.legacy is a warning in reports (out of date, not wrong); a schema that does not allow legacy numbers rejects it.
const WITHOUT_LEGACY = fieldProfile('phone', 'phone', [...PHONE_RULES, { id: 'phone.legacy', severity: 'error' }]);

/**
 * A Vietnamese phone number that libphonenumber-js (max metadata) calls valid, however it is written
 * (`0912 345 678`, `+84 91 234 5678`, `(024) 3825 1234` …); issues carry `phone.invalid` or `phone.legacy`.
 *
 * @example
 * vnPhone().parse('0912 345 678') // '+84912345678'
 * vnPhone({ allowLegacy: true }).parse('0168 123 4567') // '+84381234567'
 * vnPhone().safeParse('0168 123 4567').error?.issues[0]?.params?.rule // 'phone.legacy'
 * @throws RangeError, when called, for a `lang` other than 'vi' or 'en'.
 */
export function vnPhone(options: VnPhoneSchemaOptions = {}): z.ZodType<string, string> {
  const profile = options.allowLegacy ? WITH_LEGACY : WITHOUT_LEGACY;
  const resolved = resolveFieldOptions(options);
  const checked = z.string().superRefine((value, ctx) => checkValue(profile, value, ctx, resolved));
  if (options.output === 'input') return checked;
  return checked.transform((value) => {
    let parsed = parsePhone(value);
    // A valid number in stray brackets or spaces ("(+84) 912 345 678") passed as phone.format: read it tidied.
    if (!parsed.valid && parsed.legacy === null) parsed = tidiedPhone(value) ?? parsed;
    // A legacy number that is not valid today becomes today's number; a valid one keeps its own E.164.
    return (parsed.valid ? parsed.e164 : parsed.legacy?.current) ?? value;
  });
}
