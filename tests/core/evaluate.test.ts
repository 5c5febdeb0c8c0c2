import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProfile, evaluate, ProfileError, SEVERITY_PENALTY, toText } from '../../src/core';
import { catalogue, contextProbe, profile } from './fixtures';

const asOf = { year: 2026, month: 1, day: 1 };

describe('evaluate', () => {
  it.each([
    [{ id: 'r1', amount: '5' }, 'pass', 1, []],
    [{ id: 'r2', amount: '-5' }, 'warn', 0.8, ['test.negative']],
    [{ id: 'r3' }, 'fail', 0.75, ['test.missing']],
    [{ id: 'r4', 'Amount (VND)': '-1' }, 'warn', 0.8, ['test.negative']],
    [{ id: 'r5', amount: '1', code: 'boom' }, 'fail', 0.85, ['internal.rule-failed']], // not fully checked: fails
    [{ id: 'r6', amount: 'n/a' }, 'pass', 1, []],
  ] as const)('reports %o as %s', (record, verdict, score, rules) => {
    const report = evaluate(record, profile, { row: 7, asOf, mask: false });
    expect(report.row).toBe(7);
    expect(report.key).toBe(record.id);
    expect(report.verdict).toBe(verdict);
    expect(report.score).toBe(score);
    expect(report.issues.map((i) => i.rule)).toEqual(rules);
  });

  it.each([null, 42, 'text', [1, 2], undefined, true])('turns a non-object %j into an input issue', (record) => {
    const report = evaluate(record, profile, { row: 3, asOf });
    expect(report).toMatchObject({ row: 3, verdict: 'fail', issues: [{ rule: 'input.not-object', field: 'record' }] });
  });

  it("shows a failing rule's exception text only unmasked (it may quote personal data)", () => {
    const record = { id: 'r5', amount: '1', code: 'boom' };
    expect(evaluate(record, profile, { row: 1, asOf }).issues[0]!.message).not.toContain('boom');
    expect(evaluate(record, profile, { row: 1, asOf, mask: false }).issues[0]!.message).toContain('boom');
  });

  it.each([
    ['a proxy whose traps throw', new Proxy({}, { ownKeys: () => { throw new Error('001099012345'); } })],
    ['a getter that throws', Object.defineProperty({}, 'amount', { enumerable: true, get: () => { throw new TypeError('no'); } })],
  ])('turns %s into an input.unreadable issue, without its text', (_, record) => {
    const report = evaluate(record, profile, { row: 4, asOf });
    expect(report).toMatchObject({ row: 4, verdict: 'fail', issues: [{ rule: 'input.unreadable', field: 'record', severity: 'error' }] });
    expect(report.issues[0]!.message).not.toContain('001099012345');
  });

  it('reads a Map as a record of its entries', () => {
    expect(evaluate(new Map([['amount', '-5']]), profile, { row: 1, asOf }).issues.map((i) => i.rule)).toEqual(['test.negative']);
  });

  // ORM entities (Mongoose, Sequelize) and classes keep their values behind the prototype, where Object.keys sees nothing.
  class Entity {
    constructor(private readonly data: Record<string, string>) {}
    toJSON() {
      return { ...this.data };
    }
  }
  class WithAccessors {
    get id() {
      return 'r9';
    }
    get amount() {
      return '-5';
    }
  }
  class Sub extends WithAccessors {
    extra = 'x';
  }
  it.each([
    ['an entity with toJSON', new Entity({ id: 'r9', amount: '-5' })],
    ['a class with get accessors', new WithAccessors()],
    ['a subclass of one, with an own field', new Sub()],
  ])('reads %s as a record of its values', (_, record) => {
    const report = evaluate(record, profile, { row: 1, asOf });
    expect(report.key).toBe('r9');
    expect(report.issues.map((i) => i.rule)).toEqual(['test.negative']);
  });

  it('turns a toJSON that throws into an input.unreadable issue', () => {
    const record = { __proto__: { toJSON: () => { throw new Error('001099012345'); } } };
    expect(evaluate(Object.create(record), profile, { row: 1, asOf }).issues.map((i) => i.rule)).toEqual(['input.unreadable']);
  });

  it('masks values and fixes unless asked not to', () => {
    const masked = evaluate({ amount: '-5' }, profile, { row: 1, asOf });
    expect(masked.issues[0]).toMatchObject({ value: '###', fix: '###' });
    expect(masked.fixed).toEqual({ amount: '###' });
    const raw = evaluate({ amount: '-5' }, profile, { row: 1, asOf, mask: false });
    expect(raw.issues[0]).toMatchObject({ value: '-5', fix: '5' });
    expect(raw.fixed).toEqual({ amount: '5' });
  });

  it('speaks Vietnamese by default and English on request', () => {
    expect(evaluate({}, profile, { row: 1, asOf }).issues[0]!.message).toBe('thiếu amount');
    expect(evaluate({}, profile, { row: 1, asOf, lang: 'en' }).issues[0]!.message).toBe('missing amount');
  });

  it('keeps __proto__ and other odd keys as plain data', () => {
    const record = JSON.parse('{"__proto__": {"amount": "-1"}, "constructor": "x", "amount": "2"}');
    const report = evaluate(record, profile, { row: 1, asOf });
    expect(report.verdict).toBe('pass');
    expect(({} as Record<string, unknown>).amount).toBeUndefined();
  });

  it('never throws and always returns a well-formed report', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: 1, max: 1e9 }), (record, row) => {
        const report = evaluate(record, profile, { row, asOf });
        expect(report.row).toBe(row);
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(1);
        expect(['pass', 'warn', 'fail']).toContain(report.verdict);
        expect(report.verdict === 'fail').toBe(report.issues.some((i) => i.severity === 'error'));
      }),
    );
  });

  it('lists blank and filler fields exactly as present() and filler() judge each field', () => {
    // A probe rule sees the record context; the lists must agree with the per-field questions, in profile order.
    let seen: { blank: readonly string[]; filler: readonly string[]; expected: { blank: string[]; filler: string[] } } | null = null;
    const probe = contextProbe('test.probe', (ctx) => {
      seen = {
        blank: ctx.blankFields,
        filler: ctx.fillerFields,
        expected: { blank: ctx.fields.filter((f) => !ctx.present(f)), filler: ctx.fields.filter((f) => ctx.filler(f)) },
      };
    });
    const probed = compileProfile({ ...profile.spec, rules: ['test.probe'] }, { ...catalogue, rules: new Map([[probe.id, probe]]) });
    evaluate({ id: ' ', amount: 'n/a', code: '7' }, probed, { row: 1, asOf });
    expect(seen).toMatchObject({ blank: ['id'], filler: ['amount'] });
    const cell = fc.oneof(fc.constantFrom('', ' ', '\u00a0', 'n/a', ' n/a ', 'x', '0'), fc.string(), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.record({ id: cell, amount: cell, code: cell }, { requiredKeys: [] }), (record) => {
        seen = null;
        evaluate(record, probed, { row: 1, asOf });
        expect(seen!.blank).toEqual(seen!.expected.blank);
        expect(seen!.filler).toEqual(seen!.expected.filler);
      }),
    );
  });

  it('gives a record the same report whatever column lists came before it (the recent plans a profile keeps)', () => {
    // Records of many shapes, interleaved: more column lists than the engine keeps plans for, the same columns in
    // another order, two columns for one field ("amount" and its alias), unmapped columns, no columns at all.
    const column = fc.constantFrom('id', 'amount', 'Amount (VND)', 'code', 'note', 'extra');
    const cell = fc.constantFrom('', 'n/a', '5', '-5', 'boom', 'r1', '7');
    const record = fc.uniqueArray(fc.tuple(column, cell), { maxLength: 6, selector: ([c]) => c }).map((pairs) => Object.fromEntries(pairs));
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        for (const [i, r] of records.entries()) {
          const fresh = compileProfile(profile.spec, catalogue);
          expect(evaluate(r, profile, { row: i + 1, asOf, mask: false })).toEqual(evaluate(r, fresh, { row: i + 1, asOf, mask: false }));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('scores by the documented formula', () => {
    // One warning in "correct" (penalty 0.5): correct = 0.5; overall = (0.4·0.5 + 0.25 + 0.15 + 0.2) / 1 = 0.8
    const report = evaluate({ amount: '-3' }, profile, { row: 1, asOf });
    expect(report.dimensions).toEqual({ correct: 1 - SEVERITY_PENALTY.warning, complete: 1, clean: 1, live: 1 });
    expect(report.score).toBe(0.8);
  });
});

describe('compileProfile', () => {
  it.each([
    [{ name: 'x', fields: { a: { type: 'nope' } }, rules: [] }, /unknown field type "nope"/, /tại fields\.a\.type: không có kiểu trường "nope"/],
    [{ name: 'x', fields: { code: { type: 'code' } }, rules: ['no.such.rule'] }, /unknown rule "no.such.rule"/, /không có quy tắc "no.such.rule"/],
    [{ name: '', fields: {}, rules: [] }, /invalid profile at name: Too small/, /hồ sơ không hợp lệ tại name: Quá nhỏ/],
    [{ name: 'x', fields: { code: { type: 'code' } }, rules: [], weights: { correct: 0, complete: 0, clean: 0, live: 0 } }, /weight must be positive/, /tại weights: ít nhất một trọng số tiêu chí phải lớn hơn 0/],
    [{ name: 'x', fields: {}, rules: [] }, /a profile needs at least one field/, /tại fields: hồ sơ cần ít nhất một trường/],
    [{ name: 'x', fields: { code: { type: 'code' } }, rules: 'all' }, /invalid profile at rules: Invalid input: expected array, received string/, /tại rules: Đầu vào không hợp lệ: mong đợi mảng, nhận được string/],
    [{ name: 'x', fields: { code: { type: 'code' } }, rules: [], key: 'id' }, /at key: "id" is not a field/, /tại key: "id" không phải là một trường/],
    ['not a profile', /invalid profile at \(root\)/, /hồ sơ không hợp lệ tại \(gốc\)/],
  ])('rejects a bad profile with a clear message, in English and Vietnamese', (spec, message, vi) => {
    expect(() => compileProfile(spec, catalogue)).toThrow(ProfileError);
    expect(() => compileProfile(spec, catalogue)).toThrow(message);
    try {
      compileProfile(spec, catalogue);
    } catch (error) {
      expect((error as ProfileError).vi).toMatch(vi);
    }
    expect.assertions(3);
  });

  it('leaves out rules whose fields the profile lacks, and honours overrides', () => {
    const p = compileProfile({ name: 'x', fields: { code: { type: 'code' } }, rules: ['test.negative', { id: 'test.throws', severity: 'info', weight: 0.5 }] }, catalogue);
    expect(p.rules.map((r) => [r.rule.id, r.severity, r.weight])).toEqual([['test.throws', 'info', 0.5]]);
  });

  it('maps column names through aliases and explicit overrides', () => {
    const p = compileProfile({ name: 'x', fields: { amount: { type: 'number', aliases: ['so_tien'] } }, rules: [] }, catalogue, { tien: 'amount' });
    expect(p.fieldForColumn('SO-TIEN')).toBe('amount');
    expect(p.fieldForColumn('tien')).toBe('amount');
    expect(p.fieldForColumn('other')).toBeNull();
  });
});

describe('toText', () => {
  it.each([
    ['a string', 'Lê Hoa', 'Lê Hoa'],
    ['a number', 12, '12'],
    ['NaN', Number.NaN, ''],
    ['null', null, ''],
    ['a boolean', true, 'true'],
    // Spreadsheets hand date cells over as UTC midnight, database drivers as local midnight: both are that day.
    ['a UTC-midnight Date', new Date(Date.UTC(1999, 0, 1)), '1999-01-01'],
    ['a local-midnight Date', new Date(1999, 0, 1), '1999-01-01'],
    ['a Date with a time of day', new Date(Date.UTC(2026, 5, 1, 9, 30)), '2026-06-01T09:30:00.000Z'],
    ['an invalid Date', new Date(Number.NaN), 'Invalid Date'],
    ['an object', { a: 1 }, '{"a":1}'],
  ])('%s', (_, value, text) => {
    expect(toText(value)).toBe(text);
  });

  it('reads any local or UTC midnight as its calendar day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const day = `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(toText(new Date(Date.UTC(y, m, d)))).toBe(day);
        const local = new Date(y, m, d);
        expect(toText(local)).toBe(day);
      }),
    );
  });
});
