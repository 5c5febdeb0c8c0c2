import { z } from 'zod';
import type { DatasetStateJson } from '../core';
import { DIMENSIONS, EXAMPLES_PER_RULE, HISTOGRAM_BINS, SCORE_SCALE, type DatasetSummary } from '../core';

const count = z.number().int().nonnegative();
const row = z.number().int().positive();
const share = z.number().min(0).max(1);
// Rule ids and field names become keys of core's plain-object states, where a name such as "constructor" finds an
// inherited member instead of nothing and breaks the merge: refuse them here, with the file named. (zod itself
// drops "__proto__" keys rather than let them replace a prototype.)
const stateKey = z.string().min(1).refine((k) => !(k in Object.prototype), { message: 'reserved name (an Object.prototype member)' });

const scoreState = z.object({
  total: count,
  histogram: z.array(count).length(HISTOGRAM_BINS),
  mean: share,
});

const ruleState = z.object({
  dimension: z.enum(DIMENSIONS as readonly ['correct', 'complete', 'clean', 'live']),
  issues: z.object({ error: count, warning: count, info: count }),
  records: count,
  examples: z.array(z.number().int().positive()).max(EXAMPLES_PER_RULE),
});

const groupState = z.object({
  rows: count,
  verdicts: z.object({ pass: count, warn: count, fail: count }),
  total: count,
  dimensions: z.object({ correct: count, complete: count, clean: count, live: count }),
  rules: z.record(stateKey, count),
  mean: share,
});
// Group keys are data (province names) and may be '' (the unplaced records), but never an Object.prototype member.
const groupKey = z.string().refine((k) => !(k in Object.prototype), { message: 'reserved name (an Object.prototype member)' });

// What each record scored before its dataset issues (core's ScoreBasesJson): entries are checked in the summary's
// refinement below, against the groupings and the rows covered.
const scoreBases = z.object({
  weights: z.object({ correct: z.number().nonnegative(), complete: z.number().nonnegative(), clean: z.number().nonnegative(), live: z.number().nonnegative() }),
  groupings: z.array(stateKey),
  keys: z.array(z.array(groupKey)),
  rows: z.string(),
});

/**
 * The shape of a dataset summary file (`ddss audit --summary out.json`), with the invariants `addReport` keeps:
 * verdicts and every histogram add up to the row count, sums and counts fit within it. A file that breaks them was
 * edited or cut short, and merging it would give a wrong total. `findings` are checked too.
 *
 * @example
 * const summary = datasetSummarySchema.parse(JSON.parse(text));
 */
