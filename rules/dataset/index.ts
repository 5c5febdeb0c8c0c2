export { duplicateId } from './duplicateId';
export { sharedPhone, DEFAULT_MAX_IDS_PER_PHONE } from './sharedPhone';
export { nearDuplicate } from './nearDuplicate';
