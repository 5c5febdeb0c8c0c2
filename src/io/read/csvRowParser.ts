/**
 * One parsed CSV row: its cells, and whether a quote in it was broken (unterminated or malformed).
 */
export interface CsvRow {
  cells: string[];
  brokenQuote: boolean;
}

export interface CsvRowParserOptions {
  /** The cell delimiter: one character (comma, semicolon, tab, pipe …). */
  delimiter: string;
  /**
   * How many line breaks a quoted field may hold before it counts as an unterminated quote. Real addresses and
   * notes hold a handful; a stray quote otherwise swallows the rest of the file.
   */
  maxQuotedLines?: number;
  /**
   * Cells a well-formed row has: a row of another width that holds quotes is checked for a stray quote.
   * Default: the width of the header row (see `headerIndex`).
   */
  expectedCells?: number;
  /**
   * Which row is the header, counted from 0 among the rows completed (default 0, the first), when `expectedCells`
   * is not given: its width becomes the expected one. The rows before it (the title block of a Vietnamese form:
   * agency, national motto, title) are read with no expected width, since theirs says nothing about the table's.
   * `Infinity`: no row sets it (a probe that looks for the header).
   */
  headerIndex?: number;
}

/** An incremental CSV parser: feed decoded text with `push`, finish with `end`; each returns the rows completed. */
export interface CsvRowParser {
  push(text: string): CsvRow[];
  end(): CsvRow[];
  /** The text held back after the last `push`: the start of a row that needs more text to tell where it ends. */
  pending(): string;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const DEFAULT_MAX_QUOTED_LINES = 64;
/** Stray quotes tried as literal characters in one row before the row is split on the delimiter as plain text. */
const MAX_RETRIES = 8;
const NO_BLAME: number[] = [];

/** What parsing a row with quotes found. `blame`: opening quotes that, taken literally, may mend the row, likeliest first. */
type QuotedOutcome =
  | { kind: 'row'; cells: string[]; next: number; malformed: boolean; suspect: boolean; blame: number[] }
  | { kind: 'more' }
  | { kind: 'broken'; blame: number[] };

/**
 * Creates a streaming CSV parser (RFC 4180 quoting; LF, CRLF or both) that never loses a record to a bad quote.
 *
 * Why by hand: ADR 0005 — the libraries are slower on citizen exports, and none recovers from an unterminated
 * quote at the next row while keeping record numbers exact.
 *
 * Rules, in the order they matter:
 * - A line without a quote is split on the delimiter (the fast path: most lines of a citizen export).
 * - Blank lines (nothing but a line end) are skipped: they are not records.
 * - A quote inside an unquoted cell is text (`TV 12"`). A quoted cell may hold delimiters, `""` and line breaks;
 *   a quote in it that is followed by neither a delimiter nor a line end is kept as text and flags the row.
 * - Recovery from a stray opening quote, which otherwise swallows the rows after it: when a quoted cell is never
 *   closed (end of input, or more than `maxQuotedLines` line breaks), or meets a quote where a cell opens on a
 *   later line, its opening quote is taken as a literal character and the row is parsed again from its start.
 *   A row that spans lines or has the wrong width and holds a doubtful quote is parsed again the same way, and the
 *   new reading is kept when it has the header's width. Mended rows are flagged `brokenQuote`; the rows after them
 *   are untouched, so record numbers stay exact. One case stays ambiguous and is not mended: a stray quote whose
 *   cell is followed by a quoted cell that *begins* with a delimiter or a line break (`"x,"\n…"` reads as the
 *   valid cell `x,`); see the README of this folder.
 *
 * @example
 * const parser = createCsvRowParser({ delimiter: ';' });
 * parser.push('so_cccd;ho_ten\n001099012345;"Nguyễn Văn An"\n');
 * // → [{ cells: ['so_cccd', 'ho_ten'], brokenQuote: false }, { cells: ['001099012345', 'Nguyễn Văn An'], brokenQuote: false }]
 */
export function createCsvRowParser(options: CsvRowParserOptions): CsvRowParser {
  const delimiter = options.delimiter;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new RangeError(`the CSV delimiter must be one character other than a quote or a line break, not ${JSON.stringify(delimiter)}`);
  }
  const delimiterCode = delimiter.charCodeAt(0);
  const maxQuotedLines = options.maxQuotedLines ?? DEFAULT_MAX_QUOTED_LINES;
  let expectedCells = options.expectedCells ?? 0;
  const headerIndex = options.headerIndex ?? 0;
  // Rows completed while the expected width is not known yet: the header is row `headerIndex` of them.
  let rowsBeforeWidth = 0;
  let buffer = '';

