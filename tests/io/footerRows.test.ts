import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditFile, type DatasetSummary, type FooterInfo } from '../../src';
import type { AuditFileOptions } from '../../src/io/auditFile';
import type { CsvBlockPlan } from '../../src/io/read/csvBlocks';
import { openInput } from '../../src/io/read/openInput';
import { resolveProfile } from '../../src/api/profiles';
import { validCitizen } from '../support/citizens';
import { auditFormBytes, auditFormOutputs, expectSameOutputs } from '../support/formAudit';
import { csvLine, csvText, FOOTER_TABLE_HEADER, RECIPIENTS_FOOTER, SIGNATURE_FOOTER, SIGNED_LIST, UNSIGNED_LIST } from '../support/footerForms';

const dir = mkdtempSync(join(tmpdir(), 'ddss-footer-'));
const citizen = resolveProfile('citizen');
const columnMaps = (name: string) => citizen.fieldForColumn(name) !== null;

/** Audits bytes written to `name`: the reports as JSON, the summary as JSON, and what onHeader and onFooter said. */
async function audit(bytes: string | Buffer, name: string, options: AuditFileOptions = {}) {
  const { reports, summary, headers, footers } = await auditFormBytes(dir, bytes, name, options);
  // The summary but for what it says was left out (not records), which is the point of these comparisons.
  const { leftOut, ...rest } = summary;
  return { reports, summary: JSON.stringify(rest), leftOut, rows: summary.rows, headers, footers };
}

describe('auditFile: a footer is not audited, and the caller is told once', () => {
  it('the signed list gives the reports and summary of the same list without its footer', async () => {
    const signed = await audit(SIGNED_LIST, 'signed.csv');
    const baseline = await audit(UNSIGNED_LIST, 'signed-bare.csv');
    expect(signed.reports).toEqual(baseline.reports);
    expect(signed.summary).toBe(baseline.summary);
    expect(signed.leftOut).toEqual({ titleRows: 3, headerRows: 0, numberingRows: 1, footerRows: SIGNATURE_FOOTER.length });
    expect(baseline.leftOut).toEqual({ titleRows: 3, headerRows: 0, numberingRows: 1, footerRows: 0 });
    expect(signed.rows).toBe(2);
    // The file is read twice (the dataset checks): the caller hears of its header and footer once.
    expect(signed.headers).toEqual([{ headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: true }]);
    expect(signed.footers).toEqual([{ footerRow: 3, footerRows: SIGNATURE_FOOTER.length }]);
    expect(baseline.footers).toEqual([{ footerRow: 3, footerRows: 0 }]);
  });

  it('a stream is read once: told once too', async () => {
    const footers: FooterInfo[] = [];
    const reports: number[] = [];
    await auditFile(createReadStream(join(dir, 'signed.csv')), { asOf: '2026-11-01', onReport: (r) => void reports.push(r.row), onFooter: (i) => void footers.push(i) });
    expect(reports).toEqual([1, 2]);
    expect(footers).toEqual([{ footerRow: 3, footerRows: SIGNATURE_FOOTER.length }]);
  });

  it('a header and a footer with no record under it is refused as a header alone is', async () => {
    const text = csvText([FOOTER_TABLE_HEADER, ...RECIPIENTS_FOOTER]);
    await expect(audit(text, 'footer-only.csv')).rejects.toThrow(/holds no record: a header row and nothing under it/);
  });

  it('a footer across a block boundary: the workers give the bytes of one thread, and of the file without it', async () => {
    const people = fc.sample(validCitizen, { seed: 29, numRuns: 2400 });
    const columns = [...Object.keys(people[0]!), 'ghi_chu'];
    const lines = people.map((p, i) => {
      const cells = [...Object.values(p), ''].map((v) => `"${v.replace(/"/g, '""')}"`);
      if (i % 97 === 0) cells[cells.length - 1] = `"ghi chú\r\nnhiều dòng\n${i}"`;
      if (i === 0) cells[0] = '1'; // the first record is not taken for a column-number row
      return cells.join(',') + (i % 50 === 0 ? '\r\n\r\n' : i % 3 === 0 ? '\r\n' : '\n');
    });
    const pad = (cells: readonly string[]) => csvLine([...cells, ...Array<string>(Math.max(0, columns.length - cells.length)).fill('')]);
    const footer = `${[...SIGNATURE_FOOTER, ...RECIPIENTS_FOOTER].map(pad).join('\r\n')}\r\n`;
    // Notes on the last records put the footer's start 100 bytes before a multiple of 64 KiB, where the first pass's
    // chunks, and so its blocks, end: the footer's first rows are in one block, the others in the next.
    const head = `\ufeff${csvLine(['DANH SÁCH CÔNG DÂN'])}\r\n${columns.join(',')}\r\n`;
    const length = Buffer.byteLength(head + lines.join(''));
    const padding = Math.ceil((length + 100) / 65_536) * 65_536 - 100 - length;
    for (let k = 0; k < 20; k++) {
      const i = people.length - 1 - k;
      const note = 'x'.repeat(Math.floor(padding / 20) + (k === 0 ? padding % 20 : 0));
      lines[i] = lines[i]!.replace(/""(\r?\n)$/u, `"${note}"$1`);
    }
    const body = head + lines.join('');
    expect(Buffer.byteLength(body) % 65_536).toBe(65_536 - 100);
    const signed = join(dir, 'blocks-signed.csv');
    const bare = join(dir, 'blocks-bare.csv');
    writeFileSync(signed, body + footer);
    writeFileSync(bare, body);

    const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter: ',', header: [], blocks: [] };
    for await (const _ of (await openInput(createReadStream(signed), { csvPlan: plan, columnMaps })).records);
    const footerBlocks = plan.blocks.filter((b) => (b.footerRows ?? 0) > 0);
    expect(footerBlocks.length).toBeGreaterThanOrEqual(2);
    expect(footerBlocks.reduce((n, b) => n + b.footerRows!, 0)).toBe(SIGNATURE_FOOTER.length + RECIPIENTS_FOOTER.length);

    const outputs = (path: string, workers: number, tag: string) => auditFormOutputs(dir, path, workers, tag);
    const one = await outputs(signed, 0, 'signed-one');
    const two = await outputs(signed, 2, 'signed-two');
    expect(one.rows).toEqual(Array.from({ length: 2400 }, (_, i) => i + 1));
    expect(one.footers).toEqual([{ footerRow: 2401, footerRows: SIGNATURE_FOOTER.length + RECIPIENTS_FOOTER.length }]);
    expectSameOutputs(two, one);
    const without = await outputs(bare, 2, 'signed-bare');
    expect(one.records).toBe(without.records);
    // The same summary, but for the footer it says was left out.
    const { leftOut, ...rest } = JSON.parse(one.summary) as DatasetSummary;
    const { leftOut: bareLeftOut, ...bareRest } = JSON.parse(without.summary) as DatasetSummary;
    expect(leftOut).toEqual({ ...bareLeftOut, footerRows: SIGNATURE_FOOTER.length + RECIPIENTS_FOOTER.length });
    expect(rest).toEqual(bareRest);
    expect(one.cleaned).toBe(without.cleaned);
  });
});
