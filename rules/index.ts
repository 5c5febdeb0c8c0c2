export { RULES, CATALOGUE, DATASET_CHECKS, GROUPINGS } from './catalogue';
export { byProvince } from './groupings/province';
export { duplicateId, sharedPhone, nearDuplicate, DEFAULT_MAX_IDS_PER_PHONE } from './dataset';
export { citizenProfile } from './profiles/citizen';
export { FIELD_TYPES } from './fieldTypes';
export { FIELD_LABELS } from './fieldLabels';
export { normalizeColumnName } from './columns';
export { maskPersonalId, maskPhone, maskName, maskBirthDate, maskAddress, maskSexValue, maskRecordKey, maskDateValue } from './masks';
export { analyseName, NameAnalysis } from './nameAnalysis';
