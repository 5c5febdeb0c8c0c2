import { Readable } from 'node:stream';
import type { InputRecord } from '../../../src/io/inputRecord';
import { openInput } from '../../../src/io/read/openInput';
import type { InputSource, OpenInputOptions } from '../../../src/io/read/openInput';

/** A readable stream of the bytes, cut into chunks of `chunkSize` (small chunks exercise every boundary). */
export function streamOf(bytes: Uint8Array | string, chunkSize = 7): Readable {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  const chunks: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += chunkSize) chunks.push(buffer.subarray(i, i + chunkSize));
  return Readable.from(chunks, { objectMode: false });
}

export async function collect(records: AsyncIterable<InputRecord>): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

/** Opens bytes as a stream and reads every record; the records' objects are spread into plain ones for toEqual. */
export async function readAll(bytes: Uint8Array | string, options: OpenInputOptions = {}, chunkSize = 7): Promise<{ source: InputSource; records: InputRecord[] }> {
  const source = await openInput(streamOf(bytes, chunkSize), options);
  return { source, records: await collect(source.records) };
}

export function plain(record: unknown): unknown {
  return record !== null && typeof record === 'object' && !Array.isArray(record) ? { ...(record as object) } : record;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Text as Windows-1258 software writes it: letters with circumflex, breve or horn precomposed (â ê ô ă ơ ư đ are in
 * the code page), tone marks as combining characters after them (the code page has no room for every toned vowel).
 */
export function windows1258Form(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const parts = ch.normalize('NFD');
    const tones = parts.match(TONE_MARKS)?.join('') ?? '';
    out += parts.replace(TONE_MARKS, '').normalize('NFC') + tones;
  }
  return out;
}
