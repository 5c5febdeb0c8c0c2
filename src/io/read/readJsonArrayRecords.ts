import { InputError } from '../inputError';
import type { InputRecord } from '../inputRecord';
import { createTextDecoder } from './inputEncoding';
import type { InputEncoding } from './inputEncoding';
import { invalidJson } from './inputProblems';
import { toRecord } from './toRecord';

const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;

/**
 * Streams the elements of a top-level JSON array, one record each, in order; memory holds one element at a time.
 * An incremental scanner finds where each element ends (depth and strings tracked across chunks) and `JSON.parse`
 * reads it, so an element that is not valid JSON costs only itself: it yields `null` with `input.invalid-json`.
 * A non-object element is the record as it is (the engine reports `input.not-object`). `[]` is zero records.
 * A trailing comma before `]` is tolerated; an input cut off inside the array yields what it holds, the cut
 * element (if any) as `input.invalid-json`.
 *
 * Why not stream-json: its token stream then reassembly costs more per element than `JSON.parse` on the element's
 * text, and a syntax error anywhere stops it for good, losing every later record.
 *
 * @throws InputError when the top-level value is not an array, or text follows the closing `]`.
 * @example
 * for await (const { row, record } of readJsonArrayRecords(chunks, 'utf-8')) console.log(row, record);
 */
export async function* readJsonArrayRecords(chunks: AsyncIterable<Uint8Array>, encoding: InputEncoding, firstRow = 1): AsyncGenerator<InputRecord> {
  const decoder = createTextDecoder(encoding);
  let buffer = '';
  let phase: 'before' | 'elements' | 'after' = 'before';
  let scan = 0; // where the element scan resumes
  let depth = 0;
  let inString = false;
  let escaped = false;
  let row = 0; // elements read so far; the record's number counts from `firstRow`

  function element(text: string): InputRecord {
    row += 1;
    try {
      return { row: firstRow - 1 + row, record: toRecord(JSON.parse(text)) };
    } catch (error) {
      return { row: firstRow - 1 + row, record: null, inputProblem: invalidJson((error as Error).message) };
    }
  }

  function* consume(final: boolean): Generator<InputRecord> {
    if (phase === 'before') {
      const start = buffer.search(/\S/);
      if (start < 0) {
        buffer = '';
        return;
      }
      if (buffer.charCodeAt(start) !== OPEN_BRACKET) {
        throw new InputError(`the JSON input is not an array (it starts with ${JSON.stringify(buffer.slice(start, start + 20))}); give an array of records, or NDJSON`, {
          vi: 'đầu vào JSON không phải một mảng: hãy đưa một mảng bản ghi, hoặc NDJSON',
        });
      }
      phase = 'elements';
      buffer = buffer.slice(start + 1);
      scan = 0;
    }
    if (phase === 'elements') {
      let start = 0; // the current element starts here (after the previous comma)
      for (let i = scan; i < buffer.length; i++) {
        const code = buffer.charCodeAt(i);
        if (inString) {
          if (escaped) escaped = false;
          else if (code === BACKSLASH) escaped = true;
          else if (code === QUOTE) inString = false;
        } else if (code === QUOTE) inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
        else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && depth > 0) depth--;
        else if (depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
          const text = buffer.slice(start, i).trim();
          const trailingComma = code === CLOSE_BRACKET && text === '' && (start > 0 || row > 0);
          const emptyArray = code === CLOSE_BRACKET && text === '' && start === 0 && row === 0;
          if (!trailingComma && !emptyArray) yield element(text);
          start = i + 1;
          if (code === CLOSE_BRACKET) {
            phase = 'after';
            break;
          }
        }
      }
      if (phase === 'elements') {
        scan = buffer.length - start;
        buffer = buffer.slice(start);
        if (final && buffer.trim() !== '') yield element(buffer.trim());
        return;
      }
      buffer = buffer.slice(start);
    }
    if (phase === 'after' && buffer.trim() !== '') {
      // Not quoted: the text may be a record's data, and error lines end up in CI logs.
      throw new InputError(`the JSON input has text after its closing ']' (${buffer.trim().length} characters or more)`, { vi: `đầu vào JSON còn văn bản sau dấu ']' đóng mảng (từ ${buffer.trim().length} ký tự)` });
    }
    buffer = '';
  }

  let sawText = false;
  for await (const bytes of chunks) {
    const text = decoder.write(bytes);
    if (text.length === 0) continue;
    buffer += text;
    sawText ||= /\S/.test(text);
    yield* consume(false);
  }
  buffer += decoder.end();
  yield* consume(true);
  if (phase === 'before') {
    throw sawText
      ? new InputError('the JSON input is not an array', { vi: 'đầu vào JSON không phải một mảng' })
      : new InputError('the input is empty (no JSON value)', { vi: 'đầu vào rỗng (không có giá trị JSON)' });
  }
}
