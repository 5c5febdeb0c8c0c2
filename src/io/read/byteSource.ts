import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../inputError';

/** An input opened for reading: its first bytes (to sniff format and encoding) and every byte, head included. */
export interface ByteSource {
  /** The first `headBytes` bytes or more (fewer only when the input is shorter). */
  head: Buffer;
  /** True when `head` is the whole input. */
  complete: boolean;
  /** Every chunk of the input in order, starting with those in `head`. Iterate once. */
  chunks: AsyncIterable<Uint8Array>;
}

/** Read chunks of 256 KiB: large enough that per-chunk costs vanish, small enough to keep memory flat. */
const CHUNK_BYTES = 256 * 1024;

/**
 * Opens a file path or a readable stream and reads its head, without losing a byte for the readers after it.
 *
 * @throws InputError when the file is missing, is a directory or cannot be read.
 * @example
 * const source = await openByteSource('citizens.csv', 4096);
 * source.head.subarray(0, 3) // the first bytes, e.g. a UTF-8 byte-order mark
 */
export async function openByteSource(input: string | NodeJS.ReadableStream, headBytes: number): Promise<ByteSource> {
  let stream: NodeJS.ReadableStream;
  if (typeof input === 'string') {
    try {
      const info = await stat(input);
      if (info.isDirectory()) throw new InputError(`cannot read ${input}: it is a directory`, { vi: `không đọc được ${input}: đó là một thư mục` });
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${input}: ${describeFsError(error)}`, { vi: `không đọc được ${input}` });
    }
    stream = createReadStream(input, { highWaterMark: CHUNK_BYTES });
  } else {
    stream = input;
  }
  const iterator = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const label = typeof input === 'string' ? input : 'the input';
  const next = async (): Promise<IteratorResult<Uint8Array>> => {
    try {
      const item = await iterator.next();
      if (item.done) return item;
      return { done: false, value: chunkBytes(item.value) };
    } catch (error) {
      // Already said for the user (a stream that yields objects, say): wrapping it would say it twice.
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${label}: ${describeFsError(error)}`, { vi: `không đọc được ${label}` });
    }
  };

  const headChunks: Uint8Array[] = [];
  let size = 0;
  let complete = false;
  while (size < headBytes) {
    const item = await next();
    if (item.done) {
      complete = true;
      break;
    }
    headChunks.push(item.value);
    size += item.value.length;
  }
  const head = Buffer.concat(headChunks);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    if (complete) return;
    for (let item = await next(); !item.done; item = await next()) yield item.value;
  }
  return { head, complete, chunks: chunks() };
}

/**
 * The bytes of one chunk of a stream: bytes as they are, text as UTF-8. The stream type allows object mode, but an
 * object is not part of an input file: it is refused in words the caller can act on, not in Node's.
 *
 * @throws InputError for any other chunk.
 * @example
 * chunkBytes('so_cccd\n') // <Buffer 73 6f 5f 63 63 63 64 0a>
 */
export function chunkBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk);
  const kind = chunk === null ? 'null' : Array.isArray(chunk) ? 'an array' : typeof chunk === 'object' ? 'an object' : `a ${typeof chunk}`;
  throw new InputError(`the input stream must yield bytes or text (Buffer, Uint8Array or string), not ${kind}; to audit records already in memory, use auditRecords`);
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}
