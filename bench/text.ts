import { isValid, parse } from 'date-fns';
import { parseDate } from '../src/vn/dates';
import {
  cleanWhitespace,
  detectLegacyEncoding,
  foldVietnamese,
  isNFC,
  nameCharacterProblems,
  repairLegacyText,
  titleCaseVi,
  unicodeToLegacy,
  whitespaceProblems,
} from '../src/vn/text';
import { compare, report } from './harness';
import type { Measurement } from './harness';

// What isNFC was before it answered plain Vietnamese text by one regular-expression scan: ICU's normalize on
// every value. Kept as the reference that shows what the scan saves.
function icuOnly(s: string): boolean {
  return s.normalize('NFC') === s;
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Thu', 'Quốc', 'Xuân'];
const GIVEN = ['An', 'Hoà', 'Hòa', 'Thuỷ', 'Thủy', 'Quỳnh', 'Khuê', 'Tuấn', 'Ánh', 'Yến', 'Hương', 'Phương', 'Dũng', 'Cường', 'Nguyệt'];

/** A fixed pseudo-random sequence (LCG), so every run measures the same inputs. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function names(count: number): string[] {
  const next = sequence(20240701);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  return Array.from({ length: count }, () => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`);
}

function dates(count: number): string[] {
  const next = sequence(19900512);
  return Array.from({ length: count }, () => {
    const day = 1 + Math.floor(next() * 28);
    const month = 1 + Math.floor(next() * 12);
    const year = 1930 + Math.floor(next() * 95);
    return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  });
}

/**
 * Vietnamese text and date primitives against the obvious library or built-in way of doing the same, on
 * 1,000 realistic names / dates each. Returns every measurement, keyed by section.
 */
export async function benchText(options: { timeMs?: number } = {}): Promise<Record<string, Measurement[]>> {
  const results: Record<string, Measurement[]> = {};
  const clean = names(1000);
  const messy = clean.map((n, i) => (i % 2 === 0 ? `  ${n.replace(' ', '\u00a0 ')} ` : n));
  const legacy = clean.map((n, i) => unicodeToLegacy(n, i % 2 === 0 ? 'tcvn3' : 'vni'));
  const dateInputs = dates(1000);
  const run = async <T>(title: string, inputs: readonly T[], contenders: Record<string, (input: T) => unknown>, reference: string) => {
    const measured = await compare(inputs, contenders, options);
    report(title, measured, reference);
    results[title] = measured;
  };

  await run(
    'foldVietnamese: 1,000 names',
    clean,
    {
      'normalize NFD + strip marks (reference)': (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase(),
      'foldVietnamese (lookup table)': foldVietnamese,
    },
    'normalize NFD + strip marks (reference)',
  );
  await run(
    'isNFC: 1,000 NFC names',
    clean,
    { "normalize('NFC') === s (ICU only, the previous isNFC)": icuOnly, isNFC },
    "normalize('NFC') === s (ICU only, the previous isNFC)",
  );
  await run(
    'cleanWhitespace: 1,000 names, half with stray spaces',
    messy,
    {
      "replace(/\\s+/g, ' ').trim() (reference)": (s) => s.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' ').trim(),
      cleanWhitespace,
      whitespaceProblems,
    },
    "replace(/\\s+/g, ' ').trim() (reference)",
  );
  await run(
    'legacy encodings: 1,000 Unicode names (the common, clean case)',
    clean,
    { 'detectLegacyEncoding': detectLegacyEncoding, 'nameCharacterProblems': nameCharacterProblems, 'titleCaseVi': titleCaseVi },
    'detectLegacyEncoding',
  );
  await run(
    'legacy encodings: 1,000 TCVN3/VNI names (repair)',
    legacy,
    { 'repairLegacyText': repairLegacyText },
    'repairLegacyText',
  );
  const referenceDate = new Date(2000, 0, 1);
  await run(
    'parseDate: 1,000 dd/MM/yyyy dates',
    dateInputs,
    {
      'date-fns parse + isValid (reference)': (s) => isValid(parse(s, 'dd/MM/yyyy', referenceDate)),
      parseDate: (s) => parseDate(s),
    },
    'date-fns parse + isValid (reference)',
  );
  return results;
}
