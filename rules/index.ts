export { RULES, CATALOGUE } from './catalogue';
export { citizenProfile } from './profiles/citizen';
export { FIELD_TYPES, BLANK, PLACEHOLDER, hasValue } from './fieldTypes';
export type { NoValue } from './fieldTypes';
export { normalizeColumnName } from './columns';
export { maskPersonalId, maskPhone, maskName, maskBirthDate, maskAddress } from './masks';
export { analyseName } from './nameAnalysis';
export type { NameAnalysis } from './nameAnalysis';
