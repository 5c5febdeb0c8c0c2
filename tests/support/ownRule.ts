import { compileProfile, type CompiledProfile, type Rule } from '../../src/core';
import { CATALOGUE, citizenProfile } from '../../rules';

/** The citizen profile with one rule of your own added (and option overrides), compiled as the README shows. */
export function citizenProfileWith(rule: Rule, options: Record<string, unknown> = {}): CompiledProfile {
  return compileProfile(
    { ...citizenProfile, rules: [...citizenProfile.rules, rule.id], options: { ...citizenProfile.options, ...options } },
    { ...CATALOGUE, rules: new Map([...CATALOGUE.rules, [rule.id, rule]]) },
  );
}
