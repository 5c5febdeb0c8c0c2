import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { InputRecord } from '../../../src/io/inputRecord';
import { joinBlocks, lineFeedBlocks, readCsvBlock, type CsvBlock, type CsvBlockPlan } from '../../../src/io/read/csvBlocks';
import { detectEncoding } from '../../../src/io/read/inputEncoding';
import { openInput } from '../../../src/io/read/openInput';
import { readCsvRecords } from '../../../src/io/read/readCsvRecords';
import { collect, plain, streamOf, windows1258Form } from './support';

/**
 * Reads bytes as the first pass does (collecting the plan), then replays every block alone, as a worker would.
 * The reader is fed chunks of `chunkSize` directly: `openInput` would hand it the first 64 KiB as one chunk.
 */
async function readAndReplay(bytes: Buffer, chunkSize: number): Promise<{ streamed: InputRecord[]; replayed: InputRecord[]; plan: CsvBlockPlan }> {
  const encoding = detectEncoding(bytes, true);
  const plan: CsvBlockPlan = { encoding, delimiter: ',', header: [], blocks: [] };
  const streamed = await collect(readCsvRecords(streamOf(bytes, chunkSize), { encoding, delimiter: plan.delimiter, plan }));
  const replayed = plan.blocks.flatMap((block) => readCsvBlock(bytes.subarray(block.start, block.end), block, plan));
  return { streamed, replayed, plan };
}

const view = (records: InputRecord[]) => records.map((r) => [r.row, plain(r.record), r.inputProblem?.code]);

describe('CSV blocks: a file read in blocks apart gives the records of one streaming read', () => {
  it.each([
    ['plain rows', 'a,b\n1,2\n3,4\n5,6\n'],
    ['CRLF and no final line end', 'a,b\r\n1,2\r\n3,4\r\n5,6'],
    ['a quoted cell holding line breaks across chunks', 'a,b\n1,"Số 12\nngõ 3\nHà Nội"\n3,4\n5,"x"\n'],
    ['an unterminated quote (read from its own line)', 'a,b\n1,"Số 12\n3,4\n5,6\n7,8\n'],
    ['blank lines before the header and between rows', '\n\r\n\na,b\n\n1,2\n\n\n3,4\n'],
    ['UTF-8 BOM', '\ufeffso_cccd,ho_ten\n001099012345,Nguyễn Văn An\n079201001234,"Trần ""Bình"""\n'],
    ['ragged rows', 'a,b,c\n1,2\n3,4,5,6\n7,8,9\n'],
    ['header only', 'a,b\n'],
    ['a trailing lone CR', 'a,b\n1,2\r'],
  ])('%s', async (_name, text) => {
    for (const chunk of [1, 3, 7, 64]) {
      const { streamed, replayed, plan } = await readAndReplay(Buffer.from(text), chunk);
      expect(view(replayed)).toEqual(view(streamed));
      expect(plan.blocks.at(-1)?.final ?? true).toBe(true);
      expect(plan.blocks.reduce((n, b) => n + b.rows, 0)).toBe(streamed.length);
    }
  });

  it('blocks follow each other: each starts where a row starts, and the rows are numbered on', async () => {
    const text = `h1,h2\n${Array.from({ length: 50 }, (_, i) => `${i},"dòng\n${i}"`).join('\n')}\n`;
    const { plan } = await readAndReplay(Buffer.from(text), 16);
    expect(plan.blocks.length).toBeGreaterThan(10);
    expect(plan.header).toEqual(['h1', 'h2']);
    expect(plan.blocks[0]).toMatchObject({ start: 0, firstRow: 1, header: true });
    for (let k = 1; k < plan.blocks.length; k++) {
      const [before, block] = [plan.blocks[k - 1]!, plan.blocks[k]!];
      expect(block.firstRow).toBe(before.firstRow + before.rows);
      expect(block.start).toBeLessThanOrEqual(before.end);
      expect(block.header).toBe(false);
    }
  });

  it('a block that no longer holds its rows (the file changed) is an error, not wrong row numbers', () => {
    const plan = { encoding: 'utf-8' as const, delimiter: ',', header: ['a', 'b'] };
    expect(() => readCsvBlock(Buffer.from('1,2\n'), { start: 0, end: 4, firstRow: 1, rows: 2, header: false, final: true }, plan)).toThrow(/changed/);
  });

  it('UTF-16 files are not planned (their bytes cannot be cut at a line feed byte)', async () => {
    const text = 'a,b\n1,2\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter: ',', header: [], blocks: [] };
    const source = await openInput(streamOf(bytes, 5), { csvPlan: plan });
    expect(await collect(source.records)).toHaveLength(1);
    expect(plan).toMatchObject({ encoding: 'utf-16le', blocks: [] });
  });

  it('openInput fills the plan of a UTF-8 file: encoding, delimiter, header and blocks', async () => {
    const plan: CsvBlockPlan = { encoding: 'utf-16le', delimiter: ',', header: [], blocks: [] };
    const source = await openInput(streamOf('so_cccd;ho_ten\n001099012345;Nguyễn Văn An\n'), { csvPlan: plan });
    expect(await collect(source.records)).toHaveLength(1);
    expect(plan).toMatchObject({ encoding: 'utf-8', delimiter: ';', header: ['so_cccd', 'ho_ten'] });
    expect(plan.blocks).toEqual([{ start: 0, end: 45, firstRow: 1, rows: 1, header: true, final: true }]);
  });

  it('property: any CSV text, well formed or not, in any chunking, UTF-8 or Windows-1258', async () => {
    const unit = fc.constantFrom('a', 'B', '1', ' ', 'ễ', 'Đ', 'ư', 'ơ', ',', ',', ',', '"', '"', '\n', '\n', '\n', '\r\n', '\r');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 200 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), async (body, chunk, legacy) => {
        const text = `ho_ten,ghi_chu\n${body}`;
        const bytes = legacy ? iconv.encode(windows1258Form(text), 'windows1258') : Buffer.from(text);
        const { streamed, replayed } = await readAndReplay(bytes, chunk);
        expect(view(replayed)).toEqual(view(streamed));
      }),
      { numRuns: 400 },
    );
  });

  it('property: consecutive blocks joined replay to the same records (the audit sends workers batches of blocks)', async () => {
    const unit = fc.constantFrom('a', 'ễ', ',', ',', '"', '"', '\n', '\n', '\n', '\r\n');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 200 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 6 }), async (body, chunk, group) => {
        const bytes = Buffer.from(`ho_ten,ghi_chu\n${body}`);
        const { streamed, plan } = await readAndReplay(bytes, chunk);
        const joined: CsvBlock[] = [];
        plan.blocks.forEach((block, k) => joined.push(k % group === 0 ? block : joinBlocks(joined.pop()!, block)));
        const replayed = joined.flatMap((block) => readCsvBlock(bytes.subarray(block.start, block.end), block, plan));
        expect(view(replayed)).toEqual(view(streamed));
      }),
      { numRuns: 300 },
    );
  });

  it('lineFeedBlocks: every block but the last ends with a line feed, and together they are the input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }).map((a) => a.map((b) => (b % 5 === 0 ? 10 : b))), fc.integer({ min: 1, max: 50 }), async (bytes, size) => {
        const blocks: Uint8Array[] = [];
        for await (const block of lineFeedBlocks(streamOf(bytes, size))) blocks.push(block);
        expect(Buffer.concat(blocks)).toEqual(Buffer.from(bytes));
        for (const block of blocks.slice(0, -1)) expect(block.at(-1)).toBe(10);
        expect(blocks.every((b) => b.length > 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
