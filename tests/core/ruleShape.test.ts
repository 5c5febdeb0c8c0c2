import { describe, expect, it } from 'vitest';
import { compileProfile, defineRule, ProfileError, type Rule } from '../../src/core';
import { CATALOGUE, citizenProfile } from '../../rules';

const valid: Rule = {
  id: 'my.rule',
  dimension: 'correct',
  severity: 'error',
  fields: ['fullName'],
  title: { vi: 'Quy tắc', en: 'Rule' },
  messages: { default: { vi: () => 'sai', en: () => 'wrong' } },
  check: () => null,
};

describe('defineRule', () => {
  it('returns a well-formed rule as it is', () => {
    expect(defineRule(valid)).toBe(valid);
  });

  it.each([
    ['an unknown dimension', { dimension: 'nope' }, /dimension must be one of correct, complete, clean, live, got "nope"/],
    ['an unknown severity', { severity: 'fatal' }, /severity must be one of error, warning, info, got "fatal"/],
    ['an empty id', { id: '' }, /non-empty string id/],
    ['a weight above 1', { weight: 2 }, /weight must be a number from 0 to 1/],
    ['fields that are not names', { fields: 'fullName' }, /fields must be a list/],
    ['no English message', { messages: { default: { vi: () => 'sai' } } }, /messages.default needs vi and en/],
    ['no check function', { check: 'x' }, /check must be a function/],
  ])('rejects %s, naming the rule', (_, change, message) => {
    expect(() => defineRule({ ...valid, ...change } as unknown as Rule)).toThrow(message);
  });

  it('is checked again when a profile compiles, for rules that skipped defineRule', () => {
    const rules = new Map(CATALOGUE.rules);
    rules.set('my.rule', { ...valid, severity: 'fatal' } as unknown as Rule);
    const spec = { ...citizenProfile, rules: [...citizenProfile.rules, 'my.rule'] };
    expect(() => compileProfile(spec, { ...CATALOGUE, rules })).toThrow(ProfileError);
  });
});

describe('profile options', () => {
  const withOptions = (options: Record<string, unknown>) => () => compileProfile({ ...citizenProfile, options }, CATALOGUE);

  it('accepts the options the rules read, with values they take', () => {
    expect(withOptions({ stalenessYears: 5, maxIdsPerPhone: 1 })).not.toThrow();
  });

  it.each([
    [{ stalnessYears: 5 }, /options.stalnessYears: no rule of the profile reads it \(known: maxIdsPerPhone, stalenessYears\)/],
    [{ stalenessYears: '10' }, /options.stalenessYears: must be a whole number of at least 1, got "10"/],
    [{ stalenessYears: 0 }, /at least 1, got 0/],
    [{ stalenessYears: -1 }, /at least 1, got -1/],
    [{ stalenessYears: 1.5 }, /whole number/],
    [{ maxIdsPerPhone: null }, /options.maxIdsPerPhone: must be a whole number of at least 1, got null/],
  ])('rejects %j with one clear line', (options, message) => {
    expect(withOptions(options)).toThrow(ProfileError);
    expect(withOptions(options)).toThrow(message);
  });
});

describe('profile fields', () => {
  it.each([
    ['no field at all', '{"name":"x","fields":{},"rules":[]}', /invalid profile at fields: a profile needs at least one field/],
    ['a field named __proto__', '{"name":"x","fields":{"__proto__":{"type":"personalId"}},"rules":[]}', /"__proto__" cannot name a field/],
  ])('refuses a profile with %s (it would pass every record)', (_, json, message) => {
    expect(() => compileProfile(JSON.parse(json), CATALOGUE)).toThrow(ProfileError);
    expect(() => compileProfile(JSON.parse(json), CATALOGUE)).toThrow(message);
  });
});
