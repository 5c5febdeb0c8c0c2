/**
 * Quotes one CSV cell by RFC 4180, section 2: a field holding the delimiter, a double quote, CR or LF is enclosed
 * in double quotes, and each double quote inside it is doubled. Other cells are written as they are, so spaces,
 * Vietnamese letters and leading zeros survive byte for byte.
 *
 * Written by hand rather than with a library: the only CSV writer installed is papaparse, a devDependency that
 * the published package cannot load, and the whole rule is the four lines below.
 *
 * @example
 * quoteCsvCell('Nguyễn Văn "Ba"', ',') // → '"Nguyễn Văn ""Ba"""'
 * quoteCsvCell('001099012345', ',')   // → '001099012345'
 */
export function quoteCsvCell(text: string, delimiter: string): string {
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV line: the cells quoted and joined by the delimiter, ended by CRLF (RFC 4180, section 2.1).
 *
 * @example
 * csvLine(['a', 'b,c'], ',') // → 'a,"b,c"\r\n'
 */
export function csvLine(cells: readonly string[], delimiter: string): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += delimiter;
    line += quoteCsvCell(cells[i]!, delimiter);
  }
  return `${line}\r\n`;
}
