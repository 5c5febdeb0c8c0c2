import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicStream, OutputError, writeFileAtomic } from '../../src/io/atomicFile';
import { auditFile } from '../../src/io/auditFile';
import { checkOutputs } from '../../src/io/checkOutputs';

const SAMPLE = new URL('../../examples/data/citizens-sample.csv', import.meta.url).pathname;
const fresh = () => mkdtempSync(join(tmpdir(), 'ddss-targets-'));

/** Everything a reader of the named pipe gets, read while the writer writes. */
function readPipe(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    createReadStream(path, 'utf8')
      .on('data', (chunk) => (text += chunk))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
}

describe('outputs that are not plain files', () => {
  it('writes into a named pipe instead of renaming a file over it', async () => {
    const dir = fresh();
    const pipe = join(dir, 'reports.pipe');
    execFileSync('mkfifo', [pipe]);
    const read = readPipe(pipe);
    await writeFileAtomic(pipe, 'hello\n');
    expect(await read).toBe('hello\n');
    expect(statSync(pipe).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['reports.pipe']); // no temporary file left
  });

  it('streams into a named pipe as the run goes', async () => {
    const pipe = join(fresh(), 'stream.pipe');
    execFileSync('mkfifo', [pipe]);
    const read = readPipe(pipe);
    const out = openAtomicStream(pipe);
    await out.write('a\n');
    await out.write('b\n');
    await out.commit();
    expect(await read).toBe('a\nb\n');
    expect(statSync(pipe).isFIFO()).toBe(true);
  });

  it('keeps a symbolic link and writes its target', async () => {
    const dir = fresh();
    const target = join(dir, 'real.json');
    writeFileSync(target, 'old');
    const link = join(dir, 'link.json');
    symlinkSync(target, link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });
});

describe('auditFile refuses outputs that would destroy a file it needs', () => {
  it.each([
    ['the input', (input: string) => ({ records: input }), /it is the input file; choose another path for records/],
    ['the input, as cleaned file', (input: string) => ({ cleaned: input }), /it is the input file; choose another path for cleaned/],
    ['one path for two outputs', (_: string, dir: string) => ({ records: join(dir, 'same.out'), summary: join(dir, 'same.out') }), /it is also the records output; choose another path for summary/],
  ])('%s', async (_, outputs, message) => {
    const dir = fresh();
    const input = join(dir, 'in.csv');
    writeFileSync(input, readFileSync(SAMPLE));
    const before = readFileSync(input, 'utf8');
    const run = auditFile(input, { asOf: '2026-11-01', workers: 0, ...outputs(input, dir) });
    await expect(run).rejects.toThrow(OutputError);
    await expect(auditFile(input, { asOf: '2026-11-01', workers: 0, ...outputs(input, dir) })).rejects.toThrow(message);
    expect(readFileSync(input, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'same.out'))).toBe(false);
  });

  it('sees through a symbolic link to the input', async () => {
    const dir = fresh();
    const input = join(dir, 'in.csv');
    writeFileSync(input, readFileSync(SAMPLE));
    symlinkSync(input, join(dir, 'alias.csv'));
    await expect(auditFile(input, { asOf: '2026-11-01', workers: 0, records: join(dir, 'alias.csv') })).rejects.toThrow(/it is the input file/);
  });
});

describe('checkOutputs', () => {
  it.each([
    ['an output over an input', (d: string) => [{ summary: join(d, 'a.json') }, [join(d, 'a.json')]] as const, /a\.json": it is the input file; choose another path for summary/],
    ['two outputs on one file', (d: string) => [{ summary: join(d, 'x'), html: join(d, 'x') }, []] as const, /x": it is also the summary output; choose another path for html/],
    ['an output in a missing folder', (d: string) => [{ markdown: join(d, 'no', 'r.md') }, []] as const, /its folder does not exist/],
  ])('refuses %s', async (_, args, message) => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.json'), '{}');
    const [outputs, inputs] = args(dir);
    await expect(checkOutputs(outputs, inputs)).rejects.toThrow(message);
  });

  it('accepts distinct new files, empty paths, and a pipe named twice', async () => {
    const dir = fresh();
    const pipe = join(dir, 'p');
    execFileSync('mkfifo', [pipe]);
    await expect(checkOutputs({ summary: join(dir, 's.json'), html: '', records: pipe, markdown: pipe }, [join(dir, 'in.csv')])).resolves.toBeUndefined();
  });
});
