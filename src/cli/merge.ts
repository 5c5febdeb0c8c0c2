import { ProfileError, type Lang } from '../core';
import { writeFileAtomic } from '../io/atomicFile';
import { checkOutputs } from '../io/checkOutputs';
import { datasetMergeContext, mergeSummaryFiles } from '../io/mergeSummaryFiles';
import { renderHtml, renderMarkdown } from '../io/render';
import { catalogueRuleTitle } from '../io/catalogueRuleTitles';
import { BUILT_IN_PROFILES, resolveProfile } from '../api/profiles';
import { loadProfileRef } from './audit';
import { UsageError } from './usageError';

export interface MergeCommandOptions {
  /** The profile the shards were audited with, when it is not built in (a JSON file): its dataset checks. */
  profile?: string;
  summary?: string;
  markdown?: string;
  html?: string;
  lang: string;
  mask: boolean;
}

/**
 * `ddss merge a.json b.json …`: folds shard summaries into the summary one run over all shards would give
 * (exact for record-level counts and scores, and, with --shard, for the dataset findings and the dataset rules'
 * counts; README "Shards" tells the one limit). Shards must have been audited with their rows numbered as in the whole dataset
 * (`ddss audit --first-row N`); overlapping shards are refused. Writes it to --summary, or prints it as JSON on
 * standard output.
 */
export async function runMerge(files: string[], options: MergeCommandOptions, stdout: NodeJS.WritableStream): Promise<number> {
  if (options.lang !== 'vi' && options.lang !== 'en') throw new UsageError(`--lang must be vi or en, got "${options.lang}"`, { vi: `--lang phải là vi hoặc en, nhận được "${options.lang}"` });
  const lang = options.lang as Lang;
  // A profile knows its dataset checks: shards audited with --shard then merge their dataset state too.
  let own: ReturnType<typeof resolveProfile> | null = null;
  if (options.profile !== undefined) {
    try {
      own = resolveProfile(await loadProfileRef(options.profile));
    } catch (error) {
      if (error instanceof ProfileError) throw new UsageError(`${options.profile}: ${error.message}`, { vi: `hồ sơ kiểm tra (profile) ${options.profile} không dùng được` });
      throw error;
    }
  }
  // Checked before reading any summary: an output over a shard's summary would destroy it.
  await checkOutputs({ summary: options.summary, markdown: options.markdown, html: options.html }, files);
  const summary = await mergeSummaryFiles(files, (name) => {
    if (own !== null && own.spec.name === name) return datasetMergeContext(own, { mask: options.mask });
    if (Object.hasOwn(BUILT_IN_PROFILES, name)) return datasetMergeContext(name, { mask: options.mask });
    // Not known here: merging their dataset state fails with a line that asks for --profile.
    return undefined;
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
