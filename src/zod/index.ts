/**
 * ddss/zod: zod schemas built on the same Vietnamese checks as ddss rules, so a service on zod adopts them in one
 * line. Every issue is `code: 'custom'` with the ddss rule id in `params.rule` and a Vietnamese or English message.
 */
export { personalId } from './personalId';
export type { PersonalIdSchemaOptions } from './personalId';
export { vnPhone } from './vnPhone';
export type { VnPhoneSchemaOptions } from './vnPhone';
export { vnDate } from './vnDate';
export type { VnDateSchemaOptions } from './vnDate';
export { vnAddress } from './vnAddress';
export type { VnAddressSchemaOptions } from './vnAddress';
export { vnName } from './vnName';
export { vnSex } from './vnSex';
export type { VnSexSchemaOptions } from './vnSex';
export { profileToZod } from './profileToZod';
export type { ProfileToZodOptions, RecordInput } from './profileToZod';
export type { FieldSchemaOptions, DdssIssueParams } from './fieldCheck';
