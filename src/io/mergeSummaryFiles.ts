import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { z } from 'zod';
import {
  DatasetMergeError,
  emptySummary,
  mergeSummaries as mergeWithContext,
  overlappingRows,
  rowsLabel,
  SummaryMergeError,
  type DatasetMergeContext,
  type DatasetSummary,
} from '../core';
import { BUILT_IN_PROFILES, resolveProfile, type ProfileRef } from '../api/profiles';
import { InputError } from './inputError';
import { datasetSummarySchema } from './summarySchema';

/**
 * What `mergeSummaries` needs to merge the dataset-level state of a profile's shards (`ddss audit --shard`,
 * `auditFile`'s `datasetState`): the profile's dataset checks and options. `mask` (default true) masks the merged
 * findings and digests the merged state, as an audit without `--no-mask` does.
 *
 * @example
 * const all = mergeSummaries(a, b, datasetMergeContext(myProfile)); // a profile of your own (built-in ones need none)
 */
export function datasetMergeContext(profile: ProfileRef, options: { mask?: boolean } = {}): DatasetMergeContext {
  const compiled = resolveProfile(profile);
  return { checks: compiled.datasetChecks, options: compiled.spec.options, mask: options.mask ?? true };
}

/**
 * Merges two summaries into the summary one run over both would give: `ddss/core`'s `mergeSummaries` (exact,
 * associative and commutative; rows of the two must not overlap), with the dataset context found for you. When
 * both carry their dataset state (shards audited with `--shard` / `datasetState: true`) and are of a built-in
 * profile, the states are merged and the dataset findings that span shards found, masked unless both states are
 * raw (shards audited unmasked). For a profile of your own, pass `datasetMergeContext(profile)`.
 *
 * @throws SummaryMergeError for different profiles or `asOf`, rows that overlap (shards audited without
 * `firstRow`), or dataset states of a profile that is not built in and no `dataset` context.
 *
 * @example
 * const a = await auditFile('part-1.csv', { asOf: '2026-11-01', datasetState: true });
 * const b = await auditFile('part-2.csv', { asOf: '2026-11-01', datasetState: true, firstRow: a.rows + 1 });
 * mergeSummaries(a, b).findings // duplicates within and across the two parts, rows numbered as in the whole
 */
export function mergeSummaries(a: DatasetSummary, b: DatasetSummary, dataset?: DatasetMergeContext): DatasetSummary {
  return mergeWithContext(a, b, dataset ?? defaultContext(a, b));
}

/** The built-in profile's context when both summaries carry dataset state (or one is empty); else none is needed. */
function defaultContext(a: DatasetSummary, b: DatasetSummary): DatasetMergeContext | undefined {
  const carries = (s: DatasetSummary) => s.dataset !== undefined || s.rows === 0;
  if ((a.dataset === undefined && b.dataset === undefined) || !carries(a) || !carries(b) || a.profile !== b.profile) return undefined;
  if (!Object.hasOwn(BUILT_IN_PROFILES, a.profile)) {
    throw new SummaryMergeError(
      `the summaries carry the dataset state of profile "${a.profile}", which is not built in: give the profile (ddss merge --profile file.json; in code, datasetMergeContext(profile) as mergeSummaries' third argument)`,
      `các tóm tắt mang trạng thái dữ liệu của hồ sơ "${a.profile}", không phải hồ sơ có sẵn: hãy đưa hồ sơ (ddss merge --profile tệp.json)`,
    );
  }
  // Raw states come from unmasked audits: keep the merge unmasked too, as one unmasked run would be.
  const raw = [a, b].every((s) => Object.values(s.dataset ?? {}).every((state) => state.digest === 'none'));
  return datasetMergeContext(a.profile, { mask: !raw });
}

/**
 * Reads the summary files of shards audited separately (`ddss audit --summary`) and merges them into the summary
 * one run over all shards would give (see `mergeSummaries`). Files are read one at a time, so any number of shards
 * fits in memory. Shards must have been audited with the same profile and `asOf`, and with their rows numbered as
 * in the whole dataset (`ddss audit --first-row N`, `auditFile`'s `firstRow`), so that no two cover the same rows.
 * `datasetContext` gives a profile's context (see `datasetMergeContext`); by default the built-in profiles' is used.
 *
 * @throws InputError naming the file when one cannot be read, is not JSON, is not a ddss summary (or an edited,
 * inconsistent one), has a different profile or `asOf` from the first, or covers rows an earlier file covers; also
 * when no file or the same file twice is given.
 *
 * @example
 * const summary = await mergeSummaryFiles(['shard-1.json', 'shard-2.json']);
 * summary.rows // → rows of both shards
 */
