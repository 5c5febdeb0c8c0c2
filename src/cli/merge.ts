import type { Lang } from '../core';
import { writeFileAtomic } from '../io/atomicFile';
import { mergeSummaryFiles } from '../io/mergeSummaryFiles';
import { renderHtml, renderMarkdown } from '../io/render';
import { catalogueRuleTitle } from '../io/catalogueRuleTitles';
import { BUILT_IN_PROFILES, resolveProfile } from '../api/profiles';
import { UsageError } from './usageError';

export interface MergeCommandOptions {
  summary?: string;
  markdown?: string;
  html?: string;
  lang: string;
  mask: boolean;
}

/**
 * `ddss merge a.json b.json …`: folds shard summaries into the summary one run over all shards would give
 * (the merge is exact). Writes it to --summary, or prints it as JSON on standard output.
 */
export async function runMerge(files: string[], options: MergeCommandOptions, stdout: NodeJS.WritableStream): Promise<number> {
  if (options.lang !== 'vi' && options.lang !== 'en') throw new UsageError(`--lang must be vi or en, got "${options.lang}"`);
  const lang = options.lang as Lang;
  // Built-in profiles know their dataset checks: shards audited with --shard then merge their dataset state too.
  const summary = await mergeSummaryFiles(files, (name) => {
    if (!(name in BUILT_IN_PROFILES)) return undefined;
    const profile = resolveProfile(name);
    return { checks: profile.datasetChecks, options: profile.spec.options, mask: options.mask };
  });
  const json = `${JSON.stringify(summary, null, 2)}\n`;
  const ruleTitle = catalogueRuleTitle;
  const writes: Promise<void>[] = [];
  if (options.summary) writes.push(writeFileAtomic(options.summary, json));
  if (options.markdown) writes.push(writeFileAtomic(options.markdown, renderMarkdown(summary, { lang, ruleTitle })));
  if (options.html) writes.push(writeFileAtomic(options.html, renderHtml(summary, { lang, ruleTitle })));
  await Promise.all(writes);
  if (!options.summary) stdout.write(json);
  return 0;
}
