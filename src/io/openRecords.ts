import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { InputRecord } from './inputRecord';
import type { CsvBlockPlan } from './read/csvBlocks';
import type { FooterInfo } from './read/footerRows';
import type { HeaderInfo } from './read/headerRow';
import { FORMAT_BY_EXTENSION, openInput, type InputEncoding, type InputFormat } from './read/openInput';

export interface RecordSourceOptions {
  format?: InputFormat;
  encoding?: InputEncoding;
  delimiter?: string;
  sheet?: string | number;
  /** Row number of the first record (default 1): a shard's rows numbered as in the whole dataset. See `OpenInputOptions.firstRow`. */
  firstRow?: number;
  /**
   * CSV/TSV and XLSX: the header is this row, counted from 1 among the non-blank rows; the rows above it are skipped.
   * Default: found among the first 30 rows (rows of empty cells not counted): the one naming the most fields of the
   * profile, at least two, and holding no data-like cell (6 or more digits); else the first row. See
   * `OpenInputOptions.headerRow`.
   */
  headerRow?: number;
}

export interface OpenRecordsOptions extends RecordSourceOptions {
  /** See `OpenInputOptions.csvPlan`. */
  csvPlan?: CsvBlockPlan;
  /** See `OpenInputOptions.columnMaps`. */
  columnMaps?: (name: string) => boolean;
  /** See `OpenInputOptions.onHeader`. */
  onHeader?: (info: HeaderInfo) => void;
  /** See `OpenInputOptions.onFooter`. */
  onFooter?: (info: FooterInfo) => void;
}

export interface RecordSource {
  records: AsyncIterable<InputRecord>;
  /** The CSV delimiter, when the input is delimited text. */
  delimiter: string | null;
  format: InputFormat;
}

// The stream handed to the readers is the byte-counting one (for progress), so the file's name no longer travels
// with it: its extension is read here instead.

/** Opens the records of an input stream, in any supported format. `path` (when known) lets the format follow the file's extension. */
export async function openRecords(stream: Readable, options: OpenRecordsOptions, path: string | null): Promise<RecordSource> {
  const hint = path === null ? undefined : FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  const source = await openInput(stream, {
    format: options.format ?? hint?.format,
    encoding: options.encoding,
    delimiter: options.delimiter ?? hint?.delimiter,
    sheet: options.sheet,
    csvPlan: options.csvPlan,
    firstRow: options.firstRow,
    headerRow: options.headerRow,
    columnMaps: options.columnMaps,
    onHeader: options.onHeader,
    onFooter: options.onFooter,
  });
  return { records: source.records, delimiter: source.delimiter, format: source.format };
}
