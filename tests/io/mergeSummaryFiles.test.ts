import fc from 'fast-check';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize, type DatasetSummary } from '../../src/core';
import { InputError } from '../../src/io/inputError';
import { mergeSummaryFiles, readSummaryFile } from '../../src/io/mergeSummaryFiles';
import { reportsArb } from './summaryArbitrary';
import { sampleSummary } from './render/sampleSummary';

let dir = '';
let fileNo = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ddss-merge-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(content: unknown, raw = false): Promise<string> {
  const path = join(dir, `summary-${++fileNo}.json`);
  await writeFile(path, raw ? String(content) : `${JSON.stringify(content, null, 2)}\n`);
  return path;
}

const summary = (patch: (s: DatasetSummary) => void = () => undefined): DatasetSummary => {
  const s = sampleSummary();
  patch(s);
  return s;
};

describe('mergeSummaryFiles', () => {
  it('merges shard files into the summary of one run over all records', async () => {
    await fc.assert(
      fc.asyncProperty(reportsArb, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), async ({ reports, fields }, cuts) => {
        const bounds = [...new Set([0, ...cuts.map((c) => (reports.length === 0 ? 0 : c % (reports.length + 1))), reports.length])].sort((a, b) => a - b);
        const paths = [];
        for (let i = 0; i + 1 < bounds.length || paths.length === 0; i++) {
          paths.push(await file(summarize('citizen', '2026-11-01', reports.slice(bounds[i], bounds[i + 1] ?? reports.length), fields)));
        }
        expect(await mergeSummaryFiles(paths)).toEqual(summarize('citizen', '2026-11-01', reports, fields));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses files whose rows overlap, naming both, in whatever order they come', async () => {
    await fc.assert(
      fc.asyncProperty(reportsArb.filter(({ reports }) => reports.length > 1), fc.nat(), async ({ reports, fields }, cutAt) => {
        const cut = 1 + (cutAt % (reports.length - 1));
        // Two shards, the second numbered from 1 again: rows 1… are in both.
        const renumbered = reports.slice(cut).map((r, i) => ({ ...r, report: { ...r.report, row: i + 1 } }));
        const a = await file(summarize('citizen', '2026-11-01', reports.slice(0, cut), fields));
        const b = await file(summarize('citizen', '2026-11-01', renumbered, fields));
        const shared = Math.min(cut, renumbered.length);
        const rows = shared === 1 ? '1' : `1–${shared}`;
        await expect(mergeSummaryFiles([a, b])).rejects.toThrow(`summary files "${a}" and "${b}" both cover rows ${rows}: audit each shard with --first-row N`);
        await expect(mergeSummaryFiles([b, a])).rejects.toThrow(`summary files "${b}" and "${a}" both cover rows ${rows}`);
      }),
      { numRuns: 20 },
    );
  });

  it('reads one file as it is, derived values recomputed', async () => {
    const tampered = summary((s) => {
      s.score.mean = 0.1;
    });
    expect(await mergeSummaryFiles([await file(tampered)])).toEqual(sampleSummary());
  });

  it('accepts a file saved with a byte-order mark', async () => {
    const path = await file(`\uFEFF${JSON.stringify(sampleSummary())}`, true);
    expect((await readSummaryFile(path)).rows).toBe(4);
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    ['a missing file', async () => join(dir, 'nowhere.json'), /cannot read summary file ".*nowhere\.json": no such file/],
    ['a directory', async () => { const d = join(dir, `dir-${++fileNo}`); await mkdir(d); return d; }, /cannot read summary file ".*dir-\d+": it is a directory/],
    ['text that is not JSON', () => file('{"kind": "ddss.summary",', true), /summary-\d+\.json" is not JSON/],
    ['a JSON array', () => file([1, 2]), /summary-\d+\.json" is not a ddss summary/],
    ['a profile file', () => file({ name: 'citizen', fields: {} }), /is not a ddss summary \(no "kind": "ddss.summary"\)/],
    ['a future version', () => file({ ...sampleSummary(), version: 2 }), /is a ddss summary of version 2; this ddss reads version 1/],
    ['a missing part', () => file({ ...sampleSummary(), dimensions: undefined }), /is not a valid ddss summary: dimensions: /],
    ['a wrong histogram', () => file(summary((s) => s.score.histogram.pop())), /not a valid ddss summary: score\.histogram/],
    ['verdicts not adding up', () => file(summary((s) => (s.verdicts.pass += 1))), /verdicts: verdict counts do not add up to rows \(4\)/],
    ['an unknown dimension', () => file(summary((s) => ((s.rules['phone.format'] as { dimension: string }).dimension = 'tidy'))), /rules\.phone\.format\.dimension/],
    ['a rule named like an object member', () => file(summary((s) => Object.defineProperty(s.rules, 'constructor', { value: s.rules['phone.format'], enumerable: true }))), /rules\.constructor: reserved name/],
    ['a field named like an object member', () => file(summary((s) => Object.defineProperty(s.fields, 'toString', { value: { filled: 0, rate: 0 }, enumerable: true }))), /fields\.toString: reserved name/],
    ['a wrong date', () => file(summary((s) => (s.asOf = '01/11/2026'))), /asOf: expected a date written YYYY-MM-DD/],
  ])('names the file when it is %s', async (_name, make, message) => {
    const good = await file(sampleSummary());
    const bad = await make();
    const error = await mergeSummaryFiles([good, bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(bad);
  });

  it('refuses summaries of another profile or asOf, naming both files', async () => {
    const first = await file(sampleSummary());
    const otherProfile = await file(summary((s) => (s.profile = 'household')));
    const otherDay = await file(summary((s) => (s.asOf = '2026-12-01')));
    await expect(mergeSummaryFiles([first, otherProfile])).rejects.toThrow(new RegExp(`"${otherProfile}" is for profile "household" but "${first}" is for "citizen"`));
    await expect(mergeSummaryFiles([first, otherDay])).rejects.toThrow(new RegExp(`"${otherDay}" is as of 2026-12-01 but "${first}" is as of 2026-11-01`));
  });

  it('keeps a "__proto__" rule as plain data, never as a prototype', async () => {
    const path = await file(`{"kind":"ddss.summary","version":1,"profile":"citizen","asOf":"2026-11-01","rows":0,"verdicts":{"pass":0,"warn":0,"fail":0},"score":${zeroScore},"dimensions":{"correct":${zeroScore},"complete":${zeroScore},"clean":${zeroScore},"live":${zeroScore}},"rules":{"__proto__":{"dimension":"clean","issues":{"error":0,"warning":0,"info":0},"records":0,"examples":[]}},"fields":{}}`, true);
    const merged = await mergeSummaryFiles([path]);
    // Summary maps have no prototype at all, so no key can reach one.
    expect(Object.getPrototypeOf(merged.rules)).toBe(null);
    expect(({} as Record<string, unknown>).dimension).toBeUndefined();
    expect(Object.keys(merged.rules).every((k) => typeof merged.rules[k]!.records === 'number')).toBe(true);
  });

  it('refuses no files, and the same file twice', async () => {
    await expect(mergeSummaryFiles([])).rejects.toThrow(InputError);
    const path = await file(sampleSummary());
    await expect(mergeSummaryFiles([path, join(dir, '.', path.slice(dir.length + 1))])).rejects.toThrow(/is given twice/);
  });
});

const zeroScore = JSON.stringify({ total: 0, histogram: new Array(10).fill(0), mean: 0 });
