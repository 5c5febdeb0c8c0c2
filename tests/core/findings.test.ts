import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProfile, evaluate, type Catalogue, type Finding, type MessageTemplate, type Rule } from '../../src/core';
import { catalogue } from './fixtures';

const asOf = { year: 2026, month: 1, day: 1 };
// What a record holds that must never show in an issue about a rule's bad finding.
const SECRET = '-987654321';

/** A profile of the fixture's fields with one custom rule, `my.rule`, running `check` (and `messages`, if given). */
function withRule(check: () => unknown, messages?: { vi: MessageTemplate; en: MessageTemplate }) {
  const rule: Rule = {
    id: 'my.rule',
    dimension: 'correct',
    severity: 'warning',
    fields: ['amount'],
    title: { vi: 'của tôi', en: 'mine' },
    messages: { default: messages ?? { vi: (p) => `giá trị ${p.v ?? ''}`, en: (p) => `value ${p.v ?? ''}` } },
    check: check as Rule['check'],
  };
  const own: Catalogue = { ...catalogue, rules: new Map([...catalogue.rules, [rule.id, rule]]) };
  return compileProfile({ name: 'test', key: 'id', fields: { id: { type: 'key' }, amount: { type: 'number' }, code: { type: 'code' } }, rules: ['my.rule'] }, own);
}

const run = (profile: ReturnType<typeof withRule>, options: { mask?: boolean; lang?: 'vi' | 'en' } = {}) =>
  evaluate({ id: 'r1', amount: SECRET, code: 'c' }, profile, { row: 1, asOf, lang: 'en', ...options });

