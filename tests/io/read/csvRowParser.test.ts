import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvRowParser } from '../../../src/io/read/csvRowParser';

function parseAll(text: string, delimiter = ",", chunk = text.length || 1, expected?: number) {
  const parser = createCsvRowParser({ delimiter, expectedCells: expected });
  const rows = [];
  for (let i = 0; i < text.length; i += chunk) rows.push(...parser.push(text.slice(i, i + chunk)));
  rows.push(...parser.end());
  return rows;
}

describe('createCsvRowParser', () => {
  it.each([
    ['plain LF', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['mixed CRLF and LF', 'a,b\r\n1,2\n3,4\r\n', [['a', 'b'], ['1', '2'], ['3', '4']]],
    ['no final line end', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['quoted delimiter', 'a,b\n"Số 12, ngõ 3",x\n', [['a', 'b'], ['Số 12, ngõ 3', 'x']]],
    ['escaped quotes', 'a\n"Thôn ""Đông"""\n', [['a'], ['Thôn "Đông"']]],
    ['quoted newline', 'a,b\n"dòng 1\ndòng 2",x\n', [['a', 'b'], ['dòng 1\ndòng 2', 'x']]],
    ['quoted CRLF kept', 'a,b\r\n"dòng 1\r\ndòng 2",x\r\n', [['a', 'b'], ['dòng 1\r\ndòng 2', 'x']]],
    ['empty cells', ',,\n', [['', '', '']]],
    ['empty quoted cell at the end', 'a,""\n', [['a', '']]],
    ['blank lines skipped', 'a\n\n1\r\n\r\n2\n\n', [['a'], ['1'], ['2']]],
    ['quote inside an unquoted cell is text', 'a,b\nTV 12" ,x\n', [['a', 'b'], ['TV 12" ', 'x']]],
  ])('%s', (_name, text, expected) => {
    expect(parseAll(text).map((r) => r.cells)).toEqual(expected);
    expect(parseAll(text, ',', 1).map((r) => r.cells)).toEqual(expected);
    expect(parseAll(text).every((r) => !r.brokenQuote)).toBe(true);
  });

  it('a stray quote inside a quoted cell is kept and flags the row', () => {
    const rows = parseAll('a,b\n"Nguyễn "Tý" Văn",x\n');
    expect(rows[1]).toEqual({ cells: ['Nguyễn "Tý" Văn', 'x'], brokenQuote: true });
  });

  it('an unterminated quote at the end of input costs only its own line', () => {
    const rows = parseAll('a,b\n1,"Số 12\n2,y\n', ',', 3);
    expect(rows).toEqual([
      { cells: ['a', 'b'], brokenQuote: false },
      { cells: ['1', '"Số 12'], brokenQuote: true },
      { cells: ['2', 'y'], brokenQuote: false },
    ]);
  });

  it('a stray opening quote that meets a real quoted cell later recovers at the next line', () => {
    const rows = parseAll('a,b\n"x,1\n2,"y, z"\n3,w\n', ',', 4, 2);
    expect(rows.map((r) => r.cells)).toEqual([['a', 'b'], ['"x', '1'], ['2', 'y, z'], ['3', 'w']]);
    expect(rows.map((r) => r.brokenQuote)).toEqual([false, true, false, false]);
  });

  it('a quoted cell running past maxQuotedLines counts as unterminated', () => {
    const parser = createCsvRowParser({ delimiter: ',', maxQuotedLines: 2 });
    const rows = [...parser.push('"a\nb\nc\nd"\n'), ...parser.end()];
    expect(rows[0]).toEqual({ cells: ['"a'], brokenQuote: true });
    expect(rows).toHaveLength(4);
  });

  it('rejects a delimiter that cannot work', () => {
    expect(() => createCsvRowParser({ delimiter: '"' })).toThrow(RangeError);
    expect(() => createCsvRowParser({ delimiter: ';;' })).toThrow(RangeError);
  });

  it('property: chunking never changes the rows', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ễ', ',', '"', '\n', '\r', ' ') }), fc.integer({ min: 1, max: 9 }), (text, chunk) => {
        expect(parseAll(text, ',', chunk)).toEqual(parseAll(text));
      }),
      { numRuns: 300 },
    );
  });
});
