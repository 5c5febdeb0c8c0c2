import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { auditFile, InputError, openInput } from '../../src';

// A stream given to auditFile must yield the input's bytes or text. The stream type allows object mode; an object
// chunk used to crash the process from inside a pipe, beyond the caller's try/catch. It is now an InputError.

const SAMPLE = new URL('../../examples/data/citizens-sample.csv', import.meta.url).pathname;
const TEXT = readFileSync(SAMPLE, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'ddss-streams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REFUSED = /^the input stream must yield bytes or text \(Buffer, Uint8Array or string\), not (an object|an array|a number|a boolean); to audit records already in memory, use auditRecords$/;

describe('auditFile with a stream that does not yield bytes or text', () => {
  it.each([
    ['one object (a record)', [{ so_cccd: '001099012345' }], 'an object'],
    ['an array', [['001099012345']], 'an array'],
    ['a number', [42], 'a number'],
    ['bytes, then an object', [Buffer.from('so_cccd\n001099012345\n'), { so_cccd: '079301004567' }], 'an object'],
    ['text, then a boolean', ['so_cccd\n', true], 'a boolean'],
  ])('%s: rejects with an InputError in one line, and writes nothing', async (_, chunks, kind) => {
    const records = join(dir, `never-${kind.replace(/\W/g, '')}.ndjson`);
    const audit = auditFile(Readable.from(chunks as unknown[]), { asOf: '2026-11-01', records });
    await expect(audit).rejects.toBeInstanceOf(InputError);
    await expect(audit).rejects.toThrow(REFUSED);
    await expect(audit).rejects.toThrow(`not ${kind};`);
    expect(readdirSync(dir).filter((f) => f.includes('never'))).toEqual([]);
  });

  it("called from a callback of the tick queue too (as a CommonJS script's top level is), where errors come first", async () => {
    // Ticks queued from a tick callback run before any promise callback: the stream's error is then emitted before
    // the readers are attached, which must not end the process.
    let audit: Promise<unknown> | null = null;
    await new Promise<void>((started) =>
      process.nextTick(() => {
        audit = auditFile(Readable.from([{ a: 1 }]));
        started();
      }),
    );
    await expect(audit).rejects.toThrow(REFUSED);
  });

  it('openInput refuses such a stream the same way', async () => {
    await expect(openInput(Readable.from([{ so_cccd: '001099012345' }]))).rejects.toThrow(REFUSED);
  });

  it('something that is not a stream at all is an InputError too, not a TypeError', async () => {
    await expect(auditFile(42 as unknown as NodeJS.ReadableStream)).rejects.toThrow(new InputError('the input must be a file path or a Node.js readable stream (wrap a web ReadableStream with Readable.fromWeb)'));
  });
});

describe('auditFile with an object-mode stream of bytes or text', () => {
  it('reads strings, Buffers and Uint8Arrays, in any cut and any mix, as one chunk of bytes', async () => {
    const bytes = Buffer.from(TEXT);
    const whole = await auditFile(Readable.from([bytes]), { asOf: '2026-11-01', workers: 0 });
    const kind = fc.constantFrom('string', 'buffer', 'uint8array');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.nat({ max: bytes.length }), { maxLength: 12 }), fc.array(kind, { minLength: 13, maxLength: 13 }), async (cuts, kinds) => {
        const at = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = at.slice(1).map((end, i) => {
          const piece = bytes.subarray(at[i], end);
          // A string chunk must hold whole characters: it is cut at a character boundary, or sent as bytes.
          const text = piece.toString('utf8');
          if (kinds[i] === 'string' && Buffer.from(text).equals(piece)) return text;
          return kinds[i] === 'uint8array' ? new Uint8Array(piece) : Buffer.from(piece);
        });
        const summary = await auditFile(Readable.from(chunks), { asOf: '2026-11-01', workers: 0 });
        expect(summary.rows).toBe(211);
        expect(summary).toEqual(whole);
      }),
      { numRuns: 12 },
    );
  });
});
