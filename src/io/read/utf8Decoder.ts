import iconv from 'iconv-lite';

/**
 * A streaming UTF-8 decoder that reads bytes which are not UTF-8 as Windows-1258 instead of dropping them.
 *
 * Why: the encoding is judged on the first 64 KiB. Files concatenated from several exports often are UTF-8 there and
 * hold Windows-1258 rows further on (an old Excel "CSV" appended to a new one). A plain decoder turns those rows'
 * letters into U+FFFD: the names are lost for good, in the reports and in the cleaned file. Read as Windows-1258,
 * they come back, with the code page's combining tone marks, so `text.nfd` reports them and the cleaned file gets
 * them composed.
 *
 * Cost: a chunk is decoded natively, as before; only a chunk whose text holds U+FFFD is decoded again here, byte by
 * byte. Valid UTF-8 gives exactly what `TextDecoder` gives, however the bytes are cut into chunks (property-tested).
 */

/** The Windows-1258 character of each byte 0x80–0xFF (one UTF-16 unit each: the code page has no pairs). */
const WINDOWS_1258_HIGH: readonly string[] = Array.from({ length: 128 }, (_, i) => iconv.decode(Buffer.from([0x80 + i]), 'windows1258'));

const EMPTY = new Uint8Array(0);

/** How many bytes the UTF-8 sequence starting with `lead` has; 0 for a byte that starts none (RFC 3629). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Whether `b` may follow `lead` as the second byte: no overlong form, no surrogate, nothing above U+10FFFF. */
function validSecond(lead: number, b: number): boolean {
  if (lead === 0xe0) return b >= 0xa0 && b <= 0xbf;
  if (lead === 0xed) return b >= 0x80 && b <= 0x9f;
  if (lead === 0xf0) return b >= 0x90 && b <= 0xbf;
  if (lead === 0xf4) return b >= 0x80 && b <= 0x8f;
  return b >= 0x80 && b <= 0xbf;
}

/**
 * How many of the bytes from `i` form a valid UTF-8 sequence: its length; or -k when the bytes end after k bytes of
 * a sequence that is valid so far (it may complete in the next chunk); or 0 when byte `i` starts no valid sequence.
 */
function validSequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const n = sequenceLength(lead);
  if (n <= 1) return n;
  for (let k = 1; k < n; k++) {
    if (i + k >= bytes.length) return -k;
    const b = bytes[i + k]!;
    if (k === 1 ? !validSecond(lead, b) : (b & 0xc0) !== 0x80) return 0;
  }
  return n;
}

/** The bytes at the end of `bytes` that start a sequence still incomplete (held back for the next chunk). */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const i = bytes.length - back;
    const n = sequenceLength(bytes[i]!);
    if (n === 0 && (bytes[i]! & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    return validSequenceAt(bytes, i) === -back ? bytes.slice(i) : EMPTY;
  }
  return EMPTY;
}

/**
 * Decodes `bytes`: valid UTF-8 as UTF-8, any other byte as its Windows-1258 character. Unless `final`, a sequence
 * still incomplete at the end is returned as `rest`, not decoded. With `atStart`, a leading byte order mark is dropped.
 */
function decodeMixed(bytes: Uint8Array, final: boolean, atStart: boolean): { text: string; rest: Uint8Array } {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '';
  let i = atStart && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let runStart = i;
  while (i < bytes.length) {
    const n = validSequenceAt(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (n < 0 && !final) {
      text += utf8.decode(bytes.subarray(runStart, i));
      return { text, rest: bytes.slice(i) };
    }
    text += utf8.decode(bytes.subarray(runStart, i)) + WINDOWS_1258_HIGH[bytes[i]! - 0x80]!;
    i += 1;
    runStart = i;
  }
  return { text: text + utf8.decode(bytes.subarray(runStart, i)), rest: EMPTY };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * A UTF-8 decoder for streams that may hold Windows-1258 stretches (see the top of this file); drops a leading BOM.
 *
 * @example
 * const decoder = createUtf8Decoder();
 * decoder.write(Buffer.from('Nguyễn, ')) + decoder.write(Buffer.from([0x54, 0x72, 0xe2, 0xcc, 0x6e])) + decoder.end()
 * // 'Nguyễn, Trần' (the second name in Windows-1258: "â" then a combining grave accent)
 */
export function createUtf8Decoder(): { write(bytes: Uint8Array): string; end(): string } {
  let native = new TextDecoder('utf-8');
  // What `native` holds back: the start of a sequence cut by the chunk's end.
  let held: Uint8Array = EMPTY;
  let atStart = true;
  return {
    write(bytes) {
      if (bytes.length === 0) return '';
      const text = native.decode(bytes, { stream: true });
      if (!text.includes('\uFFFD')) {
        held = incompleteTail(held.length > 0 && bytes.length < 4 ? concat(held, bytes) : bytes);
        atStart = false;
        return text;
      }
      const mixed = decodeMixed(concat(held, bytes), false, atStart);
      atStart = false;
      held = mixed.rest;
      // Start a native decoder afresh from what this chunk left incomplete.
      native = new TextDecoder('utf-8', { ignoreBOM: true });
      if (held.length > 0) native.decode(held, { stream: true });
      return mixed.text;
    },
    end() {
      const text = native.decode();
      if (!text.includes('\uFFFD')) return text;
      return decodeMixed(held, true, atStart).text;
    },
  };
}