describe("a custom rule's finding is checked before it counts", () => {
  it.each([
    ['a severity no verdict knows', () => ({ severity: 'warn' }), 'a finding\'s severity must be "error", "warning" or "info"'],
    ['a severity that is not text', () => ({ severity: 2 }), 'a finding\'s severity must be "error", "warning" or "info", got a number'],
    ['a string', () => 'amount is negative', 'check returned a string, not a finding'],
    ['a number', () => 1, 'check returned a number, not a finding'],
    ['true', () => true, 'check returned a boolean, not a finding'],
    ['false (from `cond && finding`)', () => false, 'check returned a boolean, not a finding'],
    ['a Promise (an async check)', async () => ({ params: { v: SECRET } }), 'check returned a Promise: a check must be synchronous'],
    ['a list holding a string', () => ['x'], 'check returned a string, not a finding'],
    ['a list holding a list', () => [[{}]], 'check returned an array, not a finding'],
    ['a fix that is not text', () => ({ fix: 5 }), "a finding's fix must be a string, got a number"],
    ['a value that is not text', () => ({ value: 5 }), "a finding's value must be a string, got a number"],
    ['a field that is not a name', () => ({ field: ['amount'] }), "a finding's field must be a string, got an array"],
    ['a message variant that is not a name', () => ({ message: 1 }), "a finding's message must be a string, got a number"],
    ['personal params that are not an object', () => ({ personal: 'amount' }), "a finding's personal must be an object { param: field }, got a string"],
    ['a personal param naming a field the profile lacks', () => ({ params: { v: SECRET }, personal: { v: 'nope' } }), 'personal param "v" names "nope", which is not a field of the profile'],
  ])('%s is an internal.rule-failed error saying so', (_, check, reason) => {
    for (const mask of [true, false]) {
      const report = run(withRule(check), { mask });
      expect(report.issues).toEqual([{ rule: 'internal.rule-failed', dimension: 'correct', severity: 'error', field: 'amount', message: expect.any(String), value: null, fix: null }]);
      expect(report.issues[0]!.message.startsWith(`Rule my.rule failed internally, so the record was not fully checked: ${reason}`)).toBe(true);
      expect(report.issues[0]!.message).not.toContain(SECRET);
      expect(report).toMatchObject({ verdict: 'fail', score: 0.6 });
    }
  });

  it('says so in Vietnamese too', () => {
    const report = run(withRule(() => ({ severity: 'warn' })), { lang: 'vi' });
    expect(report.issues[0]!.message).toBe('Quy tắc my.rule gặp lỗi nội bộ nên bản ghi chưa được kiểm tra đủ: severity của kết quả phải là "error", "warning" hoặc "info"');
  });

  it.each([
    ['a number', () => 42, 'message template "default" (en) returned a number, not a string'],
    ['undefined', () => undefined, 'message template "default" (en) returned undefined, not a string'],
    ['an object', () => ({ text: 'x' }), 'message template "default" (en) returned an object, not a string'],
  ])('a message template returning %s is an internal.rule-failed error', (_, template, reason) => {
    const report = run(withRule(() => ({}), { vi: template as unknown as MessageTemplate, en: template as unknown as MessageTemplate }));
    expect(report.issues.map((i) => [i.rule, i.message])).toEqual([['internal.rule-failed', `Rule my.rule failed internally, so the record was not fully checked: ${reason}`]]);
  });

  it('keeps the valid findings of a list beside the bad one', () => {
    const report = run(withRule(() => [{ fix: '1' }, 'oops', { severity: 'info' }]), { mask: false });
    expect(report.issues.map((i) => [i.rule, i.severity])).toEqual([['my.rule', 'warning'], ['internal.rule-failed', 'error'], ['my.rule', 'info']]);
  });

  it('marks an async check that rejects as handled (no unhandled rejection), and reports it', async () => {
    const report = run(withRule(async () => { throw new Error(SECRET); }));
    expect(report.issues.map((i) => i.rule)).toEqual(['internal.rule-failed']);
    await new Promise((resolve) => setTimeout(resolve, 10)); // vitest fails the file on an unhandled rejection
  });

  // A field type without a mask is declared to hold no personal data (an issue date, an update stamp): its values are
  // shown, in messages as in the issue's value.
  it('shows a personal param whose field type has no mask, as the field type declares', () => {
    const profile = withRule(() => ({ params: { v: 'r1' }, personal: { v: 'id' } }));
    expect(run(profile).issues.map((i) => [i.rule, i.message])).toEqual([['my.rule', 'value r1']]);
  });

  it("masks a personal param with its field's mask", () => {
    const profile = withRule(() => ({ params: { v: SECRET }, personal: { v: 'amount' } }));
    expect(run(profile).issues[0]!.message).toBe('value ###');
  });

  // Anything a check might return: findings of any shape, lists of them, and everything that is not one.
  const findingLike = fc.record(
    {
      severity: fc.oneof(fc.constantFrom('error', 'warning', 'info', 'warn', 'fatal', ''), fc.anything()),
      field: fc.oneof(fc.constantFrom('amount', 'code', 'id', 'nope'), fc.anything()),
      message: fc.oneof(fc.constant('default'), fc.anything()),
      params: fc.dictionary(fc.constantFrom('v', 'w'), fc.oneof(fc.string(), fc.integer())),
      personal: fc.oneof(fc.dictionary(fc.constantFrom('v', 'w'), fc.constantFrom('amount', 'id', 'code', 'nope')), fc.anything()),
      fix: fc.oneof(fc.string(), fc.constant(null), fc.anything()),
      value: fc.oneof(fc.string(), fc.constant(null), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const anyResult = fc.oneof(findingLike, fc.array(fc.oneof(findingLike, fc.anything()), { maxLength: 3 }), fc.anything());

  it('never lets a finding make a report malformed, whatever the check returns', () => {
    fc.assert(
      fc.property(anyResult, fc.boolean(), (result, mask) => {
        const report = run(withRule(() => result as Finding), { mask });
        expect(Number.isFinite(report.score)).toBe(true);
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(1);
        for (const issue of report.issues) {
          expect(['error', 'warning', 'info']).toContain(issue.severity);
          expect(typeof issue.message).toBe('string');
          expect(typeof issue.field).toBe('string');
          expect(issue.value === null || typeof issue.value === 'string').toBe(true);
          expect(issue.fix === null || typeof issue.fix === 'string').toBe(true);
        }
        expect(report.verdict === 'fail').toBe(report.issues.some((i) => i.severity === 'error'));
      }),
    );
  });

  it('never shows, masked, a param said to be personal when its field has a mask', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('amount'),
        fc.oneof(fc.string({ minLength: 4 }), fc.integer({ min: 1000 })).filter((v) => !'value ***###'.includes(String(v))),
        (field, v) => {
          const report = run(withRule(() => ({ params: { v }, personal: { v: field } })));
          expect(report.issues.map((i) => i.rule)).toEqual(['my.rule']);
          expect(report.issues[0]!.message).not.toContain(String(v));
        },
      ),
    );
  });

  it('turns any severity outside error, warning and info into an internal.rule-failed error', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.anything()).filter((s) => s !== undefined && s !== 'error' && s !== 'warning' && s !== 'info'),
        (severity) => {
          const report = run(withRule(() => ({ severity })));
          expect(report.issues.map((i) => i.rule)).toEqual(['internal.rule-failed']);
          expect(report.verdict).toBe('fail');
        },
      ),
    );
  });
});
