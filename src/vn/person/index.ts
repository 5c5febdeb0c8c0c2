export { parseSex } from './parseSex';
export type { SexValue } from './parseSex';
export { isPlaceholderValue } from './placeholderValue';
