import { writeFileAtomic } from '../io/atomicFile';
import { checkOutputs } from '../io/checkOutputs';
import { datasetMergeContext, mergeSummaryFiles } from '../io/mergeSummaryFiles';
import { renderHtml, renderMarkdown } from '../io/render';
import { catalogueFieldLabel, catalogueRuleTitle } from '../io/catalogueRuleTitles';
import { BUILT_IN_PROFILES } from '../api/profiles';
import { langOption, profileOption } from './commonOptions';
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
  const lang = langOption(options.lang);
  // A profile knows its dataset checks: shards audited with --shard then merge their dataset state too.
  const own = options.profile === undefined ? null : (await profileOption(options.profile)).compiled;
  // Checked before reading any summary: an output over a shard's summary would destroy it.
  await checkOutputs({ summary: options.summary, markdown: options.markdown, html: options.html }, files);
  const summary = await mergeSummaryFiles(files, (name) => {
    if (own !== null && own.spec.name === name) return datasetMergeContext(own, { mask: options.mask });
    if (Object.hasOwn(BUILT_IN_PROFILES, name)) return datasetMergeContext(name, { mask: options.mask });
    // Not known here: merging their dataset state fails with a line that asks for --profile.
    return undefined;
  });
  // Parts audited with --no-mask carry IDs and phones in full: a merge that does not say --no-mask must not show them.
  if (options.mask && summary.masked === false) {
    throw new UsageError('the summaries were audited with --no-mask and hold personal data in full: merge them with --no-mask too', {
      vi: 'các tóm tắt được kiểm tra với --no-mask nên chứa đầy đủ dữ liệu cá nhân: hãy gộp chúng cũng với --no-mask',
    });
  }
  const json = `${JSON.stringify(summary, null, 2)}\n`;
  const ruleTitle = catalogueRuleTitle;
  const writes: Promise<void>[] = [];
  if (options.summary) writes.push(writeFileAtomic(options.summary, json));
  if (options.markdown) writes.push(writeFileAtomic(options.markdown, renderMarkdown(summary, { lang, ruleTitle, fieldLabel: catalogueFieldLabel })));
  if (options.html) writes.push(writeFileAtomic(options.html, renderHtml(summary, { lang, ruleTitle, fieldLabel: catalogueFieldLabel })));
  await Promise.all(writes);
  if (!options.summary) stdout.write(json);
  return 0;
}
