import type { RuleContext } from './rule';
import type { LocalizedText } from './types';

/** The group of the records a grouping could not place (no readable address, say). */
export const UNKNOWN_GROUP = '';

/**
 * A way to break a dataset down (by province, say): the summary keeps exact per-group totals for each grouping
 * the profile can use, so an auditor sees where the problems are, and shards still merge exactly.
 */
export interface Grouping {
  /** Stable id, the key under `summary.groups` (e.g. `province`). */
  id: string;
  title: LocalizedText;
  /** Fields the grouping reads; a profile without all of them has no such breakdown. */
  fields: readonly string[];
  /**
   * The record's group (e.g. `Thành phố Hà Nội`), or null when it cannot be placed. Reads the same parsed values
   * the rules did, so it costs no second parse. Must not throw; if it does, the record counts as unplaced.
   */
  key(ctx: RuleContext): string | null;
}
