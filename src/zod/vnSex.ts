import { z } from 'zod';
import { parseSex, type SexValue } from '../vn/person';
import { checkValue, fieldProfile, resolveFieldOptions, type FieldSchemaOptions } from './fieldCheck';

export interface VnSexSchemaOptions<O extends 'input' | 'code'> extends FieldSchemaOptions {
  /** `input` (default): the value as written; `code`: `'male'` or `'female'`. */
  output?: O;
}

// sex.unrecognised is a warning in reports (the rest of the record still counts); a schema for the field itself rejects it.
const SEX = fieldProfile('sex', 'sex', ['field.missing', 'field.placeholder', { id: 'sex.unrecognised', severity: 'error' }]);

/**
 * Sex as records write it: "Nam", "Nữ", "nu", "NAM", "Male", "F" … (numeric codes are refused: exports disagree
 * on them). With `output: 'code'` the result is `'male' | 'female'`.
 *
 * @example
 * vnSex().parse('Nữ') // 'Nữ'
 * vnSex({ output: 'code' }).parse('NU') // 'female'
 * vnSex().safeParse('1').error?.issues[0]?.params?.rule // 'sex.unrecognised'
 * @throws RangeError, when called, for a `lang` other than 'vi' or 'en'.
 */
export function vnSex<O extends 'input' | 'code' = 'input'>(options: VnSexSchemaOptions<O> = {}): z.ZodType<O extends 'code' ? SexValue : string, string> {
  const resolved = resolveFieldOptions(options);
  const checked = z.string().superRefine((value, ctx) => checkValue(SEX, value, ctx, resolved));
  const schema = options.output === 'code' ? checked.transform((value) => parseSex(value) as SexValue) : checked;
  return schema as unknown as z.ZodType<O extends 'code' ? SexValue : string, string>;
}
