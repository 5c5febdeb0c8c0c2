import { InputError } from '../inputError';
import type { InputRecord } from '../inputRecord';
import { createCsvRowParser } from './csvRowParser';
import type { CsvRow } from './csvRowParser';
import { createTextDecoder } from './inputEncoding';
import type { InputEncoding } from './inputEncoding';
import { csvInputRecord, encodedLength, leaveOutFooter, lineFeedBlocks, recordCells, splitsAtLineFeeds, type CsvBlockPlan } from './csvBlocks';
import { createFooterWatch, JUST_THIS_ROW, type FooterInfo } from './footerRows';
import { columnNames, createHeaderProbe, isColumnNumberRow, type HeaderFound, type HeaderInfo, type HeaderSearch } from './headerRow';
import { subHeaderNames } from './subHeaderRow';

export interface CsvReadOptions extends HeaderSearch {
  encoding: InputEncoding;
  delimiter: string;
  /**
   * Filled, as the read goes, with the blocks the file splits into (UTF-8 and Windows-1258 only; left empty for
   * UTF-16), so that a second read can parse them apart, in workers (`readCsvBlock`).
   */
  plan?: CsvBlockPlan;
  /** Row number of the first record (default 1); the plan's blocks number their rows the same way. */
  firstRow?: number;
  /** Every CR ends a line (a classic Mac OS file, which has no LF): no plan then, as blocks are cut at LFs. */
  crLines?: boolean;
  /** Called once, before the first record, with where the header was and which rows were left out. */
  onHeader?: (info: HeaderInfo) => void;
  /** Called once, when the input has been read to its end, with the footer left out (`footerRows` 0: none). */
  onFooter?: (info: FooterInfo) => void;
}

/**
 * Streams the records of CSV/TSV bytes: one row names the columns, every further row is one record (blank lines are
 * skipped and not counted). Each record is a null-prototype object, column → cell text.
 * A ragged row yields its record with `input.ragged-row`; a row with a broken quote yields the record read from its
 * own line with `input.broken-quote`. Windows-1258 cells are composed to NFC (the code page writes tone marks as
 * combining characters); other encodings are passed through untouched, so NFD text stays visible to the rules.
 *
 * The header is the first non-blank row, unless `headerRow` names another (counting only the rows with a non-empty
 * cell; the rows above it are skipped) or `columnMaps` is given: then it is chosen among the first 30 such rows by
 * the rules of `headerRow.ts` (no cell with 6 digits or more, the most fields named, at least two), the first row
 * when none qualifies. Under a header so found or named, the header's second row (the names under merged cells: the
 * rules of `subHeaderRow.ts`) and a column-number row (`(1),(2),…`) are skipped too, and so is a footer that ends
 * the table (place and date, signers: the rules of `footerRows.ts`).
 *
 * @throws InputError when there is no header row (the input holds nothing but blank lines, or fewer rows than
 *   `headerRow`).
 * @example
 * for await (const { row, record } of readCsvRecords(chunks, { encoding: 'utf-8', delimiter: ';' })) console.log(row, record);
 */
