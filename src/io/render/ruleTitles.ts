import type { LocalizedText } from '../../core';

/** Gives a rule id's title in both languages, or undefined for ids it does not know (`input.*`, `internal` …). */
export type RuleTitleLookup = (id: string) => LocalizedText | undefined;

/**
 * A title lookup over a list of rules, so renderers stay free of rule knowledge: the caller passes the catalogue.
 *
 * @example
 * import { RULES } from 'ddss/rules';
 * renderMarkdown(summary, { lang: 'vi', ruleTitle: ruleTitlesFrom(RULES) });
 */
export function ruleTitlesFrom(rules: Iterable<{ readonly id: string; readonly title: LocalizedText }>): RuleTitleLookup {
  const titles = new Map<string, LocalizedText>();
  for (const rule of rules) titles.set(rule.id, rule.title);
  return (id) => titles.get(id);
}
