/** One record read from an input, with where it was and what went wrong reading it. */
export interface InputRecord {
  /** 1-based record number in the input (header excluded), counted from `firstRow` when the reader was given one. */
  row: number;
  /** The record as column → value (a null-prototype object: keys such as `__proto__` stay plain data). */
  record: Record<string, unknown> | unknown;
  /** A problem reading this record (ragged row, broken quote …), reported as an `input` issue. */
  inputProblem?: { code: string; vi: string; en: string };
}
