import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES, resolveProfile, validateRecord } from '../../src';
import { compileProfile, ProfileError } from '../../src/core';
import { CATALOGUE, citizenProfile } from '../../rules';

const asOf = '2026-11-01';
const record = { so_cccd: '001099012345', ho_ten: 'nguyễn văn an', ngay_sinh: '15/03/1989', gioi_tinh: 'Nam', sdt: '0168 123 4567', ngay_cap_nhat: '01/01/2020' };
const citizenReport = () => validateRecord(record, 'citizen', { asOf, mask: false });

/** Every object and array reachable from `value`, itself included. */
function objectsIn(value: unknown, out: object[] = []): object[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const child of Object.values(value)) objectsIn(child, out);
  }
  return out;
}

describe('the built-in profiles are frozen throughout', () => {
  it('freezes every nested object and array', () => {
    for (const spec of [citizenProfile, ...Object.values(BUILT_IN_PROFILES)]) {
      const unfrozen = objectsIn(spec).filter((o) => !Object.isFrozen(o));
      expect(unfrozen).toEqual([]);
    }
    expect(Object.isFrozen(BUILT_IN_PROFILES)).toBe(true);
  });

  const before = citizenReport();
  it.each([
    ['turn a rule off through a shallow copy', (copy: typeof citizenProfile) => (copy.rules as unknown[]).push({ id: 'phone.legacy', enabled: false })],
    ['change an option through a shallow copy', (copy: typeof citizenProfile) => ((copy.options as Record<string, number>).stalenessYears = 99)],
    ['make a field optional through a shallow copy', (copy: typeof citizenProfile) => ((copy.fields.personalId as { required: boolean }).required = false)],
    ['add an alias through a shallow copy', (copy: typeof citizenProfile) => copy.fields.phone.aliases.push('so_cccd')],
    ['change a weight through a shallow copy', (copy: typeof citizenProfile) => ((copy.weights as Record<string, number>).correct = 0)],
    ['rename the profile itself', (copy: typeof citizenProfile) => ((citizenProfile as { name: string }).name = copy.name + '2')],
  ])('refuses to %s, and the built-in profile still behaves', (_, mutate) => {
    expect(() => mutate({ ...citizenProfile })).toThrow(TypeError);
    expect(citizenReport()).toEqual(before);
    expect(validateRecord(record, citizenProfile, { asOf, mask: false })).toEqual(before);
  });

  it('gives a copy with its own rules, not a mutated one, the change it asks for', () => {
    const mine = { ...citizenProfile, rules: [...citizenProfile.rules, { id: 'phone.legacy', enabled: false }] };
    expect(validateRecord(record, mine, { asOf }).issues.map((i) => i.rule)).not.toContain('phone.legacy');
    expect(citizenReport().issues.map((i) => i.rule)).toContain('phone.legacy');
  });

  it("freezes a compiled profile's spec (rules read its options), not the object it was compiled from", () => {
    const mine = { ...citizenProfile, options: { stalenessYears: 5, maxIdsPerPhone: 3 } };
    const compiled = compileProfile(mine, CATALOGUE);
    expect(objectsIn(compiled.spec).every((o) => Object.isFrozen(o))).toBe(true);
    expect(Object.isFrozen(mine) || Object.isFrozen(mine.options)).toBe(false);
  });
});

describe('resolveProfile', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', '', 'Citizen'])('refuses the name %j as an unknown profile', (name) => {
    const error = (() => {
      try {
        validateRecord(record, name);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ProfileError);
    expect(error).toMatchObject({ message: `unknown profile "${name}" (built in: citizen)`, vi: `không có hồ sơ kiểm tra "${name}" (có sẵn: citizen)` });
  });

  it('knows no name but its built-in ones', () => {
    fc.assert(
      fc.property(
        fc.string().filter((name) => !Object.hasOwn(BUILT_IN_PROFILES, name)),
        (name) => {
          expect(() => resolveProfile(name)).toThrow(`unknown profile "${name}" (built in: citizen)`);
        },
      ),
    );
  });

  it('compiles a profile object once: a change made after its first use has no effect (make a new object)', () => {
    const mine = { ...citizenProfile, rules: [...citizenProfile.rules] };
    const first = resolveProfile(mine);
    mine.rules.push({ id: 'phone.legacy', enabled: false } as never);
    expect(resolveProfile(mine)).toBe(first);
    expect(validateRecord(record, mine, { asOf }).issues.map((i) => i.rule)).toContain('phone.legacy');
    expect(validateRecord(record, { ...mine }, { asOf }).issues.map((i) => i.rule)).not.toContain('phone.legacy');
  });

  describe('with a column mapping', () => {
    it('compiles once per mapping content, whichever object holds it', () => {
      const a = resolveProfile('citizen', { x1: 'personalId' });
      expect(resolveProfile('citizen', { x1: 'personalId' })).toBe(a);
      expect(resolveProfile('citizen', { x1: 'fullName' })).not.toBe(a);
      expect(resolveProfile(citizenProfile, { x1: 'personalId' })).toBe(a); // the name's own object
      const mine = { ...citizenProfile };
      expect(resolveProfile(mine, { x1: 'personalId' })).toBe(resolveProfile(mine, { x1: 'personalId' }));
      expect(resolveProfile(mine, { x1: 'personalId' })).not.toBe(a);
    });

    it('follows a mapping object changed between calls', () => {
      const columns: Record<string, string> = { x1: 'personalId' };
      const read = () => validateRecord({ x1: '003099012345', ho_ten: 'Nguyễn Văn An' }, 'citizen', { asOf, columns }).issues.map((i) => i.rule);
      expect(read()).toContain('id.personal.province');
      columns.x1 = 'fullName';
      expect(read()).not.toContain('id.personal.province');
    });

    it('keeps a bounded number of mappings per profile', () => {
      const mine = { ...citizenProfile };
      const first = resolveProfile(mine, { c0: 'personalId' });
      for (let i = 1; i <= 100; i++) resolveProfile(mine, { [`c${i}`]: 'personalId' });
      // The oldest was let go: compiled anew, the same in behaviour.
      const again = resolveProfile(mine, { c0: 'personalId' });
      expect(again).not.toBe(first);
      expect(again.fieldForColumn('c0')).toBe('personalId');
    });

    it('judges a record as the uncached compilation does', () => {
      fc.assert(
        fc.property(fc.constantFrom('so_dd', 'x', 'cot 1', '__proto__'), fc.constantFrom('personalId', 'fullName', 'phone'), (column, field) => {
          const columns = Object.defineProperty({}, column, { value: field, enumerable: true }) as Record<string, string>;
          const row = Object.defineProperty({ ho_ten: 'nguyễn văn an' }, column, { value: '003099012345', enumerable: true });
          const fresh = compileProfile(citizenProfile, CATALOGUE, columns);
          expect(validateRecord(row, 'citizen', { asOf, columns })).toEqual(validateRecord(row, fresh, { asOf }));
        }),
      );
    });
  });
});
