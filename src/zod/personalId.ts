import { z } from 'zod';
import { parsePersonalId } from '../vn/id';
import { checkValue, fieldProfile, resolveFieldOptions, type FieldSchemaOptions } from './fieldCheck';

export interface PersonalIdSchemaOptions extends FieldSchemaOptions {
  /** Accept a 9-digit CMND (identity card number); default false: CMND cards lapsed on 31 Dec 2024 (Law on Identification 2023, art. 46(2)). */
  allowCmnd?: boolean;
  /** `digits` (default): the digits alone, as the population database stores them (`'001099012345'`); `input`: as written. */
  output?: 'digits' | 'input';
}

const ID_RULES = ['field.missing', 'field.placeholder', 'id.personal.format', 'id.personal.province', 'id.personal.placeholder'];
const WITH_CMND = fieldProfile('personalId', 'personalId', ID_RULES);
const WITHOUT_CMND = fieldProfile('personalId', 'personalId', [...ID_RULES, 'id.cmnd']);

/**
 * A personal ID number (12-digit số định danh; Decree 137/2015/NĐ-CP, art. 13): well-formed, a real province
 * code, not a placeholder. Issues carry the ddss rule id in `params.rule` (`id.personal.province` …). Spaces,
 * dots, dashes and a leading apostrophe are accepted (`id.personal.separators` is only info in a report) and
 * removed from the result, unless `output: 'input'`.
 *
 * @example
 * personalId().parse('001 099 012 345') // '001099012345'
 * personalId({ output: 'input' }).parse('001 099 012 345') // '001 099 012 345'
 * personalId().safeParse('003099012345').error?.issues[0]?.params?.rule // 'id.personal.province'
 * @throws RangeError, when called, for a `lang` other than 'vi' or 'en'.
 */
export function personalId(options: PersonalIdSchemaOptions = {}): z.ZodType<string, string> {
  const profile = options.allowCmnd ? WITH_CMND : WITHOUT_CMND;
  const resolved = resolveFieldOptions(options);
  const checked = z.string().superRefine((value, ctx) => checkValue(profile, value, ctx, resolved));
  if (options.output === 'input') return checked;
  return checked.transform((value) => {
    const parsed = parsePersonalId(value);
    // Only reached when the checks passed, so the ID parsed.
    return parsed.ok ? parsed.digits : value;
  });
}
