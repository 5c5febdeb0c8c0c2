import fc from 'fast-check';
import { DIMENSIONS, finalizeSummary, summarize, type DatasetSummary, type Issue, type RecordReport, type Severity, type Verdict } from '../../src/core';

// Names that hostile or careless inputs carry: markup, table separators, Vietnamese letters, quotes.
export const NASTY_NAMES = ['<script>alert(1)</script>', 'a|b', 'Họ và tên', '"quoted"', "it's", '&amp;', '`tick`', '*bold*', 'line\nbreak', '[x](http://example.invalid)'];

// Object.prototype names are left out: core's summary states are plain objects, so a rule or field called
// "constructor" collides with an inherited member (reported to the lead; the schema refuses such files).
const safeName = (base: fc.Arbitrary<string>) => base.filter((s) => s.length > 0 && !(s in Object.prototype));

export const nameArb = safeName(fc.oneof(fc.constantFrom(...NASTY_NAMES), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })));

const scoreArb = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);

const issueArb: fc.Arbitrary<Issue> = fc
  .record({ rule: nameArb, dimension: fc.constantFrom(...DIMENSIONS), severity: fc.constantFrom<Severity>('error', 'warning', 'info') })
  .map((i) => ({ ...i, field: 'x', message: 'm', value: null, fix: null }));

/** A record report with any scores and issues (the renderers and merge do not care how they were found). */
export const reportArb = (row: number): fc.Arbitrary<RecordReport> =>
  fc.record({
    score: scoreArb,
    verdict: fc.constantFrom<Verdict>('pass', 'warn', 'fail'),
    correct: scoreArb,
    complete: scoreArb,
    clean: scoreArb,
    live: scoreArb,
    issues: fc.array(issueArb, { maxLength: 4 }),
  }).map(({ score, verdict, correct, complete, clean, live, issues }) => ({ row, score, verdict, dimensions: { correct, complete, clean, live }, issues, fixed: {} }));

export interface ReportsWithFields {
  reports: { report: RecordReport; filled: string[]; groups?: Record<string, string> }[];
  fields: string[];
}

// Group keys as a province breakdown has them: real names, the unplaced group '', and hostile strings.
const groupKeyArb = fc.oneof(fc.constantFrom('', 'Thành phố Hà Nội', 'Tỉnh Lào Cai', 'Thành phố Hồ Chí Minh'), nameArb);

/** Reports for rows 1..n with the fields each had filled and, in most summaries, the province each is in. */
export const reportsArb: fc.Arbitrary<ReportsWithFields> = fc
  .record({ fields: fc.uniqueArray(nameArb, { maxLength: 5 }), n: fc.nat({ max: 30 }), grouped: fc.boolean(), keys: fc.uniqueArray(groupKeyArb, { minLength: 1, maxLength: 5 }) })
  .chain(({ fields, n, grouped, keys }) =>
    fc.record({
      fields: fc.constant(fields),
      reports: fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({ report: reportArb(i + 1), filled: fc.subarray(fields), province: fc.constantFrom(...keys) }).map(({ report, filled, province }) => ({ report, filled, ...(grouped ? { groups: { province } } : {}) })),
        ),
      ),
    }),
  )
  .map(({ fields, reports }) => ({ fields, reports: [...reports] }));

/** Any valid summary: folded from arbitrary reports, sometimes with a column mapping and loose findings. */
export const summaryArb: fc.Arbitrary<DatasetSummary> = fc
  .record({
    profile: fc.oneof(fc.constant('citizen'), nameArb),
    data: reportsArb,
    columns: fc.option(fc.array(fc.tuple(nameArb, fc.option(nameArb)), { maxLength: 6 }), { nil: undefined }),
    findings: fc.option(
      fc.oneof(
        // core's DatasetFinding, and a looser shape a later summary version might carry
        fc.array(fc.record({ rule: nameArb, severity: fc.constantFrom<Severity>('error', 'warning', 'info'), key: fc.string(), rows: fc.array(fc.integer({ min: 1, max: 1e6 }), { maxLength: 12 }), count: fc.nat(), message: fc.record({ vi: nameArb, en: nameArb }) }), { maxLength: 3 }),
      ),
      { nil: undefined },
    ),
  })
  .map(({ profile, data, columns, findings }) => {
    const summary = summarize(profile, '2026-11-01', data.reports, data.fields);
    if (columns) summary.columns = Object.fromEntries(columns);
    if (findings) summary.findings = findings;
    return finalizeSummary(summary);
  });
