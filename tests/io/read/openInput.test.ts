import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/io/inputError';
import { openInput } from '../../../src/io/read/openInput';
import { collect, plain, streamOf } from './support';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ddss-read-'));
});
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('openInput: formats from the extension, else from the first bytes', () => {
  it.each([
    ['dan-cu.csv', 'so_cccd;ho_ten\n001099012345;An\n', 'csv', ';'],
    ['dan-cu.tsv', 'so_cccd,x\tho_ten\n001099012345,1\tAn\n', 'csv', '\t'],
    ['dan-cu.txt', 'so_cccd|ho_ten\n001099012345|An\n', 'csv', '|'],
    ['dan-cu.ndjson', '{"so_cccd":"001099012345","ho_ten":"An"}\n', 'ndjson', null],
    ['dan-cu.jsonl', '{"so_cccd":"001099012345","ho_ten":"An"}\n', 'ndjson', null],
    ['dan-cu.json', '[{"so_cccd":"001099012345","ho_ten":"An"}]', 'json', null],
    ['dan-cu.DAT', '[{"so_cccd":"001099012345","ho_ten":"An"}]', 'json', null],
    ['dan-cu', '{"so_cccd":"001099012345","ho_ten":"An"}\n', 'ndjson', null],
    ['xuat', 'so_cccd,ho_ten\n001099012345,An\n', 'csv', ','],
  ])('%s → %s', async (name, content, format, delimiter) => {
    const source = await openInput(file(name, content));
    expect(source.format).toBe(format);
    expect(source.delimiter).toBe(delimiter);
    const records = await collect(source.records);
    const first = plain(records[0]!.record) as Record<string, string>;
    expect(first['so_cccd'] ?? first['so_cccd,x']).toMatch(/^001099012345/);
  });

  it('an explicit format wins over the extension', async () => {
    const source = await openInput(file('ghi.json', '{"a":"1"}\n{"a":"2"}\n'), { format: 'ndjson' });
    expect((await collect(source.records)).map((r) => plain(r.record))).toEqual([{ a: '1' }, { a: '2' }]);
  });

  it('reads a stream of string chunks (stdin in text mode)', async () => {
    const source = await openInput(Readable.from(['so_cccd;ho', '_ten\n0010990', '12345;An\n']));
    expect((await collect(source.records)).map((r) => plain(r.record))).toEqual([{ so_cccd: '001099012345', ho_ten: 'An' }]);
  });

  it('streams a 100,000-row file in big chunks, every record accounted for', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `${String(i).padStart(12, '0')};"Số ${i}, Huế";Nguyễn Văn An`);
    const source = await openInput(streamOf(`so_cccd;dia_chi;ho_ten\r\n${rows.join('\r\n')}\r\n`, 256 * 1024));
    let n = 0;
    for await (const r of source.records) {
      n += 1;
      if (r.row !== n || r.inputProblem) throw new Error(`record ${n} wrong`);
    }
    expect(n).toBe(100_000);
  });
});

describe('openInput: inputs that cannot be read are one-line InputErrors', () => {
  it.each([
    ['a missing file', () => openInput(join(dir, 'khong-co.csv')), /no such file/],
    ['a directory', () => openInput((mkdirSync(join(dir, 'thu-muc.csv'), { recursive: true }), join(dir, 'thu-muc.csv'))), /directory/],
    ['an empty file', () => openInput(file('rong.csv', '')), /empty/],
    ['an empty stream', () => openInput(streamOf('')), /empty/],
    ['a file of blank lines', () => openInput(file('trang.csv', '\n\r\n  \n')), /empty/],
    ['an empty JSON file', () => openInput(file('rong.json', '')), /empty/],
    ['a zip archive named .csv', () => openInput(file('nen.csv', Buffer.from('PK\u0003\u0004rest-of-zip'))), /zip archive/],
    ['a JSON object named .json', () => openInput(file('mot.json', '{"so_cccd":"001099012345"}')), /not a JSON array/],
    ['a delimiter that cannot work', () => openInput(streamOf('a,b\n'), { delimiter: '"' }), /delimiter/],
  ])('%s', async (_name, open, message) => {
    const error = await open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('an unreadable stream is an InputError', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('EIO: i/o error'));
      },
    });
    await expect(openInput(failing)).rejects.toThrow(InputError);
  });
});
