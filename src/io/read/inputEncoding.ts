import iconv from 'iconv-lite';
import { createUtf8Decoder } from './utf8Decoder';

/** The text encodings an input may be in. Windows-1258 is the legacy Vietnamese code page of Excel "CSV" exports. */
export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** How many leading bytes the encoding is judged on (the rest streams through without a second look). */
export const ENCODING_SNIFF_BYTES = 64 * 1024;

/**
 * Guesses the encoding of text from its first bytes: a byte-order mark decides (UTF-8, UTF-16 LE/BE); then UTF-16
 * without one, by its zero bytes; otherwise bytes that are not valid UTF-8 mean the legacy Vietnamese code page
 * Windows-1258, and anything else is UTF-8.
 * `complete` says whether `head` is the whole input (so a multi-byte sequence cut at its end is an error, not a cut).
 *
 * @example
 * detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0x00])) // 'utf-16le'
 * detectEncoding(Buffer.from('Nguyễn Văn An')) // 'utf-8'
 * detectEncoding(Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0xd2, 0x6e])) // 'windows-1258' ("Nguyễn" with a combining tone mark)
 */
export function detectEncoding(head: Uint8Array, complete = false): InputEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = head.subarray(0, ENCODING_SNIFF_BYTES);
  const utf16 = utf16WithoutBom(sample);
  if (utf16 !== null) return utf16;
  try {
    // stream: true keeps a multi-byte character cut by the sample's end from counting as invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete || sample.length < head.length });
    return 'utf-8';
  } catch {
    return 'windows-1258';
  }
}

/**
 * UTF-16 written without a byte-order mark, told by its zero bytes: text of records is mostly ASCII (digits,
 * delimiters, the letters of names), whose UTF-16 units have a zero high byte, so every other byte is 0 — at odd
 * positions in little-endian, even ones in big-endian. UTF-8 and Windows-1258 text holds no zero byte at all.
 */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(sample.length, 4096) >> 1;
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) zeroEven++;
    if (sample[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs * 0.4 && zeroEven <= pairs * 0.05) return 'utf-16le';
  if (zeroEven >= pairs * 0.4 && zeroOdd <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** A streaming decoder: bytes in, text out; the byte-order mark is dropped. */
export interface TextChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

/**
 * Makes a streaming decoder for an encoding. In UTF-8, bytes that are not UTF-8 are read as Windows-1258; in UTF-16,
 * invalid units become U+FFFD (the replacement character), so a bad byte far into a big file costs a character,
 * not the run. Windows-1258 text is not normalised here:
 * its combining tone marks are composed per value (see `readCsvRecords`), as a mark may sit across a chunk boundary.
 *
 * @example
 * const decoder = createTextDecoder('utf-16le');
 * decoder.write(Buffer.from([0xff, 0xfe, 0x41, 0x00])) + decoder.end() // 'A'
 */
export function createTextDecoder(encoding: InputEncoding): TextChunkDecoder {
  if (encoding === 'windows-1258') {
    const decoder = iconv.getDecoder('windows1258');
    return { write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), end: () => decoder.end() ?? '' };
  }
  // UTF-8 that turns out to hold Windows-1258 rows past the sniffed head keeps them (see utf8Decoder.ts).
  if (encoding === 'utf-8') return createUtf8Decoder();
  // TextDecoder drops the BOM of its own encoding (ignoreBOM: false) and is the fastest UTF-16 decoder in Node.
  const decoder = new TextDecoder(encoding);
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}
