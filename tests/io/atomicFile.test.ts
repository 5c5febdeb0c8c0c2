import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openAtomicStream, writeFileAtomic } from '../../src/io/atomicFile';

const dir = mkdtempSync(join(tmpdir(), 'ddss-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `out-${n++}.ndjson`);
const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('openAtomicStream', () => {
  it('writes every chunk, in order, and the file appears only on commit', async () => {
    const path = freshPath();
    const out = openAtomicStream(path);
    const lines = Array.from({ length: 5000 }, (_, i) => `{"row":${i + 1},"message":"Thiếu số định danh cá nhân"}\n`);
    for (const line of lines) await out.write(line);
    expect(existsSync(path)).toBe(false);
    await out.commit();
    expect(readFileSync(path, 'utf8')).toBe(lines.join(''));
    expect(leftovers()).toEqual([]);
  });

  it('leaves nothing behind when aborted, whatever was written', async () => {
    const path = freshPath();
    const out = openAtomicStream(path);
    await out.write('x'.repeat(200_000));
    await out.write('tail');
    await out.abort();
    expect(existsSync(path)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('writes exactly the concatenation of any chunks, small or larger than its buffer', async () => {
    const chunk = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.nat({ max: 150_000 }).map((k) => 'ạ'.repeat(k)));
    await fc.assert(
      fc.asyncProperty(fc.array(chunk, { maxLength: 30 }), async (chunks) => {
        const path = freshPath();
        const out = openAtomicStream(path);
        for (const c of chunks) await out.write(c);
        await out.commit();
        expect(readFileSync(path, 'utf8')).toBe(chunks.join(''));
      }),
      { numRuns: 40 },
    );
    expect(leftovers()).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  it('writes the whole text under the final name, with no temporary file left', async () => {
    const path = freshPath();
    await writeFileAtomic(path, '{"rows":2}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"rows":2}\n');
    expect(leftovers()).toEqual([]);
  });
});
