import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord, type ProfileSpecInput } from '../../src';
import { DEFECT_KINDS, defectiveCitizenArb } from '../../src/arbitraries';
import { compileProfile } from '../../src/core';
import { CATALOGUE, citizenProfile, DATASET_CHECKS, RULES } from '../../rules';

const asOf = '2026-11-01';
// One record with a defect of each kind the catalogue catches: name.lowercase, phone.legacy, id.personal.birth-year …
const record = { so_cccd: '001099012345', ho_ten: 'nguyễn văn an', ngay_sinh: '15/03/1989', gioi_tinh: 'Nam', sdt: '0168 123 4567' };
const withRules = (...extra: ProfileSpecInput['rules']): ProfileSpecInput => ({ ...citizenProfile, rules: [...citizenProfile.rules, ...extra] });
const rulesOf = (profile: ProfileSpecInput) => validateRecord(record, profile, { asOf, lang: 'en' }).issues.map((i) => `${i.rule}:${i.severity}`);

describe('a rule listed more than once runs once, with its last setting, in the place of its first', () => {
  const builtIn = rulesOf(citizenProfile);

  it.each([
    ['turned off by an appended override', withRules({ id: 'phone.legacy', enabled: false }), builtIn.filter((r) => !r.startsWith('phone.legacy'))],
    ['made an error by an appended override, reported once', withRules({ id: 'name.lowercase', severity: 'error' }), builtIn.map((r) => (r === 'name.lowercase:warning' ? 'name.lowercase:error' : r))],
    ['listed again by id alone', withRules('name.lowercase', 'phone.legacy'), builtIn],
    ['turned off, then on again', withRules({ id: 'phone.legacy', enabled: false }, 'phone.legacy'), builtIn],
    ['overridden twice: the last wins', withRules({ id: 'name.lowercase', severity: 'error' }, { id: 'name.lowercase', severity: 'info' }), builtIn.map((r) => (r === 'name.lowercase:warning' ? 'name.lowercase:info' : r))],
  ])('%s', (_, profile, expected) => {
    expect(rulesOf(profile)).toEqual(expected);
  });

  it('keeps the order of first mention', () => {
    const compiled = compileProfile({ ...citizenProfile, rules: ['phone.legacy', 'name.lowercase', { id: 'phone.legacy', severity: 'info' }], options: {} }, CATALOGUE);
    expect(compiled.rules.map((r) => [r.rule.id, r.severity])).toEqual([['phone.legacy', 'info'], ['name.lowercase', 'warning']]);
  });

  it('applies to dataset checks alike', () => {
    for (const check of DATASET_CHECKS) {
      const compiled = compileProfile(withRules({ id: check.id, enabled: false }), CATALOGUE);
      expect(compiled.datasetChecks.map((c) => c.id)).toEqual(DATASET_CHECKS.map((c) => c.id).filter((id) => id !== check.id));
      expect(compileProfile(withRules(check.id), CATALOGUE).datasetChecks).toHaveLength(DATASET_CHECKS.length);
    }
  });

  // One compiled profile per rule turned off, built once for the property below.
  const without = new Map(RULES.map((r) => [r.id, compileProfile(withRules({ id: r.id, enabled: false }), CATALOGUE)]));
  const anyDefective = fc.constantFrom(...DEFECT_KINDS).chain((kind) => defectiveCitizenArb(kind, { asOf }));

  it("removes, for any catalogue rule, that rule's issues from any record and leaves the others as they were", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RULES.map((r) => r.id)), anyDefective, (id, row) => {
        const all = validateRecord(row, 'citizen', { asOf, mask: false }).issues;
        const off = validateRecord(row, without.get(id)!, { asOf, mask: false }).issues;
        expect(off).toEqual(all.filter((i) => i.rule !== id));
      }),
      { numRuns: 300 },
    );
  });

  it('reports an overridden rule as often as the built-in profile does, never twice', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RULES.map((r) => r.id)), fc.constantFrom('error', 'warning', 'info'), anyDefective, (id, severity, row) => {
        const count = (issues: readonly { rule: string }[]) => issues.filter((i) => i.rule === id).length;
        const overridden = validateRecord(row, withRules({ id, severity } as const), { asOf }).issues;
        expect(count(overridden)).toBe(count(validateRecord(row, 'citizen', { asOf }).issues));
      }),
      { numRuns: 200 },
    );
  });
});

describe('README', () => {
  it('shows a tweaked built-in profile that runs as written', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /```ts\n(import \{ citizenProfile, validateRecord[\s\S]*?const tweaked[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const source = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
    const file = join(mkdtempSync(join(tmpdir(), 'ddss-readme-')), 'tweaked.ts');
    writeFileSync(file, `${block!.replace("from 'ddss'", `from ${JSON.stringify(source)}`)}\nexport { tweaked };\n`);
    const { tweaked } = await import(file);
    const rules = (tweaked.issues as { rule: string; severity: string }[]).map((i) => `${i.rule}:${i.severity}`);
    expect(rules).not.toContain('phone.legacy:warning');
    expect(rules.filter((r) => r.startsWith('name.lowercase'))).toEqual(['name.lowercase:error']);
  });
});
