import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProfile, parseProfileSpec, ProfileError } from '../../src/core';
import { CATALOGUE, citizenProfile } from '../../rules';

/** The ProfileError a spec raises (its English and Vietnamese lines), or null when it parses. */
function refusal(spec: unknown): { message: string; vi: string } | null {
  try {
    parseProfileSpec(spec);
    return null;
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    return { message: error.message, vi: error.vi };
  }
}

const citizen = citizenProfile;
const personalId = citizen.fields.personalId;

describe('a profile is strict: a key it does not know is refused, naming where and which', () => {
  it.each([
    ['a misspelt field key', { ...citizen, fields: { ...citizen.fields, personalId: { ...personalId, requried: true } } }, 'fields.personalId', 'requried'],
    ['"alias" for "aliases"', { ...citizen, fields: { ...citizen.fields, phone: { type: 'phone', alias: ['dien_thoai'] } } }, 'fields.phone', 'alias'],
    ['a misspelt rule override', { ...citizen, rules: [...citizen.rules, { id: 'name.lowercase', severty: 'error' }] }, `rules.${citizen.rules.length}`, 'severty'],
    ['a misspelt top-level key', { ...citizen, wieghts: { correct: 1, complete: 0, clean: 0, live: 0 } }, '(root)', 'wieghts'],
    ['a fifth dimension weight', { ...citizen, weights: { ...citizen.weights, other: 5 } }, 'weights', 'other'],
    ['a third language in the description', { ...citizen, description: { vi: 'Hồ sơ', en: 'Profile', fr: 'Profil' } }, 'description', 'fr'],
    ['a third language in a field label', { ...citizen, fields: { ...citizen.fields, sex: { type: 'sex', label: { vi: 'Giới tính', en: 'Sex', de: 'Geschlecht' } } } }, 'fields.sex.label', 'de'],
  ])('%s', (_, spec, where, key) => {
    const error = refusal(spec);
    expect(error?.message).toContain(`invalid profile at ${where}: unknown key "${key}" (known: `);
    expect(error?.vi).toContain(`hồ sơ không hợp lệ tại ${where === '(root)' ? '(gốc)' : where}: không nhận ra khóa "${key}" (các khóa hợp lệ: `);
  });

  it('names every unknown key of one object, and what it may hold', () => {
    expect(refusal({ ...citizen, fields: { ...citizen.fields, sex: { type: 'sex', requird: true, alias: [] } } })).toEqual({
      message: 'invalid profile at fields.sex: unknown keys "requird", "alias" (known: aliases, impliedBy, label, parts, placeholders, required, type)',
      vi: 'hồ sơ không hợp lệ tại fields.sex: không nhận ra các khóa "requird", "alias" (các khóa hợp lệ: aliases, impliedBy, label, parts, placeholders, required, type)',
    });
  });

  // Each level of a profile, as a function putting one extra key there.
  const levels: readonly [string, (key: string) => unknown][] = [
    ['(root)', (key) => ({ ...citizen, [key]: 1 })],
    ['description', (key) => ({ ...citizen, description: { ...citizen.description, [key]: 'x' } })],
    ['fields.phone', (key) => ({ ...citizen, fields: { ...citizen.fields, phone: { ...citizen.fields.phone, [key]: true } } })],
    ['fields.phone.label', (key) => ({ ...citizen, fields: { ...citizen.fields, phone: { type: 'phone', label: { vi: 'Điện thoại', en: 'Phone', [key]: 'x' } } } })],
    ['rules.0', (key) => ({ ...citizen, rules: [{ id: citizen.rules[0], [key]: 'error' }, ...citizen.rules.slice(1)] })],
    ['weights', (key) => ({ ...citizen, weights: { ...citizen.weights, [key]: 0.1 } })],
  ];
  const KNOWN = new Set(['$schema', 'name', 'description', 'key', 'fields', 'rules', 'weights', 'options', 'vi', 'en', 'type', 'required', 'aliases', 'label', 'placeholders', 'id', 'severity', 'weight', 'enabled', 'correct', 'complete', 'clean', 'live']);

  it('refuses any unknown key at any level, naming the level and the key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...levels),
        fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !KNOWN.has(key) && key !== '__proto__'),
        ([where, withKey], key) => {
          const error = refusal(withKey(key));
          expect(error?.message).toContain(`invalid profile at ${where}: unknown key ${JSON.stringify(key)}`);
          expect(error?.vi).toContain(`không nhận ra khóa ${JSON.stringify(key)}`);
        },
      ),
    );
  });
});

describe('a rule setting says what is wrong with it', () => {
  const extra = `rules.${citizen.rules.length}`;
  it.each([
    [{ id: 'name.lowercase', severity: 'warn' }, `${extra}.severity: Invalid option: expected one of "error"|"warning"|"info"`, `${extra}.severity: Tùy chọn không hợp lệ`],
    [{ id: 'name.lowercase', weight: 2 }, `${extra}.weight: Too big`, `${extra}.weight: Quá lớn`],
    [{ id: '' }, `${extra}.id: Too small`, `${extra}.id: Quá nhỏ`],
    [{ severity: 'error' }, `${extra}.id: Invalid input: expected string, received undefined`, `${extra}.id: Đầu vào không hợp lệ`],
    ['', `${extra}: Too small`, `${extra}: Quá nhỏ`],
    [5, `${extra}: a rule setting must be a rule id or an object { id, severity?, weight?, enabled? }, got number`, `${extra}: mỗi mục của rules phải là mã quy tắc hoặc đối tượng { id, severity?, weight?, enabled? }, nhận được số`],
    [null, `${extra}: a rule setting must be a rule id or an object`, `${extra}: mỗi mục của rules phải là mã quy tắc hoặc đối tượng { id, severity?, weight?, enabled? }, nhận được null`],
    [['name.lowercase'], `${extra}: a rule setting must be a rule id or an object { id, severity?, weight?, enabled? }, got array`, `${extra}: mỗi mục của rules phải là mã quy tắc hoặc đối tượng { id, severity?, weight?, enabled? }, nhận được mảng`],
  ])('%j', (setting, message, vi) => {
    const error = refusal({ ...citizen, rules: [...citizen.rules, setting] });
    expect(error?.message).toContain(`invalid profile at ${message}`);
    expect(error?.vi).toContain(`hồ sơ không hợp lệ tại ${vi}`);
  });
});

describe('what a profile may hold', () => {
  it('parses the built-in citizen profile, and a JSON copy of it', () => {
    expect(() => compileProfile(citizenProfile, CATALOGUE)).not.toThrow();
    expect(() => compileProfile(JSON.parse(JSON.stringify(citizenProfile)), CATALOGUE)).not.toThrow();
  });

  it('accepts a $schema string (JSON editors add it) and leaves it out of the parsed profile', () => {
    fc.assert(
      fc.property(fc.string(), ($schema) => {
        const spec = parseProfileSpec({ ...citizen, $schema });
        expect(spec).not.toHaveProperty('$schema');
        expect(spec).toEqual(parseProfileSpec(citizen));
      }),
    );
    expect(refusal({ ...citizen, $schema: 5 })?.message).toContain('invalid profile at $schema: Invalid input: expected string');
  });

  it('keeps the description', () => {
    expect(parseProfileSpec(citizen).description).toEqual(citizen.description);
  });
});
