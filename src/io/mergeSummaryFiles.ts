import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { emptySummary, mergeSummaries, type DatasetMergeContext, type DatasetSummary } from '../core';
import { InputError } from './inputError';
import { datasetSummarySchema } from './summarySchema';

/**
 * Reads the summary files of shards audited separately (`ddss audit --summary`) and merges them into the summary
 * one run over all shards would give (see `mergeSummaries`). Files are read one at a time, so any number of shards
 * fits in memory. Shards must have been audited with the same profile and `asOf`, and with row offsets of their own
 * if example rows are to point at distinct records.
 *
 * @throws InputError naming the file when one cannot be read, is not JSON, is not a ddss summary (or an edited,
 * inconsistent one), or has a different profile or `asOf` from the first; also when no file or the same file twice
 * is given.
 *
 * @example
 * const summary = await mergeSummaryFiles(['shard-1.json', 'shard-2.json']);
 * summary.rows // → rows of both shards
 */
export async function mergeSummaryFiles(paths: readonly string[], datasetContext?: (profile: string) => DatasetMergeContext | undefined): Promise<DatasetSummary> {
  if (paths.length === 0) throw new InputError('no summary files to merge');
  const seen = new Map<string, string>();
  for (const path of paths) {
    const absolute = resolve(path);
    const earlier = seen.get(absolute);
    if (earlier !== undefined) throw new InputError(`summary file "${path}" is given twice (also as "${earlier}"): its rows would be counted twice`);
    seen.set(absolute, path);
  }

  let merged: DatasetSummary | null = null;
  let first = '';
  for (const path of paths) {
    const summary = await readSummaryFile(path);
    if (merged === null) {
      first = path;
      // Folding into the empty summary recomputes the derived values (means, rates) rather than trusting the file's.
      merged = mergeSummaries(emptySummary(summary.profile, summary.asOf), summary, datasetContext?.(summary.profile));
      continue;
    }
    if (summary.profile !== merged.profile) {
      throw new InputError(`summary file "${path}" is for profile "${summary.profile}" but "${first}" is for "${merged.profile}": only summaries of the same profile can be merged`);
    }
    if (summary.asOf !== merged.asOf) {
      throw new InputError(`summary file "${path}" is as of ${summary.asOf} but "${first}" is as of ${merged.asOf}: only summaries with the same asOf can be merged`);
    }
    merged = mergeSummaries(merged, summary, datasetContext?.(summary.profile));
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
    throw new InputError(`cannot read summary file "${path}": ${reason}`);
  }
  let data: unknown;
  try {
    // A byte-order mark is what a Windows editor leaves after touching the file; JSON.parse rejects it.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InputError(`summary file "${path}" is not JSON: ${(error as Error).message}`);
  }
  const head = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (head === null || head.kind !== 'ddss.summary') {
    throw new InputError(`"${path}" is not a ddss summary (no "kind": "ddss.summary"); write one with ddss audit --summary`);
  }
  if (head.version !== 1) throw new InputError(`"${path}" is a ddss summary of version ${JSON.stringify(head.version)}; this ddss reads version 1`);
  const parsed = datasetSummarySchema.safeParse(data);
  if (!parsed.success) throw new InputError(`"${path}" is not a valid ddss summary: ${describeIssues(parsed.error.issues)}`);
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
