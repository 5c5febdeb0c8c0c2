import {
  compileProfile,
  defineDatasetCheck,
  defineRule,
  findingKey,
  groupOf,
  hasValue,
  rowTableState,
  type Catalogue,
  type DatasetFinding,
  type Grouping,
  type RowTable,
  type Rule,
  type RuleContext,
} from '../../src/core';

/** A tiny domain-free catalogue: the engine is tested without any Vietnamese rule. */
export const numberMissing = defineRule({
  id: 'test.missing',
  dimension: 'complete',
  severity: 'error',
  fields: ['*'],
  title: { vi: 'thiếu', en: 'missing' },
  messages: { default: { vi: (p) => `thiếu ${p.f}`, en: (p) => `missing ${p.f}` } },
  check: (ctx) => ctx.fields.filter((f) => ctx.required(f) && !ctx.present(f)).map((f) => ({ field: f, params: { f } })),
});
export const numberNegative = defineRule({
  id: 'test.negative',
  dimension: 'correct',
  severity: 'warning',
  fields: ['amount'],
  title: { vi: 'âm', en: 'negative' },
  messages: { default: { vi: () => 'số âm', en: () => 'negative number' } },
  check: (ctx) => {
    const n = ctx.parsed<number>('amount');
    return hasValue(n) && Number.isFinite(n) && n < 0 ? { fix: String(-n) } : null;
  },
});
export const throwing = defineRule({
  id: 'test.throws',
  dimension: 'clean',
  severity: 'error',
  fields: ['code'],
  title: { vi: 'ném', en: 'throws' },
  messages: { default: { vi: () => 'x', en: () => 'x' } },
  check: (ctx) => {
    if (ctx.text('code') === 'boom') throw new Error('boom');
    return null;
  },
});

/** Groups records by their code; a code of `boom` makes the grouping throw (the record stays unplaced). */
export const byCode: Grouping = {
  id: 'code',
  title: { vi: 'mã', en: 'code' },
  fields: ['code'],
  key: (ctx) => {
    const code = ctx.text('code');
    if (code === 'boom') throw new Error('boom');
    return code === '' ? null : code;
  },
};

export const catalogue: Catalogue = {
  rules: new Map([numberMissing, numberNegative, throwing].map((r) => [r.id, r])),
  fieldTypes: {
    key: {},
    number: { parse: (t) => (t.trim() === '' ? Number.NaN : Number(t)), mask: () => '###' },
    code: {},
  },
  normalizeColumnName: (s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''),
  isFiller: (s) => s.trim() === 'n/a',
  groupings: [byCode],
};

export const profile = compileProfile(
  {
    name: 'test',
    key: 'id',
    fields: { id: { type: 'key' }, amount: { type: 'number', required: true, aliases: ['Amount (VND)'] }, code: { type: 'code' } },
    rules: ['test.missing', 'test.negative', 'test.throws'],
  },
  catalogue,
);

/** A rule that finds nothing and hands the engine's record context to `see`: how tests look at what rules see. */
export function contextProbe(id: string, see: (ctx: RuleContext) => void): Rule {
  return defineRule({
    id,
    dimension: 'clean',
    severity: 'info',
    fields: ['*'],
    title: { vi: 'dò', en: 'probe' },
    messages: { default: { vi: () => '', en: () => '' } },
    check(ctx) {
      see(ctx);
      return null;
    },
  });
}

/**
 * A domain-free dataset check over the fixture profile: records sharing a code (a, b, boom …) are one finding; a pair
 * is a warning, three or more an error, so severities change as shards merge.
 */
export const sameCode = defineDatasetCheck<RowTable>({
  id: 'test.same-code',
  dimension: 'clean',
  severity: 'warning',
  fields: ['code'],
  title: { vi: 'mã trùng', en: 'same code' },
  messages: { default: { vi: (p) => `mã trùng ${p.n}`, en: (p) => `same code ${p.n}` } },
  ...rowTableState(() => 'label'),
  observe(t, row, ctx) {
    const c = ctx.text('code');
    if (c !== '') t.add(0, c.charCodeAt(0) * 65536 + c.length, row, 0, 0);
  },
  findings(t) {
    const out: DatasetFinding[] = [];
    t.forEachGroup((hi, lo, g) => out.push({ rule: 'test.same-code', severity: g.rows.length > 2 ? 'error' : 'warning', key: findingKey(t, hi, lo), rows: [...g.rows], count: g.rows.length, message: { vi: `mã trùng ${g.rows.length}`, en: `same code ${g.rows.length}` } }));
    return out.sort((a, b) => a.rows[0]! - b.rows[0]! || (a.key < b.key ? -1 : 1));
  },
  issuesFor(t, _row, ctx) {
    const c = ctx.text('code');
    const g = c === '' ? null : groupOf(t, 0, c.charCodeAt(0) * 65536 + c.length);
    return g === null ? null : [{ params: { n: g.rows.length } }];
  },
});
