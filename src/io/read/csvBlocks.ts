import { InputError } from '../inputError';
import type { InputRecord } from '../inputRecord';
import { createCsvRowParser, type CsvRow } from './csvRowParser';
import { createTextDecoder, type InputEncoding } from './inputEncoding';
import { brokenQuote, raggedRow } from './inputProblems';

/**
 * A stretch of a CSV file's bytes that a fresh parser turns into exactly the rows the streaming read found there.
 *
 * Why this holds: the parser's only state between two `push` calls is the text it held back (the start of a row) and
 * the header's width, and a row it completes was decided on text it had, so it is decided the same way when more
 * text follows. Cutting the bytes at line feeds keeps every character whole (UTF-8 and Windows-1258 never use the
 * byte 0x0A inside a character), so the text of `[start, end)` decodes alone to what the streaming decoder gave.
 */
export interface CsvBlock {
  /** Byte offset of the first character: the start of a row (or of the file). */
  start: number;
  /**
   * Byte offset just past the last byte read when the block's rows were found. It may run into the next block: the
   * held-back start of a row whose end was not yet known (a row's reading may look ahead).
   */
  end: number;
  /** Row number of the first record completed here (1-based, header excluded). */
  firstRow: number;
  /** Records completed here (the header not counted). */
  rows: number;
  /**
   * The header row is completed here: parse it as the header (its width is not known yet) and skip it, with the
   * rows above it, its second row and a column-number row under it (the plan's `titleRows`, `subHeaderRow` and
   * `numberingRow`), which the streaming read puts in this block too.
   */
  header: boolean;
  /** The file's last block: the parser is told the input ended. */
  final: boolean;
  /**
   * Rows of the table's footer (the signature block, `footerRows.ts`) completed here, after the block's records:
   * not records, left out as the streaming read left them out. Absent: none. Only the last blocks have any.
   */
  footerRows?: number;
}

/** How a CSV file splits into blocks that can be parsed apart, in any thread: found by a first streaming read. */
export interface CsvBlockPlan {
  encoding: InputEncoding;
  delimiter: string;
  header: string[];
  /**
   * Rows above the header (a form's title block) as the parser yields them, rows of empty cells (`,,,,`) included,
   * blank lines not: not records. Default 0.
   */
  titleRows?: number;
  /**
   * The row right under the header row (the one the parser takes, after `titleRows`) is the header's second row
   * (`subHeaderRow.ts`; `header` holds the names of both): not a record. Default false. When the search chose the
   * second row itself, the top row is one of the `titleRows` and this is false: a worker skips the same rows.
   */
  subHeaderRow?: boolean;
  /** The row right under the header (under its second row, if any) numbers the columns (`(1),(2),…`): not a record. Default false. */
  numberingRow?: boolean;
  blocks: CsvBlock[];
}

/** What a block's parse needs of its plan (a worker gets this, not the list of blocks). */
export type CsvBlockLayout = Pick<CsvBlockPlan, 'encoding' | 'delimiter' | 'header' | 'titleRows' | 'subHeaderRow' | 'numberingRow'>;

/** The encodings whose bytes can be cut at a line feed without cutting a character. */
export function splitsAtLineFeeds(encoding: InputEncoding): boolean {
  return encoding === 'utf-8' || encoding === 'windows-1258';
}

const LF = 10;

/**
 * Regroups byte chunks so that each ends just after a line feed (the last one ends where the input ends).
 * A chunk without a line feed is carried into the next, so a line longer than a chunk is never cut.
 */
export async function* lineFeedBlocks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array | null = null;
  for await (const chunk of chunks) {
    const bytes: Uint8Array = carry === null ? chunk : Buffer.concat([carry, chunk]);
    const lastLf = bytes.lastIndexOf(LF);
    if (lastLf < 0) {
      carry = bytes;
      continue;
    }
    if (lastLf + 1 < bytes.length) {
      carry = bytes.subarray(lastLf + 1);
      yield bytes.subarray(0, lastLf + 1);
    } else {
      carry = null;
      yield bytes;
    }
  }
  if (carry !== null && carry.length > 0) yield carry;
}

