import { z } from 'zod';
import { checkValue, fieldProfile, resolveFieldOptions, type FieldSchemaOptions } from './fieldCheck';

const NAME = fieldProfile('fullName', 'personName', ['field.missing', 'field.placeholder', 'name.characters', 'name.whitespace', 'name.lowercase', 'text.nfd', 'text.legacy-encoding']);

/**
 * A person's full name: letters of the Vietnamese alphabet (and foreign letters), no digits or symbols; with
 * `warnings: true` also in title case, single-spaced, NFC and not in a legacy TCVN3/VNI encoding.
 *
 * @example
 * vnName().parse('Nguyễn Văn An') // 'Nguyễn Văn An'
 * vnName().safeParse('Nguyen V@n An').error?.issues[0]?.params?.rule // 'name.characters'
 * @throws RangeError, when called, for a `lang` other than 'vi' or 'en'.
 */
export function vnName(options: FieldSchemaOptions = {}): z.ZodType<string, string> {
  const resolved = resolveFieldOptions(options);
  return z.string().superRefine((value, ctx) => checkValue(NAME, value, ctx, resolved));
}
