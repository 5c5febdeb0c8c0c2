import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { plain, readAll, windows1258Form } from './support';

const SEMICOLON = 'so_cccd;ho_ten;ngay_sinh\n001099012345;Nguyễn Văn An;01/02/1999\n079201001234;Trần Thị Bình;15/08/2001\n';

describe('openInput: CSV and TSV', () => {
  it.each([
    ['semicolon (Vietnamese Excel)', SEMICOLON, ';'],
    ['comma', SEMICOLON.replaceAll(';', ','), ','],
    ['tab', SEMICOLON.replaceAll(';', '\t'), '\t'],
    ['pipe', SEMICOLON.replaceAll(';', '|'), '|'],
    ['CRLF', SEMICOLON.replaceAll('\n', '\r\n'), ';'],
    ['classic Mac line ends (CR only)', SEMICOLON.replaceAll('\n', '\r'), ';'],
    ['CR only, comma', SEMICOLON.replaceAll('\n', '\r').replaceAll(';', ','), ','],
    ['UTF-8 BOM', `\ufeff${SEMICOLON}`, ';'],
    ['no final line end', SEMICOLON.trimEnd(), ';'],
    ['trailing empty lines', `${SEMICOLON}\n\r\n`, ';'],
  ])('%s: delimiter detected, two records read exactly', async (_name, text, delimiter) => {
    const { source, records } = await readAll(text);
    expect(source).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter });
    expect(records.map((r) => [r.row, plain(r.record), r.inputProblem])).toEqual([
      [1, { so_cccd: '001099012345', ho_ten: 'Nguyễn Văn An', ngay_sinh: '01/02/1999' }, undefined],
      [2, { so_cccd: '079201001234', ho_ten: 'Trần Thị Bình', ngay_sinh: '15/08/2001' }, undefined],
    ]);
  });

  it('reads the fixture: quoted cells hold the delimiter and escaped quotes', async () => {
    const { records } = await readAll(await import('node:fs').then((fs) => fs.readFileSync(new URL('./fixtures/citizens-semicolon.csv', import.meta.url))));
    expect(records.map((r) => plain(r.record))).toEqual([
      { so_cccd: '001099012345', ho_ten: 'Nguyễn Văn An', ngay_sinh: '01/02/1999', dia_chi: 'Số 12; ngõ 3, Hà Nội' },
      { so_cccd: '079201001234', ho_ten: 'Trần Thị Bình', ngay_sinh: '15/08/2001', dia_chi: 'Thôn "Đông", xã Tân Phú' },
    ]);
  });

  it('a quoted cell may hold line breaks; row numbers count records, not lines', async () => {
    const { records } = await readAll('so_cccd,dia_chi\n001099012345,"Số 12\nngõ 3"\n079201001234,Huế\n');
    expect(records.map((r) => [r.row, plain(r.record)])).toEqual([
      [1, { so_cccd: '001099012345', dia_chi: 'Số 12\nngõ 3' }],
      [2, { so_cccd: '079201001234', dia_chi: 'Huế' }],
    ]);
  });

  it('blank lines in the middle are skipped and not counted', async () => {
    const { records } = await readAll('ho_ten\nAn\n\n\r\nBình\n');
    expect(records.map((r) => [r.row, plain(r.record)])).toEqual([[1, { ho_ten: 'An' }], [2, { ho_ten: 'Bình' }]]);
  });

  it('a ragged row still yields its record: extra cells dropped, missing ones absent', async () => {
    const { records } = await readAll('so_cccd;ho_ten;ngay_sinh\n001099012345;An;01/02/1999;thừa\n079201001234;Bình\n');
    expect(records.map((r) => [r.row, plain(r.record), r.inputProblem?.code])).toEqual([
      [1, { so_cccd: '001099012345', ho_ten: 'An', ngay_sinh: '01/02/1999' }, 'input.ragged-row'],
      [2, { so_cccd: '079201001234', ho_ten: 'Bình' }, 'input.ragged-row'],
    ]);
    expect(records[0]!.inputProblem!.vi).toContain('4 ô');
    expect(records[0]!.inputProblem!.en).toContain('4 cells');
  });

  it('a broken quote costs only its record, and the rows after it keep their numbers', async () => {
    const { records } = await readAll('so_cccd,ho_ten,dia_chi\n001099012345,"Nguyễn Văn An,Hà Nội\n079201001234,Trần Thị Bình,"Số 5, Huế"\n038099000111,Lê Văn C,Đà Nẵng\n');
    expect(records.map((r) => [r.row, r.inputProblem?.code])).toEqual([[1, 'input.broken-quote'], [2, undefined], [3, undefined]]);
    expect(plain(records[1]!.record)).toEqual({ so_cccd: '079201001234', ho_ten: 'Trần Thị Bình', dia_chi: 'Số 5, Huế' });
    expect(records[0]!.inputProblem!.vi).toMatch(/ngoặc kép/);
  });

  it('keys such as __proto__ and constructor stay plain data on a null-prototype record', async () => {
    const { records } = await readAll('__proto__,constructor,toString\nx,y,z\n');
    const record = records[0]!.record as Record<string, string>;
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(Object.keys(record)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(record['__proto__']).toBe('x');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('empty and repeated column names get names of their own', async () => {
    const { records } = await readAll('ho_ten,,ho_ten\nAn,1,Bình\n');
    expect(plain(records[0]!.record)).toEqual({ ho_ten: 'An', column_2: '1', ho_ten_2: 'Bình' });
  });

  it('a header and no rows is zero records; a forced delimiter wins; .tsv-like text by option', async () => {
    expect((await readAll('so_cccd;ho_ten\n')).records).toEqual([]);
    const { source, records } = await readAll('a;b,c\n1;2,3\n', { delimiter: ',' });
    expect(source.delimiter).toBe(',');
    expect(plain(records[0]!.record)).toEqual({ 'a;b': '1;2', c: '3' });
  });

  it.each([
    ['UTF-16 LE with BOM', 'utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEMICOLON, 'utf16le')])],
    ['UTF-16 BE with BOM', 'utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SEMICOLON, 'utf16le').swap16()])],
    ['UTF-16 LE without a BOM', 'utf-16le', Buffer.from(SEMICOLON, 'utf16le')],
    ['UTF-16 BE without a BOM', 'utf-16be', Buffer.from(SEMICOLON, 'utf16le').swap16()],
    ['Windows-1258 (not valid UTF-8)', 'windows-1258', iconv.encode(windows1258Form(SEMICOLON), 'windows1258')],
  ])('%s is detected and read back to NFC text', async (_name, encoding, bytes) => {
    const { source, records } = await readAll(bytes, {}, 5);
    expect(source.encoding).toBe(encoding);
    expect(plain(records[1]!.record)).toEqual({ so_cccd: '079201001234', ho_ten: 'Trần Thị Bình', ngay_sinh: '15/08/2001' });
  });

  it('Windows-1258 can be forced', async () => {
    const bytes = iconv.encode(windows1258Form('ho_ten\nHoàng\n'), 'windows1258');
    const { records } = await readAll(bytes, { encoding: 'windows-1258' });
    expect(plain(records[0]!.record)).toEqual({ ho_ten: 'Hoàng' });
  });
});

/** A cell as RFC 4180 writes it: quoted when it holds the delimiter, a quote, a line break, or leading/trailing space. */
function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const cellText = fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', 'ễ', 'Đ', 'ư', ',', ';', '\t', '|', '"', '\n', '\r\n') });
const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(fc.stringMatching(/^[a-z_]{1,8}$/), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    chunk: fc.integer({ min: 1, max: 64 }),
  }),
);

function writeCsv(t: { header: string[]; rows: string[][]; delimiter: string; lineEnd: string; bom: boolean }): string[] {
  return [t.header.join(t.delimiter), ...t.rows.map((r) => r.map((c) => quote(c, t.delimiter)).join(t.delimiter))];
}

describe('openInput: CSV properties', () => {
  it('(1) any table written as CSV with proper quoting reads back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const text = (t.bom ? '\ufeff' : '') + writeCsv(t).join(t.lineEnd) + t.lineEnd;
        const { records } = await readAll(text, { delimiter: t.delimiter }, t.chunk);
        expect(records.map((r) => r.row)).toEqual(t.rows.map((_, i) => i + 1));
        expect(records.map((r) => plain(r.record))).toEqual(t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i]]))));
        expect(records.every((r) => r.inputProblem === undefined)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('(1b) the delimiter is detected on such tables when the header has at least two columns', async () => {
    await fc.assert(
      fc.asyncProperty(table.filter((t) => t.header.length >= 2), async (t) => {
        const { source } = await readAll(writeCsv(t).join(t.lineEnd) + t.lineEnd, {}, t.chunk);
        expect(source.delimiter).toBe(t.delimiter);
      }),
      { numRuns: 60 },
    );
  });

  it('(2) one broken quote in a valid CSV of N records still yields N records, only the broken one changed', async () => {
    const plainCell = fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', 'ễ', 'Đ', 'ư'), minLength: 1 });
    // Cells may hold delimiters, quotes and line breaks, but not begin with one: a stray quote before a cell that is
    // followed by a quoted cell beginning with a delimiter or line break reads as valid CSV (see the README).
    const anyCell = fc.oneof(plainCell, cellText.filter((c) => !/^[,;\t|"\r\n]/.test(c)));
    const broken = fc.integer({ min: 2, max: 4 }).chain((width) =>
      fc.record({
        rows: fc.array(fc.array(anyCell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 10 }),
        delimiter: fc.constantFrom(',', ';', '\t', '|'),
        lineEnd: fc.constantFrom('\n', '\r\n'),
        at: fc.nat(),
        column: fc.nat({ max: width - 1 }),
        chunk: fc.integer({ min: 1, max: 64 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(broken, async (t) => {
        const width = t.rows[0]!.length;
        const header = Array.from({ length: width }, (_, i) => `c${i}`);
        const target = t.at % t.rows.length;
        // The broken quote: an opening quote put before a plain cell, never closed.
        const rows = t.rows.map((r, i) => (i === target ? r.map((c, k) => (k === t.column ? c.replace(/["\r\n,;\t|]/g, '') || 'x' : c)) : r));
        const lines = [header.join(t.delimiter), ...rows.map((r, i) => r.map((c, k) => (i === target && k === t.column ? `"${c}` : quote(c, t.delimiter))).join(t.delimiter))];
        const { records } = await readAll(lines.join(t.lineEnd) + t.lineEnd, { delimiter: t.delimiter }, t.chunk);
        expect(records.map((r) => r.row)).toEqual(rows.map((_, i) => i + 1));
        records.forEach((r, i) => {
          if (i === target) return;
          expect(r.inputProblem).toBeUndefined();
          expect(plain(r.record)).toEqual(Object.fromEntries(header.map((h, k) => [h, rows[i]![k]])));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('(3) UTF-16 and Windows-1258 encodings of Vietnamese text read back to the same NFC strings as UTF-8', async () => {
    const syllable = fc.constantFrom('Nguyễn', 'Trần', 'Thị', 'Hoàng', 'Đặng', 'Quỳnh', 'Thuỷ', 'ưởng', 'Lý', 'Ánh', 'Phước', 'Bùi', 'an');
    const name = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 40 }), async (names, chunk) => {
        const text = `ho_ten;ghi_chu\n${names.map((n) => `${n};x`).join('\n')}\n`;
        const expected = names.map((n) => ({ ho_ten: n.normalize('NFC'), ghi_chu: 'x' }));
        const encodings: [string, Buffer][] = [
          ['utf-8', Buffer.from(text)],
          ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
          ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
          ['windows-1258', iconv.encode(windows1258Form(text), 'windows1258')],
        ];
        for (const [encoding, bytes] of encodings) {
          const { source, records } = await readAll(bytes, {}, chunk);
          // Pure ASCII is valid UTF-8 whatever the code page that wrote it.
          expect(source.encoding).toBe(encoding === 'windows-1258' && bytes.every((b) => b < 0x80) ? 'utf-8' : encoding);
          expect(records.map((r) => plain(r.record))).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps Windows-1258 rows that come after a UTF-8 head (files joined from two exports), instead of losing their letters', async () => {
    const head = `so_cccd,ho_ten\n${Array.from({ length: 4000 }, (_, i) => `0010990${String(10000 + i)},Nguyễn Văn An`).join('\n')}\n`;
    expect(head.length).toBeGreaterThan(64 * 1024); // past the bytes the encoding is judged on
    const late = iconv.encode(windows1258Form('079301004567,Trần Thị Bình\n'), 'windows1258');
    const { source, records } = await readAll(Buffer.concat([Buffer.from(head), late]), {}, 4096);
    expect(source.encoding).toBe('utf-8');
    const last = plain(records.at(-1)!.record) as Record<string, string | undefined>;
    expect(last.ho_ten).not.toContain('\uFFFD');
    expect(last.ho_ten!.normalize('NFC')).toBe('Trần Thị Bình');
    expect(records).toHaveLength(4001);
  });
});