export async function* readCsvRecords(chunks: AsyncIterable<Uint8Array>, options: CsvReadOptions): AsyncGenerator<InputRecord> {
  const crLines = options.crLines === true;
  const byLines = splitsAtLineFeeds(options.encoding) && !crLines;
  const plan = byLines ? options.plan : undefined;
  const texts = decodedTexts(byLines ? lineFeedBlocks(chunks) : chunks, options.encoding, crLines);

  // Where the header is: found by a probe of the first rows (the texts it read are read again below), named (the
  // probe counts the rows to it), or the first row. Known before the reading parser starts, which takes the header's
  // width (see createHeaderProbe).
  const probed: DecodedText[] = [];
  let ended = false;
  let found: HeaderFound | null = { index: 0, row: 1, named: false };
  const searching = options.headerRow !== undefined || options.columnMaps !== undefined;
  if (searching) {
    const probe = createHeaderProbe(options.delimiter, options);
    for (let decided: HeaderFound | null = null; decided === null && !ended; ) {
      const item = await texts.next();
      if (item.done) {
        ended = true;
        decided = probe.end();
      } else {
        probed.push(item.value);
        decided = probe.push(item.value.text);
      }
      found = decided;
    }
    if (found === null) {
      const rows = probe.counted();
      throw new InputError(`the header row asked for (--header-row / headerRow ${options.headerRow}) is beyond the input, which has ${rows} non-blank row${rows === 1 ? '' : 's'}`, {
        vi: `dòng tiêu đề được chỉ định (--header-row / headerRow ${options.headerRow}) vượt quá đầu vào, vốn chỉ có ${rows} dòng không trống`,
      });
    }
  }
  const titleRows = found.index;
  // The header's number for the user: one less when the search chose the second row of a two-row header.
  let headerRow = found.row;
  // The two-row header is looked for under a header found or named, and above one the search chose.
  const columnMaps = searching && found.named ? options.columnMaps : undefined;
  const lookAbove = columnMaps !== undefined && options.headerRow === undefined;
  const parser = createCsvRowParser({ delimiter: options.delimiter, headerIndex: titleRows });

  let header: string[] | null = null;
  // Its cells as read: the column-number row numbers the non-empty ones (see isColumnNumberRow); with a second
  // header row, the cell that names each column.
  let headerCells: readonly string[] = [];
  // The rows before the first record: the title rows, the header and, under a header found or named, the rows after
  // it (its second row, a column-number row, the first record). No block is planned until it ends, so the first
  // block holds all of it and a worker skips the same rows (`readCsvBlock`).
  let prelude = true;
  let skipped = 0;
  // The title row right above the header: the top row of a two-row header whose second row the search chose.
  let aboveHeader: readonly string[] | null = null;
  // The header has a second row: the one the parser took as the header (the top row is a title row), or the one
  // right under it (`underHeader`: a row more for a worker to skip).
  let subHeaderRow = false;
  let underHeader = false;
  let numberingRow = false;
  const settle = () => {
    prelude = false;
    if (plan) {
      plan.titleRows = titleRows;
      plan.subHeaderRow = underHeader;
      plan.numberingRow = numberingRow;
    }
    options.onHeader?.({ headerRow, skippedRows: headerRow - 1, subHeaderRow, numberingRow });
  };
  let row = (options.firstRow ?? 1) - 1;
  // The footer is looked for when the header is (the same forms have both): its candidate rows are held, numbered.
  const footer = searching ? createFooterWatch<InputRecord>() : null;
  let footerRows = 0;
  // Where the text the parser holds back starts, in bytes, and where the bytes read so far end; the first record
  // and whether the header are in the block being gathered.
  let heldFrom = 0;
  let readTo = 0;
  let blockFirstRow = row + 1;
  let blockHeader = false;

  // One loop over each chunk's rows, inline: delegating to a sync generator costs an extra promise per record.
  let rows: CsvRow[] = [];
  const items = probed.length > 0 || ended ? replayed(probed, ended ? null : texts) : texts;
  for (let item = await items.next(); ; item = await items.next()) {
    rows = item.done ? parser.end() : parser.push(item.value.text);
    if (!item.done) readTo += item.value.bytes;
    for (let k = 0; k < rows.length; k++) {
      const parsed = rows[k]!;
      const cells = recordCells(parsed, options.encoding);
      if (prelude) {
        if (header === null) {
          if (skipped < titleRows) {
            skipped += 1;
            if (skipped === titleRows && lookAbove) aboveHeader = cells;
            continue;
          }
          headerCells = cells;
          header = columnNames(cells);
          blockHeader = true;
          const twoRows = aboveHeader === null ? null : subHeaderNames(aboveHeader, cells, columnMaps!, cells.length);
          if (twoRows !== null) {
            ({ names: header, cells: headerCells } = twoRows);
            subHeaderRow = true;
            headerRow -= 1;
          }
          if (plan) plan.header = header;
          // The first row taken for want of a better one: read on exactly as without a search.
          if (!found.named) settle();
          continue;
        }
        numberingRow = isColumnNumberRow(cells, headerCells);
        const twoRows = numberingRow || subHeaderRow || columnMaps === undefined ? null : subHeaderNames(headerCells, cells, columnMaps, headerCells.length);
        if (twoRows !== null) {
          ({ names: header, cells: headerCells } = twoRows);
          subHeaderRow = underHeader = true;
          if (plan) plan.header = header;
          continue;
        }
        settle();
        if (numberingRow) continue;
      }
      row += 1;
      const record = csvInputRecord(parsed, cells, header!, row);
      const released = footer === null ? JUST_THIS_ROW : footer.push(cells, record);
      if (released === JUST_THIS_ROW) yield record;
      else for (const ready of released) yield ready;
    }
    if (item.done && footer !== null) {
      const end = footer.end();
      for (const ready of end.records) yield ready;
      footerRows = end.footerRows;
    }
    if (plan) {
      if (item.done) {
        if (rows.length > 0 || heldFrom < readTo) plan.blocks.push({ start: heldFrom, end: readTo, firstRow: blockFirstRow, rows: row - blockFirstRow + 1, header: blockHeader, final: true });
        else if (plan.blocks.length > 0) plan.blocks[plan.blocks.length - 1]!.final = true;
        // The blocks counted the footer's rows as records, not known to be a footer until now.
        leaveOutFooter(plan.blocks, footerRows);
      } else if (rows.length > 0 && !prelude) {
        // The block is all the text the parser had, held-back tail included: a row's reading may have looked
        // ahead into it. The next block starts where that tail does.
        plan.blocks.push({ start: heldFrom, end: readTo, firstRow: blockFirstRow, rows: row - blockFirstRow + 1, header: blockHeader, final: false });
        heldFrom = readTo - encodedLength(parser.pending(), options.encoding);
        blockFirstRow = row + 1;
        blockHeader = false;
      }
    }
    if (item.done) break;
  }
  if (header === null) {
    throw new InputError('the input has no header row (it holds nothing but blank lines)', { vi: 'đầu vào không có dòng tiêu đề (chỉ có dòng trống)' });
  }
  // A header found or named with nothing under it.
  if (prelude) settle();
  options.onFooter?.({ footerRow: row - footerRows + 1, footerRows });
}

interface DecodedText {
  text: string;
  bytes: number;
}

/** The texts the header probe read, then the rest (`rest` null: the input had ended). */
async function* replayed(probed: readonly DecodedText[], rest: AsyncGenerator<DecodedText> | null): AsyncGenerator<DecodedText> {
  yield* probed;
  if (rest !== null) yield* rest;
}

/**
 * The decoded text of each chunk with its byte count, then whatever the decoder held back; empty texts are skipped.
 * With `crLines`, every CR is a line feed.
 */
async function* decodedTexts(chunks: AsyncIterable<Uint8Array>, encoding: InputEncoding, crLines = false): AsyncGenerator<DecodedText> {
  const decoder = createTextDecoder(encoding);
  let bytes = 0;
  for await (const chunk of chunks) {
    const decoded = decoder.write(chunk);
    const text = crLines ? decoded.replaceAll('\r', '\n') : decoded;
    bytes += chunk.length;
    if (text.length > 0) {
      yield { text, bytes };
      bytes = 0;
    }
  }
  const rest = crLines ? decoder.end().replaceAll('\r', '\n') : decoder.end();
  if (rest.length > 0 || bytes > 0) yield { text: rest, bytes };
}
