import { memoized, type RowGroup } from '../../src/core/datasetTable';

/** How many row numbers a message lists before it says how many more there are (the finding keeps them all). */
export const ROWS_IN_MESSAGE = 10;

/**
 * Row numbers for a message: the first {@link ROWS_IN_MESSAGE}, then "… (+n)".
 *
 * @example rowsText([3, 17]) // '3, 17'
 * @example rowsText([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) // '1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (+2)'
 */
export function rowsText(rows: readonly number[]): string {
  if (rows.length <= ROWS_IN_MESSAGE) return rows.join(', ');
  return `${rows.slice(0, ROWS_IN_MESSAGE).join(', ')} … (+${rows.length - ROWS_IN_MESSAGE})`;
}

/**
 * Distinct 64-bit values (as `hi:lo` pairs) among a group's values, counted.
 *
 * @example distinctPairs([1, 2, 1, 2, 0, 5]) // 2
 */
export function distinctPairs(values: readonly number[]): number {
  const seen = new Set<number>();
  // hi * 2^32 + lo is exact for hi below 2^21; digested lanes can be larger, so fall back to strings then.
  let exact = true;
  for (let i = 0; i < values.length; i += 2) if (values[i]! >= 2 ** 21) exact = false;
  if (exact) {
    for (let i = 0; i < values.length; i += 2) seen.add(values[i]! * 2 ** 32 + values[i + 1]!);
    return seen.size;
  }
  const s = new Set<string>();
  for (let i = 0; i < values.length; i += 2) s.add(`${values[i]}:${values[i + 1]}`);
  return s.size;
}

/**
 * How many distinct IDs (the values the group's rows carry) a group has, worked out once per group size.
 *
 * @example distinctIds(group) // 3
 */
export function distinctIds(group: RowGroup): number {
  return memoized(group, (g) => distinctPairs(g.values));
}
