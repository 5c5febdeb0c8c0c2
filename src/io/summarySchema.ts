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
  });

// Compile-time check that the schema and core's DatasetSummary describe the same thing (fails to type-check if not).
type SchemaOutput = z.infer<typeof datasetSummarySchema>;
type Agrees<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SummarySchemaAgreesWithCore = Agrees<SchemaOutput, DatasetSummary> extends true ? true : never;
const schemaAgreesWithCore: SummarySchemaAgreesWithCore = true;
void schemaAgreesWithCore;
