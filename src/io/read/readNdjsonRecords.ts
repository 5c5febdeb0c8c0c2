import type { InputRecord } from '../inputRecord';
import { createTextDecoder } from './inputEncoding';
import type { InputEncoding } from './inputEncoding';
import { invalidJson } from './inputProblems';
import { toRecord } from './toRecord';

/**
 * Streams the records of NDJSON (JSON Lines): one JSON value per line, blank lines skipped and not counted.
 * A line that is not valid JSON yields the record `null` with `input.invalid-json`; a value that is not an object
 * (number, string, array) is the record as it is, for the engine to report as `input.not-object`.
 *
 * @example
 * for await (const { row, record } of readNdjsonRecords(chunks, 'utf-8')) console.log(row, record);
 */
export async function* readNdjsonRecords(chunks: AsyncIterable<Uint8Array>, encoding: InputEncoding, firstRow = 1): AsyncGenerator<InputRecord> {
  const decoder = createTextDecoder(encoding);
  let pending = '';
  let row = firstRow - 1;
  function* lines(text: string, final: boolean): Generator<InputRecord> {
    const buffer = pending + text;
    let start = 0;
    for (;;) {
      const newline = buffer.indexOf('\n', start);
      if (newline < 0 && !final) break;
      const end = newline < 0 ? buffer.length : newline;
      const line = buffer.slice(start, end).trim();
      start = end + 1;
      if (line.length > 0) {
        row += 1;
        try {
          yield { row, record: toRecord(JSON.parse(line)) };
        } catch (error) {
          yield { row, record: null, inputProblem: invalidJson((error as Error).message) };
        }
      }
      if (newline < 0) break;
    }
    pending = start >= buffer.length ? '' : buffer.slice(start);
  }
  for await (const bytes of chunks) yield* lines(decoder.write(bytes), false);
  yield* lines(decoder.end(), true);
}
