/** A problem reading one record: a stable code and the message in Vietnamese and English. */
export interface InputProblem {
  code: string;
  vi: string;
  en: string;
}

/**
 * The row has another number of cells than the header has columns: extra cells are dropped, missing ones absent.
 *
 * @example raggedRow(5, 4).code // 'input.ragged-row'
 */
export function raggedRow(cells: number, columns: number): InputProblem {
  return {
    code: 'input.ragged-row',
    vi: `Dòng có ${cells} ô nhưng tiêu đề có ${columns} cột: ${cells > columns ? 'các ô thừa bị bỏ' : 'các cột thiếu để trống'}`,
    en: `The row has ${cells} cells but the header has ${columns} columns: ${cells > columns ? 'the extra cells are dropped' : 'the missing columns are absent'}`,
  };
}

/**
 * A quoted cell was never closed, or a stray quote sat inside one: the quote was read as a plain character, so the
 * records after it are intact but this record's values may be cut at the wrong place.
 *
 * @example brokenQuote().code // 'input.broken-quote'
 */
export function brokenQuote(): InputProblem {
  return {
    code: 'input.broken-quote',
    vi: 'Dấu ngoặc kép bị hỏng (mở mà không đóng, hoặc nằm lạc trong ô): dấu ngoặc được đọc như ký tự thường, giá trị của bản ghi này có thể bị tách sai',
    en: 'A broken quote (opened and never closed, or stray inside a cell): it was read as a plain character, so this record\'s values may be split wrongly',
  };
}

/**
 * A line of an NDJSON file, or an element of a JSON array, is not valid JSON: the record is `null`. `reason` is the
 * parser's message; only the position it names is kept, since the parser quotes the text itself ("Unexpected token
 * 'Q', "Quách Văn…" is not valid JSON"), which would put personal data in a masked report.
 *
 * @example invalidJson('Unexpected token').code // 'input.invalid-json'
 */
export function invalidJson(reason: string): InputProblem {
  const position = /position (\d+)/u.exec(reason)?.[1];
  const at = position === undefined ? ['', ''] : [` ở ký tự thứ ${Number(position) + 1}`, ` at character ${Number(position) + 1}`];
  return {
    code: 'input.invalid-json',
    vi: `Không phải JSON hợp lệ (lỗi cú pháp${at[0]}): bản ghi để trống`,
    en: `Not valid JSON (syntax error${at[1]}): the record is empty`,
  };
}
