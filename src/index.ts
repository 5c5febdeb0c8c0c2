/**
 * ddss — Đúng · Đủ · Sạch · Sống. Checks Vietnamese population records against the four criteria of the
 * National Population Database (correct, complete, clean, live) and reports on every record and every dataset.
 */
export { validateRecord } from './api/validateRecord';
export type { ValidateOptions } from './api/validateRecord';
export { resolveProfile, BUILT_IN_PROFILES } from './api/profiles';
export type { ProfileRef } from './api/profiles';
export { auditRecords } from './io/auditRecords';
export { auditFile } from './io/auditFile';
export type { AuditFileOptions, AuditProgress } from './io/auditFile';
export type { HeaderInfo } from './io/read/headerRow';
export type { FooterInfo } from './io/read/footerRows';
export { auditFileReports } from './io/auditFileReports';
export { displayableSummary, displayableReport, reportPrototype, summaryBundle, reportBundle, summaryText, reportText, reportHtml, JUPYTER_DISPLAY } from './io/render/notebook';
export type { MimeBundle, NotebookDisplayable } from './io/render/notebook';
export type { AuditRecordsOptions } from './io/auditRecords';
export type { InputRecord } from './io/inputRecord';
export { InputError } from './io/inputError';
export { OutputError } from './io/atomicFile';
export { openInput } from './io/read/openInput';
export type { InputSource, OpenInputOptions, InputFormat, InputEncoding } from './io/read/openInput';
export * from './core';
// Shadows core's mergeSummaries: this one finds the built-in profiles' dataset checks itself, so shards' duplicates
// that span shards are found without a third argument (an explicit export wins over `export *`).
export { mergeSummaries, mergeSummaryFiles, readSummaryFile, datasetMergeContext } from './io/mergeSummaryFiles';
export { RULES, CATALOGUE, citizenProfile } from '../rules';
export { parsePersonalId, cardExpiry, issuedCardExpiry, isCardExpired } from './vn/id';
export type { PersonalIdParse } from './vn/id';
export { parsePhone } from './vn/phone';
export type { PhoneParse } from './vn/phone';
export { parseAddress, convertAddress } from './vn/address';
export type { ParsedAddress, ConvertedAddress, AdminUnit } from './vn/address';
export { parseDate } from './vn/dates';
export type { DateParse, CivilDate } from './vn/dates';
export { parseSex, isPlaceholderValue } from './vn/person';