export async function mergeSummaryFiles(paths: readonly string[], datasetContext?: (profile: string) => DatasetMergeContext | undefined): Promise<DatasetSummary> {
  if (paths.length === 0) throw new InputError('no summary files to merge', { vi: 'không có tệp tóm tắt nào để gộp' });
  const seen = new Map<string, string>();
  for (const path of paths) {
    const absolute = resolve(path);
    const earlier = seen.get(absolute);
    if (earlier !== undefined) throw new InputError(`summary file "${path}" is given twice (also as "${earlier}"): its rows would be counted twice`, { vi: `tệp tóm tắt "${path}" được đưa hai lần (cả "${earlier}"): các dòng của nó sẽ bị đếm hai lần` });
    seen.set(absolute, path);
  }

  let merged: DatasetSummary | null = null;
  let first = '';
  // The rows each file covers, to name the earlier file a shard overlaps.
  const covered: { path: string; ranges: [number, number][] }[] = [];
  const merge = (into: DatasetSummary, summary: DatasetSummary, path: string) => {
    try {
      return mergeSummaries(into, summary, datasetContext?.(summary.profile));
    } catch (error) {
      if (error instanceof SummaryMergeError || error instanceof DatasetMergeError) throw new InputError(`cannot merge summary file "${path}": ${error.message}`, { vi: `không gộp được tệp tóm tắt "${path}"${error instanceof SummaryMergeError && error.vi ? `: ${error.vi}` : ''}` });
      throw error;
    }
  };
  const checkRows = (summary: DatasetSummary, path: string) => {
    if (!summary.rowRanges || summary.rows === 0) return;
    for (const earlier of covered) {
      const shared = overlappingRows(earlier.ranges, summary.rowRanges);
      if (shared) {
        throw new InputError(
          `summary files "${earlier.path}" and "${path}" both cover rows ${rowsLabel(shared)}: audit each shard with --first-row N, N being the row its first record has in the whole dataset`,
          { vi: `hai tệp tóm tắt "${earlier.path}" và "${path}" cùng chứa các dòng ${rowsLabel(shared)}: kiểm tra mỗi phần với --first-row N, N là số dòng của bản ghi đầu tiên trong toàn bộ dữ liệu` },
        );
      }
    }
    covered.push({ path, ranges: summary.rowRanges });
  };
  for (const path of paths) {
    const summary = await readSummaryFile(path);
    if (merged === null) {
      checkRows(summary, path);
      first = path;
      // Folding into the empty summary recomputes the derived values (means, rates) rather than trusting the file's.
      merged = merge(emptySummary(summary.profile, summary.asOf), summary, path);
      continue;
    }
    if (summary.profile !== merged.profile) {
      throw new InputError(`summary file "${path}" is for profile "${summary.profile}" but "${first}" is for "${merged.profile}": only summaries of the same profile can be merged`, {
        vi: `tệp tóm tắt "${path}" theo hồ sơ "${summary.profile}" còn "${first}" theo "${merged.profile}": chỉ gộp được các tóm tắt cùng hồ sơ`,
      });
    }
    if (summary.asOf !== merged.asOf) {
      throw new InputError(`summary file "${path}" is as of ${summary.asOf} but "${first}" is as of ${merged.asOf}: only summaries with the same asOf can be merged`, {
        vi: `tệp tóm tắt "${path}" tính đến ${summary.asOf} còn "${first}" tính đến ${merged.asOf}: chỉ gộp được các tóm tắt cùng ngày đối chiếu`,
      });
    }
    checkRows(summary, path);
    merged = merge(merged, summary, path);
  }
  return merged!;
}

/**
 * Reads and validates one summary file.
 *
 * @throws InputError naming the file when it cannot be read, is not JSON or is not a valid ddss summary.
 *
 * @example
 * const summary = await readSummaryFile('shard-1.json');
 */
export async function readSummaryFile(path: string): Promise<DatasetSummary> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError(`cannot read summary file "${path}": ${reason}`, { vi: `không đọc được tệp tóm tắt "${path}"` });
  }
  let data: unknown;
  try {
    // A byte-order mark is what a Windows editor leaves after touching the file; JSON.parse rejects it.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InputError(`summary file "${path}" is not JSON: ${(error as Error).message}`, { vi: `tệp tóm tắt "${path}" không phải JSON` });
  }
  const head = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (head === null || head.kind !== 'ddss.summary') {
    throw new InputError(`"${path}" is not a ddss summary (no "kind": "ddss.summary"); write one with ddss audit --summary`, { vi: `"${path}" không phải tệp tóm tắt của ddss; tạo bằng ddss audit --summary` });
  }
  if (head.version !== 1) throw new InputError(`"${path}" is a ddss summary of version ${JSON.stringify(head.version)}; this ddss reads version 1`, { vi: `"${path}" là tóm tắt ddss phiên bản ${JSON.stringify(head.version)}; bản ddss này đọc phiên bản 1` });
  const parsed = datasetSummarySchema.safeParse(data);
  if (!parsed.success) throw new InputError(`"${path}" is not a valid ddss summary: ${describeIssues(parsed.error.issues)}`, { vi: `"${path}" không phải tệp tóm tắt ddss hợp lệ` });
  return parsed.data;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    // A bad record key: zod's own message is "Invalid key in record"; the key's issue says what is wrong with it.
    const message = issue.code === 'invalid_key' && issue.issues[0] ? issue.issues[0].message : issue.message;
    return `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${message}`;
  });
  return issues.length > 3 ? `${shown.join('; ')}; and ${issues.length - 3} more` : shown.join('; ');
}
