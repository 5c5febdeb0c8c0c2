import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { auditFile } from '../../src';
import { checkOutputPath, openAtomicStream, OutputError, outputError, writeFileAtomic } from '../../src/io/atomicFile';

// An output that cannot be written is named as the caller wrote it (never the temporary file beside it), with a
// reason a user can act on; an audit checks its outputs before it starts.

const SAMPLE = new URL('../../examples/data/citizens-sample.csv', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ddss-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const missing = join(dir, 'no-such-folder');
const aFile = join(dir, 'a-file.txt');
writeFileSync(aFile, 'not a folder');
const noTemp = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('outputError', () => {
  it.each([
    ['ENOENT', 'its folder does not exist'],
    ['ENOTDIR', 'part of its folder path is a file, not a folder'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EROFS', 'the file system is read-only'],
    ['EISDIR', 'it is a folder'],
    ['ENOSPC', 'no space left on the device'],
    ['EDQUOT', 'disk quota exceeded'],
    ['EIO', 'i/o error, write'],
  ])('%s → "%s", naming the path and keeping the code', (code, reason) => {
    const cause = Object.assign(new Error('i/o error, write'), { code });
    const error = outputError('/data/out/s.json', cause);
    expect(error).toBeInstanceOf(OutputError);
    expect(error.message).toBe(`cannot write output file "/data/out/s.json": ${reason}`);
    expect(error.code).toBe(code);
    expect(error.cause).toBe(cause);
  });
});

describe('checkOutputPath', () => {
  it.each([
    ['a new file in a folder that exists', () => join(dir, 'fresh.json'), null],
    ['a file that exists (it will be replaced)', () => aFile, null],
    ['a file in a folder that does not exist', () => join(missing, 's.json'), 'its folder does not exist'],
    ['a file under a file', () => join(aFile, 's.json'), 'part of its folder path is a file, not a folder'],
    ['a folder', () => dir, 'it is a folder'],
  ])('%s', async (_, path, reason) => {
    const check = checkOutputPath(path());
    if (reason === null) await expect(check).resolves.toBeUndefined();
    else await expect(check).rejects.toMatchObject({ name: 'OutputError', message: `cannot write output file "${path()}": ${reason}` });
  });

  // Root may write anywhere, so the permission case runs only as another user.
  it.skipIf(process.getuid?.() === 0)('a folder without write permission', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      await expect(checkOutputPath(join(locked, 's.json'))).rejects.toThrow(/: permission denied$/);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

describe('atomic writes into a folder that does not exist', () => {
  it('writeFileAtomic names the file asked for, whatever its name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[/\0]/.test(s) && s !== '.' && s !== '..'), async (name) => {
        const path = join(missing, name);
        await expect(writeFileAtomic(path, '{}\n')).rejects.toMatchObject({ name: 'OutputError', message: `cannot write output file "${path}": its folder does not exist` });
      }),
      { numRuns: 30 },
    );
  });

  it('a stream fails with the same error, also after more text than it buffers, and never waits for ever', async () => {
    const path = join(missing, 'r.ndjson');
    const out = openAtomicStream(path);
    const wrote = (async () => {
      for (let i = 0; i < 50; i++) await out.write('x'.repeat(100_000));
      await out.commit();
    })();
    await expect(wrote).rejects.toMatchObject({ name: 'OutputError', message: `cannot write output file "${path}": its folder does not exist` });
    await out.abort();
    expect(noTemp()).toEqual([]);
  });
});

describe('auditFile checks every output before it starts', () => {
  it.each(['records', 'summary', 'cleaned', 'markdown', 'html'] as const)('--%s in a folder that does not exist: no record is audited', async (option) => {
    const path = join(missing, `out.${option}`);
    let reports = 0;
    const audit = auditFile(SAMPLE, { asOf: '2026-11-01', workers: 0, [option]: path, onReport: () => void reports++ });
    await expect(audit).rejects.toMatchObject({ name: 'OutputError', message: `cannot write output file "${path}": its folder does not exist` });
    expect(reports).toBe(0);
  });

  it('names the first output that cannot be written, and leaves the others untouched', async () => {
    const records = join(dir, 'kept.ndjson');
    const audit = auditFile(SAMPLE, { asOf: '2026-11-01', workers: 0, records, summary: join(aFile, 's.json') });
    await expect(audit).rejects.toBeInstanceOf(OutputError);
    expect(readdirSync(dir).filter((f) => f.includes('kept'))).toEqual([]);
    expect(noTemp()).toEqual([]);
  });
});
