import { z } from 'zod';
import { parseDate, type CivilDate } from '../vn/dates';
import { checkValue, fieldProfile, type FieldSchemaOptions } from './fieldCheck';

export interface VnDateSchemaOptions<O extends 'iso' | 'civil'> extends FieldSchemaOptions {
  /** `iso` (default): `YYYY-MM-DD`; `civil`: `{ year, month, day }`. */
  output?: O;
}

const DATE = fieldProfile('dateOfBirth', 'date', ['field.missing', 'field.placeholder', 'date.invalid']);

/**
 * A date as Vietnamese records write it (`15/03/1999`, `1/7/2024`, `15-03-1999`, `15.03.1999`, `1999-03-15`,
 * ISO date-times, a year alone), refusing impossible days (31/02) and two-digit years with rule `date.invalid`;
 * returns the ISO date or a `{ year, month, day }`.
 *
 * @example
 * vnDate().parse('01/07/2024') // '2024-07-01'
 * vnDate({ output: 'civil' }).parse('1/7/2024') // { year: 2024, month: 7, day: 1 }
 * vnDate().safeParse('31/02/2024').error?.issues[0]?.params?.rule // 'date.invalid'
 */
export function vnDate<O extends 'iso' | 'civil' = 'iso'>(options: VnDateSchemaOptions<O> = {}): z.ZodType<O extends 'civil' ? CivilDate : string, string> {
  const civil = options.output === 'civil';
  return z
    .string()
    .superRefine((value, ctx) => checkValue(DATE, value, ctx, options))
    .transform((value) => {
      const parsed = parseDate(value);
      // Only reached when the checks passed, so the date parsed.
      if (!parsed.ok) return z.NEVER;
      return civil ? { ...parsed.date } : parsed.iso;
    }) as unknown as z.ZodType<O extends 'civil' ? CivilDate : string, string>;
}