  /** The physical line from `start`, split on the delimiter with quotes as plain characters: the last resort. */
  function literalLine(start: number): { cells: string[]; next: number } {
    const newline = buffer.indexOf('\n', start);
    let end = newline < 0 ? buffer.length : newline;
    if (end > start && buffer.charCodeAt(end - 1) === CR) end--;
    return { cells: buffer.slice(start, end).split(delimiter), next: newline < 0 ? buffer.length : newline + 1 };
  }

  // The next line feed at or after some position, cached: rows with quoted cells ask for it once per cell.
  // Valid for any position in [newlineFrom, newlineAt]: a re-parse goes back to a row's start.
  let newlineFrom = -1;
  let newlineAt = -1;
  function nextNewline(from: number): number {
    if (from < newlineFrom || newlineAt < from) {
      newlineFrom = from;
      newlineAt = buffer.indexOf('\n', from);
      if (newlineAt < 0) newlineAt = Number.POSITIVE_INFINITY;
    }
    return newlineAt;
  }

  function countLineBreaks(from: number, to: number, limit: number): number {
    let count = 0;
    for (let i = nextNewline(from); i < to; i = nextNewline(i + 1)) {
      if (++count > limit) break;
    }
    return count;
  }

  /** Parses the row starting at `start`; the quotes at the positions in `literal` open no quoted cell. */
  function parseQuotedRow(start: number, final: boolean, literal: readonly number[]): QuotedOutcome {
    const cells: string[] = [];
    let i = start;
    let lineBreaks = 0;
    let malformed = false;
    let doubtfulQuote = false; // a quote inside an unquoted cell
    let firstQuoted = -1;
    let firstMultiLine = -1;
    let firstMalformed = -1;
    for (;;) {
      if (i < buffer.length && buffer.charCodeAt(i) === QUOTE && !literal.includes(i)) {
        // A quoted cell: collect its pieces between escaped quotes.
        const openedAt = i;
        if (firstQuoted < 0) firstQuoted = openedAt;
        let value = '';
        let from = i + 1;
        for (;;) {
          const quote = buffer.indexOf('"', from);
          const breaks = countLineBreaks(from, quote < 0 ? buffer.length : quote, maxQuotedLines + 1);
          if (breaks > 0) {
            lineBreaks += breaks;
            if (firstMultiLine < 0) firstMultiLine = openedAt;
          }
          if (lineBreaks > maxQuotedLines) return { kind: 'broken', blame: [openedAt] };
          if (quote < 0) return final ? { kind: 'broken', blame: [openedAt] } : { kind: 'more' };
          if (quote + 1 >= buffer.length && !final) return { kind: 'more' };
          const after = quote + 1 < buffer.length ? buffer.charCodeAt(quote + 1) : -1;
          if (after === QUOTE) {
            value += buffer.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          if (after === CR && quote + 2 >= buffer.length && !final) return { kind: 'more' };
          const closes = after === -1 || after === delimiterCode || after === LF || (after === CR && (quote + 2 >= buffer.length || buffer.charCodeAt(quote + 2) === LF));
          if (closes) {
            value += buffer.slice(from, quote);
            cells.push(value);
            i = quote + 1;
            break;
          }
          // A quote followed by text. Where a cell opens (after a delimiter or a line break) on a later line, it is
          // a real cell's opening quote: this cell began at a stray quote and swallowed lines.
          const before = buffer.charCodeAt(quote - 1);
          if (lineBreaks > 0 && (before === delimiterCode || before === LF)) return { kind: 'broken', blame: [openedAt] };
          malformed = true;
          if (firstMalformed < 0) firstMalformed = openedAt;
          value += buffer.slice(from, quote + 1);
          from = quote + 1;
        }
      } else {
        // An unquoted cell: up to the next delimiter or line end.
        let delimiterAt = buffer.indexOf(delimiter, i);
        const newline = nextNewline(i);
        if (newline === Number.POSITIVE_INFINITY && !final) return { kind: 'more' };
        const lineEnd = newline === Number.POSITIVE_INFINITY ? buffer.length : newline;
        if (delimiterAt < 0 || delimiterAt > lineEnd) delimiterAt = -1;
        let end = delimiterAt < 0 ? lineEnd : delimiterAt;
        if (delimiterAt < 0 && end > i && buffer.charCodeAt(end - 1) === CR) end--;
        const value = buffer.slice(i, end);
        if (value.indexOf('"', literal.includes(i) ? 1 : 0) >= 0) doubtfulQuote = true;
        cells.push(value);
        if (delimiterAt >= 0) {
          i = delimiterAt + 1;
          continue;
        }
        i = lineEnd;
      }
      // After a cell: a delimiter means another cell; a line end (or the end of input) ends the row.
      const code = i < buffer.length ? buffer.charCodeAt(i) : -1;
      if (code === delimiterCode) {
        i++;
        continue;
      }
      if (code === CR) i++;
      const next = i < buffer.length ? i + 1 : i;
      const wrongWidth = expectedCells > 0 && cells.length !== expectedCells;
      const suspect = (lineBreaks > 0 && (malformed || doubtfulQuote || wrongWidth)) || (wrongWidth && firstQuoted >= 0);
      const blame = suspect ? [...new Set([firstMalformed, firstMultiLine, firstQuoted])].filter((at) => at >= 0) : NO_BLAME;
      return { kind: 'row', cells, next, malformed, suspect, blame };
    }
  }

  /** The row at `pos`, mended when a stray quote broke it; null when more text is needed to tell. */
  function quotedRow(pos: number, final: boolean): { row: CsvRow; next: number } | null {
    const literal: number[] = [];
    let outcome = parseQuotedRow(pos, final, literal);
    for (let retries = 0; ; retries++) {
      if (outcome.kind === 'more') return null;
      if (outcome.kind === 'row' && !outcome.suspect) {
        return { row: { cells: outcome.cells, brokenQuote: outcome.malformed || literal.length > 0 }, next: outcome.next };
      }
      if (retries >= MAX_RETRIES) break;
      if (outcome.kind === 'row') {
        // A doubtful row: another reading wins only when it is sound and has the header's width.
        for (const at of outcome.blame) {
          const mended = parseQuotedRow(pos, final, [...literal, at]);
          if (mended.kind === 'more') return null;
          if (mended.kind === 'row' && !mended.suspect && mended.cells.length === expectedCells) {
            return { row: { cells: mended.cells, brokenQuote: true }, next: mended.next };
          }
        }
        return { row: { cells: outcome.cells, brokenQuote: outcome.malformed || literal.length > 0 }, next: outcome.next };
      }
      literal.push(outcome.blame[0]!);
      outcome = parseQuotedRow(pos, final, literal);
    }
    const line = literalLine(pos);
    return { row: { cells: line.cells, brokenQuote: true }, next: line.next };
  }

  function parse(final: boolean): CsvRow[] {
    const rows: CsvRow[] = [];
    newlineFrom = -1;
    newlineAt = -1;
    let pos = 0;
    let nextQuote = buffer.indexOf('"');
    if (nextQuote < 0) nextQuote = Number.POSITIVE_INFINITY;
    const length = buffer.length;
    while (pos < length) {
      const newline = buffer.indexOf('\n', pos);
      if (newline < 0 && !final) break;
      const lineEnd = newline < 0 ? length : newline;
      if (nextQuote < pos) {
        nextQuote = buffer.indexOf('"', pos);
        if (nextQuote < 0) nextQuote = Number.POSITIVE_INFINITY;
      }
      if (nextQuote >= lineEnd) {
        let end = lineEnd;
        if (end > pos && buffer.charCodeAt(end - 1) === CR) end--;
        if (end > pos) {
          const cells = buffer.slice(pos, end).split(delimiter);
          if (expectedCells === 0 && rowsBeforeWidth++ === headerIndex) expectedCells = cells.length;
          rows.push({ cells, brokenQuote: false });
        }
        pos = lineEnd + 1;
        continue;
      }
      const parsed = quotedRow(pos, final);
      if (parsed === null) break;
      if (expectedCells === 0 && rowsBeforeWidth++ === headerIndex) expectedCells = parsed.row.cells.length;
      rows.push(parsed.row);
      pos = parsed.next;
    }
    buffer = pos >= length ? '' : buffer.slice(pos);
    return rows;
  }

  return {
    push(text: string): CsvRow[] {
      buffer = buffer.length === 0 ? text : buffer + text;
      return parse(false);
    },
    end(): CsvRow[] {
      return parse(true);
    },
    pending(): string {
      return buffer;
    },
  };
}