export const datasetSummarySchema = z
  .object({
    kind: z.literal('ddss.summary'),
    version: z.literal(1),
    profile: z.string().min(1),
    profileDigest: z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits').optional(),
    masked: z.boolean().optional(),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'),
    rows: count,
    rowRanges: z.array(z.tuple([row, row])).optional(),
    verdicts: z.object({ pass: count, warn: count, fail: count }),
    score: scoreState,
    dimensions: z.object({ correct: scoreState, complete: scoreState, clean: scoreState, live: scoreState }),
    rules: z.record(stateKey, ruleState),
    fields: z.record(stateKey, z.object({ filled: count, rate: share })),
    columns: z.record(z.string(), z.string().nullable()).optional(),
    leftOut: z.object({ titleRows: count, headerRows: count, numberingRows: count, footerRows: count }).optional(),
    groups: z.record(stateKey, z.record(groupKey, groupState)).optional(),
    findings: z
      .array(
        z.object({
          rule: z.string().min(1),
          severity: z.enum(['error', 'warning', 'info']),
          key: z.string(),
          rows: z.array(z.number().int().positive()),
          count: count,
          message: z.object({ vi: z.string(), en: z.string() }),
        }),
      )
      .optional(),
    // The dataset-level state is checked by the checks that restore it.
    dataset: z.record(z.string(), z.custom<DatasetStateJson>((v) => v !== null && typeof v === 'object')).optional(),
    scoreBases: scoreBases.optional(),
  })
  .superRefine((s, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (s.verdicts.pass + s.verdicts.warn + s.verdicts.fail !== s.rows) problem(['verdicts'], `verdict counts do not add up to rows (${s.rows})`);
    const scores: [(string | number)[], z.infer<typeof scoreState>][] = [[['score'], s.score], ...DIMENSIONS.map((d): [(string | number)[], z.infer<typeof scoreState>] => [['dimensions', d], s.dimensions[d]])];
    for (const [path, state] of scores) {
      if (state.histogram.reduce((a, b) => a + b, 0) !== s.rows) problem([...path, 'histogram'], `histogram does not add up to rows (${s.rows})`);
      if (state.total > s.rows * SCORE_SCALE) problem([...path, 'total'], `score total exceeds rows × ${SCORE_SCALE}`);
    }
    // The rows covered: sorted, apart (adjacent ranges are written as one), no more of them than records.
    const ranges = s.rowRanges;
    if (ranges) {
      let covered = 0;
      ranges.forEach(([first, last], i) => {
        if (last < first) problem(['rowRanges', i], `range ends (${last}) before it starts (${first})`);
        else if (i > 0 && first <= ranges[i - 1]![1] + 1) problem(['rowRanges', i], 'ranges out of order, overlapping or adjacent');
        covered += last - first + 1;
      });
      if (covered > s.rows) problem(['rowRanges'], `covers more rows than the summary has (${s.rows})`);
      if (s.rows > 0 && ranges.length === 0) problem(['rowRanges'], `covers no row but the summary has ${s.rows}`);
    }
    const coveredRow = (r: number) => ranges === undefined || ranges.some(([first, last]) => first <= r && r <= last);
    for (const [id, r] of Object.entries(s.rules)) {
      if (r.records > s.rows) problem(['rules', id, 'records'], `more records than rows (${s.rows})`);
      if (r.examples.length > r.records) problem(['rules', id, 'examples'], 'more example rows than records');
      const outside = r.examples.find((e) => !coveredRow(e));
      if (outside !== undefined) problem(['rules', id, 'examples'], `example row ${outside} is not among the rows covered`);
    }
    for (const [field, f] of Object.entries(s.fields)) {
      if (f.filled > s.rows) problem(['fields', field, 'filled'], `more filled than rows (${s.rows})`);
    }
    // Every record is in exactly one group of each grouping.
    for (const [id, byKey] of Object.entries(s.groups ?? {})) {
      let rows = 0;
      for (const [key, g] of Object.entries(byKey)) {
        rows += g.rows;
        if (g.verdicts.pass + g.verdicts.warn + g.verdicts.fail !== g.rows) problem(['groups', id, key, 'verdicts'], `verdict counts do not add up to the group's rows (${g.rows})`);
        if (g.total > g.rows * SCORE_SCALE) problem(['groups', id, key, 'total'], `score total exceeds rows × ${SCORE_SCALE}`);
        for (const [rule, n] of Object.entries(g.rules)) if (n > g.rows) problem(['groups', id, key, 'rules', rule], `more records than the group's rows (${g.rows})`);
      }
      if (rows !== s.rows) problem(['groups', id], `groups do not add up to rows (${s.rows})`);
    }
    if (s.scoreBases) scoreBasesProblems(s.scoreBases, s.rows, coveredRow, (path, message) => problem(['scoreBases', ...path], message));
  });

/**
 * One entry per record, rows ascending and covered, a verdict letter, a group index into each grouping's keys, and
 * either no products or four of them between 0 and 1: a merge scores records again from these.
 */
function scoreBasesProblems(t: z.infer<typeof scoreBases>, rows: number, covered: (row: number) => boolean, problem: (path: (string | number)[], message: string) => void): void {
  if (t.keys.length !== t.groupings.length) return problem(['keys'], 'one list of keys per grouping expected');
  const entries = t.rows === '' ? [] : t.rows.split(';');
  if (entries.length !== rows) return problem(['rows'], `one entry per record expected (${rows}), got ${entries.length}`);
  const n = t.groupings.length;
  let previous = 0;
  for (let i = 0; i < entries.length; i++) {
    const values = entries[i]!.split(',');
    const bad = (message: string) => problem(['rows'], `entry ${i + 1}: ${message}`);
    const at = wholeNumber(values[0]);
    if (at === null || at <= previous || !covered(at)) return bad('rows must be covered, whole and ascending');
    previous = at;
    if (values[1] !== 'p' && values[1] !== 'w' && values[1] !== 'f') return bad('verdict letter must be p, w or f');
    if (values.length !== 2 + n && values.length !== 6 + n) return bad(`expected ${2 + n} or ${6 + n} values`);
    for (let g = 0; g < n; g++) {
      const index = wholeNumber(values[2 + g]);
      if (index === null || index >= t.keys[g]!.length) return bad('group index out of range');
    }
    for (let k = 2 + n; k < values.length; k++) {
      const p = values[k] === '' ? Number.NaN : Number(values[k]);
      if (!(p >= 0 && p <= 1)) return bad('dimension products must be numbers from 0 to 1');
    }
  }
}

/** A value written as a whole number from 0 (digits only), or null. */
function wholeNumber(text: string | undefined): number | null {
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : null;
}
