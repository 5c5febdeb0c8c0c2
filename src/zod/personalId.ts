import { z } from 'zod';
import { checkValue, fieldProfile, type FieldSchemaOptions } from './fieldCheck';

export interface PersonalIdSchemaOptions extends FieldSchemaOptions {
  /** Accept a 9-digit CMND (identity card number); default false: CMND cards lapsed on 31 Dec 2024 (Law on Identification 2023, art. 46(2)). */
  allowCmnd?: boolean;
}

const ID_RULES = ['field.missing', 'field.placeholder', 'id.personal.format', 'id.personal.province', 'id.personal.placeholder'];
const WITH_CMND = fieldProfile('personalId', 'personalId', ID_RULES);
const WITHOUT_CMND = fieldProfile('personalId', 'personalId', [...ID_RULES, 'id.cmnd']);

/**
 * A personal ID number (12-digit số định danh; Decree 137/2015/NĐ-CP, art. 13): well-formed, a real province
 * code, not a placeholder. Issues carry the ddss rule id in `params.rule` (`id.personal.province` …). The
 * value is returned as written.
 *
 * @example
 * personalId().parse('001099012345') // '001099012345'
 * personalId().safeParse('003099012345').error?.issues[0]?.params?.rule // 'id.personal.province'
 */
export function personalId(options: PersonalIdSchemaOptions = {}): z.ZodType<string, string> {
  const profile = options.allowCmnd ? WITH_CMND : WITHOUT_CMND;
  return z.string().superRefine((value, ctx) => checkValue(profile, value, ctx, options));
}