/** Byte length of text held back by the parser, in an encoding that splits at line feeds. */
export function encodedLength(text: string, encoding: InputEncoding): number {
  // Windows-1258 decodes one byte to one UTF-16 code unit.
  return encoding === 'utf-8' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/**
 * A row's cells as records hold them. Windows-1258 writes tone marks as combining characters, so its cells are
 * composed to NFC; other encodings are passed through untouched (NFD text stays visible to the rules).
 */
export function recordCells(parsed: CsvRow, encoding: InputEncoding): readonly string[] {
  return encoding === 'windows-1258' ? parsed.cells.map((c) => c.normalize('NFC')) : parsed.cells;
}

/**
 * The record of one parsed row: a null-prototype object, column → cell text, with its reading problem if any.
 * Shared by the streaming read and the block replay, so both give the same records.
 */
export function csvInputRecord(parsed: CsvRow, cells: readonly string[], header: readonly string[], row: number): InputRecord {
  const record: Record<string, string> = Object.create(null);
  const n = cells.length < header.length ? cells.length : header.length;
  for (let i = 0; i < n; i++) record[header[i]!] = cells[i]!;
  if (parsed.brokenQuote) return { row, record, inputProblem: brokenQuote() };
  if (cells.length !== header.length) return { row, record, inputProblem: raggedRow(cells.length, header.length) };
  return { row, record };
}

/**
 * Parses one block of a plan on its own (a worker's job): the same records, with the same row numbers, as the
 * streaming read that made the plan.
 *
 * @throws InputError when the block does not hold the records the plan says (the file changed between the two reads).
 */
export function readCsvBlock(bytes: Uint8Array, block: CsvBlock, plan: CsvBlockLayout): InputRecord[] {
  const decoder = createTextDecoder(plan.encoding);
  const text = decoder.write(bytes) + decoder.end();
  // The header block starts the file: its parser, like the streaming one, reads the title rows with no expected
  // width and takes the header's (ADR 0010 holds: same text, same state, same rows).
  const titleRows = block.header ? (plan.titleRows ?? 0) : 0;
  const parser = createCsvRowParser({ delimiter: plan.delimiter, expectedCells: block.header ? undefined : plan.header.length, headerIndex: titleRows });
  const rows = parser.push(text);
  // The streaming read completed these rows with no more text than this; the held-back tail belongs to the next block.
  if (block.final) for (const row of parser.end()) rows.push(row);
  const records: InputRecord[] = [];
  let row = block.firstRow;
  // Not records: the title rows, the header, its second row and a column-number row under it; at the end, the
  // footer's rows.
  const skip = block.header ? titleRows + 1 + (plan.subHeaderRow === true ? 1 : 0) + (plan.numberingRow === true ? 1 : 0) : 0;
  const footerRows = block.footerRows ?? 0;
  for (let k = skip; k < rows.length - footerRows; k++) {
    const parsed = rows[k]!;
    records.push(csvInputRecord(parsed, recordCells(parsed, plan.encoding), plan.header, row++));
  }
  if (records.length !== block.rows || rows.length !== skip + block.rows + footerRows) {
    throw new InputError(`the input changed while it was being audited: bytes ${block.start}–${block.end} no longer hold rows ${block.firstRow}–${block.firstRow + block.rows - 1}`, {
      vi: `đầu vào đã thay đổi trong lúc kiểm tra: byte ${block.start}–${block.end} không còn chứa các dòng ${block.firstRow}–${block.firstRow + block.rows - 1}`,
    });
  }
  return records;
}

/**
 * Two blocks that follow each other as one: its text is theirs, overlap counted once. Equivalent because the parser
 * decides a row on the text it has, and more text after it changes nothing (tested with `readCsvBlock`).
 */
export function joinBlocks(first: CsvBlock, next: CsvBlock): CsvBlock {
  const joined: CsvBlock = { start: first.start, end: next.end, firstRow: first.firstRow, rows: first.rows + next.rows, header: first.header || next.header, final: next.final };
  // The footer ends the file: a block holding some of it is followed only by blocks that hold nothing else.
  const footerRows = (first.footerRows ?? 0) + (next.footerRows ?? 0);
  if (footerRows > 0) joined.footerRows = footerRows;
  return joined;
}

/**
 * Marks the last `footerRows` rows the plan counted as records as the footer's instead (the streaming read found
 * them to be one when the input ended), in the blocks that hold them: the workers leave out what it left out.
 */
export function leaveOutFooter(blocks: CsvBlock[], footerRows: number): void {
  let left = footerRows;
  for (let k = blocks.length - 1; k >= 0 && left > 0; k--) {
    const block = blocks[k]!;
    const moved = Math.min(left, block.rows);
    if (moved === 0) continue;
    block.rows -= moved;
    block.footerRows = (block.footerRows ?? 0) + moved;
    left -= moved;
  }
}
