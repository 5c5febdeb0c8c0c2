export { RULES, CATALOGUE } from './catalogue';
export { citizenProfile } from './profiles/citizen';
export { FIELD_TYPES } from './fieldTypes';
export { normalizeColumnName } from './columns';
export { maskPersonalId, maskPhone, maskName, maskBirthDate, maskAddress } from './masks';
export { analyseName, NameAnalysis } from './nameAnalysis';
