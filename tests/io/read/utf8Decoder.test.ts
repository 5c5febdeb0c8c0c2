import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createUtf8Decoder } from '../../../src/io/read/utf8Decoder';
import { anyVietnameseName } from '../../vn/text/vietnameseNames';
import { windows1258Form } from './support';

/** Decodes `bytes` cut at `cuts` (positions, any order, duplicates allowed). */
function decodeInChunks(bytes: Uint8Array, cuts: number[]): string {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const decoder = createUtf8Decoder();
  let text = '';
  let from = 0;
  for (const p of [...points, bytes.length]) {
    text += decoder.write(bytes.subarray(from, p));
    from = p;
  }
  return text + decoder.end();
}

const windows1258 = (text: string) => new Uint8Array(iconv.encode(windows1258Form(text), 'windows1258'));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe('createUtf8Decoder', () => {
  it.each([
    ['UTF-8', utf8('Nguyễn Văn An'), 'Nguyễn Văn An'],
    ['a byte order mark is dropped', join(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('Lê')), 'Lê'],
    ['a Windows-1258 name after UTF-8', join(utf8('Nguyễn,'), new Uint8Array([0x54, 0x72, 0xe2, 0xcc, 0x6e])), 'Nguyễn,Trâ\u0300n'],
    ['U+FFFD written in the file stays', utf8('a\uFFFDb'), 'a\uFFFDb'],
    ['a lone continuation byte', new Uint8Array([0x41, 0x80, 0x42]), 'A€B'],
    ['a sequence cut by the end of the input', new Uint8Array([0x41, 0xe1, 0xbb]), `A${iconv.decode(Buffer.from([0xe1]), 'windows1258')}${iconv.decode(Buffer.from([0xbb]), 'windows1258')}`],
    ['an overlong form is not UTF-8', new Uint8Array([0xc0, 0xaf]), iconv.decode(Buffer.from([0xc0, 0xaf]), 'windows1258')],
  ])('%s', (_, bytes, text) => {
    expect(decodeInChunks(bytes, [])).toBe(text);
  });

  it('gives what TextDecoder gives for any UTF-8 text, however it is cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const bytes = utf8(text);
        expect(decodeInChunks(bytes, cuts)).toBe(new TextDecoder().decode(bytes));
      }),
    );
  });

  it('reads Vietnamese names in Windows-1258 between UTF-8 lines as the code page says, however the bytes are cut', () => {
    const line = fc.tuple(anyVietnameseName, fc.boolean());
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 8 }), (lines, cuts) => {
        const bytes = join(...lines.map(([name, legacy]) => (legacy ? windows1258(`${name}\n`) : utf8(`${name}\n`))));
        const expected = lines.map(([name, legacy]) => (legacy ? iconv.decode(Buffer.from(windows1258(name)), 'windows1258') : name)).join('\n') + '\n';
        expect(decodeInChunks(bytes, cuts)).toBe(expected);
        expect(decodeInChunks(bytes, cuts).normalize('NFC')).toBe(lines.map(([name]) => name.normalize('NFC')).join('\n') + '\n');
      }),
    );
  });
});
