import { z } from 'zod';
import { parseDate, type CivilDate } from '../vn/dates';
import { checkValue, fieldProfile, resolveFieldOptions, type FieldSchemaOptions, type Relabel } from './fieldCheck';

export interface VnDateSchemaOptions<O extends 'iso' | 'civil'> extends FieldSchemaOptions {
  /** `iso` (default): `YYYY-MM-DD`; `civil`: `{ year, month, day }`. */
  output?: O;
  /** The date is a date of birth: messages name it so ("Thiếu ngày sinh", "Missing date of birth"); default: "ngày", "date". */
  birthDate?: boolean;
}

// date.invalid reads the citizen profile's date fields, so the value is checked as a dateOfBirth; typed as a birth
// date so that a value quoted in a message is masked (the year alone shown): a date may be a birth date whatever
// the caller calls it, and a ragged row may put a name or an ID where the date should be.
const DATE = fieldProfile('dateOfBirth', 'birthDate', ['field.missing', 'field.placeholder', 'date.invalid']);
// The borrowed field's messages say "ngày sinh"; a date of any other meaning is called a date.
const ANY_DATE: Relabel = Object.freeze({
  rules: Object.freeze(['field.missing', 'field.placeholder']),
  vi: Object.freeze(['ngày sinh', 'ngày'] as const),
  en: Object.freeze(['date of birth', 'date'] as const),
});

/**
 * A date as Vietnamese records write it (`15/03/1999`, `1/7/2024`, `15-03-1999`, `15.03.1999`, `1999-03-15`,
 * ISO date-times, a year alone), refusing impossible days (31/02) and two-digit years with rule `date.invalid`;
 * returns the ISO date or a `{ year, month, day }`. Messages say "ngày"/"date" ("Thiếu ngày"), or "ngày
 * sinh"/"date of birth" with `birthDate: true`; a value they quote is masked (the year alone) unless `mask: false`.
 *
 * @example
 * vnDate().parse('01/07/2024') // '2024-07-01'
 * vnDate({ output: 'civil' }).parse('1/7/2024') // { year: 2024, month: 7, day: 1 }
 * vnDate().safeParse('31/02/2024').error?.issues[0]?.params?.rule // 'date.invalid'
 * vnDate({ birthDate: true, lang: 'en' }).safeParse('').error?.issues[0]?.message // 'Missing date of birth'
 * @throws RangeError, when called, for a `lang` other than 'vi' or 'en'.
 */
export function vnDate<O extends 'iso' | 'civil' = 'iso'>(options: VnDateSchemaOptions<O> = {}): z.ZodType<O extends 'civil' ? CivilDate : string, string> {
  const civil = options.output === 'civil';
  const resolved = resolveFieldOptions(options);
  const relabel = options.birthDate === true ? undefined : ANY_DATE;
  return z
    .string()
    .superRefine((value, ctx) => checkValue(DATE, value, ctx, resolved, relabel))
    .transform((value) => {
      const parsed = parseDate(value);
      // Only reached when the checks passed, so the date parsed.
      if (!parsed.ok) return z.NEVER;
      return civil ? { ...parsed.date } : parsed.iso;
    }) as unknown as z.ZodType<O extends 'civil' ? CivilDate : string, string>;
}
