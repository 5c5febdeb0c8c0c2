import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../src';
import { civilDateArb, currentAddressArb, dateTextArb, legacyAddressArb, personalIdArb, vietnameseNameArb, vnPhoneArb } from '../../src/arbitraries';
import { RULES } from '../../rules';
import { maskAddress } from '../../rules/masks';
import { AS_OF_ISO, validCitizen } from '../support/citizens';

// A ragged row, a column mapped wrongly or a typing slip can put any personal value in any column: wherever it lands,
// a masked report shows of it only what its own mask promises (README: reports are masked unless --no-mask).

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** The report's text as a reader sees it: its strings (scores and row numbers are no personal data). */
function reportText(record: Record<string, string>, lang: 'vi' | 'en'): string {
  return JSON.stringify(validateRecord(record, 'citizen', { asOf: AS_OF_ISO, lang }), (_k, v: unknown) => (typeof v === 'number' ? undefined : v));
}

/** The units an address shows when masked, and those of today's address ddss derives from it (address.legacy's fix). */
function shownUnits(record: Record<string, string>): string[] {
  const fixed = validateRecord(record, 'citizen', { asOf: AS_OF_ISO }).fixed.address ?? '';
  return [...maskAddress(record.dia_chi ?? '').split(', '), ...fixed.split(', ')].filter((p) => p !== '***' && p !== '');
}

/** Whether `word` stands in `text` as a word of its own, in any case. */
function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'iu').test(text);
}

/** Every word of the rules' own messages ("trung ương", "Việt Nam", "Nam hoặc Nữ", "an"), lower-cased: a name may share them. */
const MESSAGE_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  const anyParams = new Proxy({}, { get: () => '§' });
  for (const rule of RULES) {
    for (const template of Object.values(rule.messages)) {
      for (const lang of ['vi', 'en'] as const) for (const w of template[lang](anyParams).split(/[^\p{L}\p{M}]+/u)) words.add(w.toLowerCase());
    }
  }
  return words;
})();

type Placed = { kind: 'name'; value: string } | { kind: 'id'; value: string } | { kind: 'phone'; value: string } | { kind: 'birth date'; value: string; year: number } | { kind: 'address'; value: string; street: string };

const placedArb: fc.Arbitrary<Placed> = fc.oneof(
  fc.tuple(vietnameseNameArb(), fc.constantFrom('as is', 'lower', 'upper')).map(([n, c]): Placed => ({ kind: 'name', value: c === 'lower' ? n.toLowerCase() : c === 'upper' ? n.toUpperCase() : n })),
  fc.tuple(personalIdArb(), fc.boolean()).map(([id, spaced]): Placed => ({ kind: 'id', value: spaced ? id.replace(/^(\d{3})(\d{3})(\d{3})/, '$1 $2 $3 ') : id })),
  vnPhoneArb({ format: 'any' }).map((value): Placed => ({ kind: 'phone', value })),
  vnPhoneArb({ type: 'fixed-line' }).map((value): Placed => ({ kind: 'phone', value })),
  dateTextArb(civilDateArb('1930-01-01', '2012-12-31')).map((value): Placed => ({ kind: 'birth date', value, year: Number(/\d{4}/.exec(value)![0]) })),
  fc.tuple(fc.oneof(currentAddressArb(), legacyAddressArb()), fc.nat()).map(([a, at]): Placed => {
    const parts = [...a.units];
    parts.splice(at % (parts.length + 1), 0, a.street);
    return { kind: 'address', value: parts.join(', '), street: a.street };
  }),
);

// The record key is shown as it is (it traces a report back to its record), unless it is words, an ID or a phone
// (rules/fieldTypes.ts): what else lands there is outside what these masks can hide.
const UNMASKED_COLUMNS = ['ma_ho_so'];
// Dates that are not a birth date are shown when date-like (an issue date is no personal data): a birth date placed
// there shows, and is left out below; names, IDs, phones and addresses there are hidden.
const DATE_COLUMNS = ['ngay_cap', 'ngay_cap_nhat'];
const MASKED_COLUMNS = ['so_dinh_danh', 'ho_ten', 'ngay_sinh', 'gioi_tinh', 'so_dien_thoai', 'dia_chi', ...DATE_COLUMNS] as const;

describe('a personal value in any masked column', () => {
  it('covers every column of the citizen profile but the unmasked ones', () => {
    const [row] = fc.sample(validCitizen, 1);
    expect(Object.keys(row!).filter((c) => !UNMASKED_COLUMNS.includes(c)).sort()).toEqual([...MASKED_COLUMNS].sort());
  });

  it('shows no more of it than its documented visible part, in either language', () => {
    fc.assert(
      fc.property(validCitizen, placedArb, fc.constantFrom(...MASKED_COLUMNS), (row, placed, column) => {
        fc.pre(!(placed.kind === 'birth date' && DATE_COLUMNS.includes(column)));
        const record = { ...row, [column]: placed.value };
        // What the report may show besides the placed value, whose words a name may share ("Hà" of Hà Nội, "Nam"):
        // the record's own ward, province and sex.
        const visible = shownUnits(record);
        if (column !== 'gioi_tinh') visible.push(record.gioi_tinh);
        for (const lang of ['vi', 'en'] as const) {
          const text = reportText(record, lang);
          // The same record with the column blank: what shows there (a masked ID 001099******, a key HS00000001)
          // was not shown because of the placed value, whatever digits or words they share.
          const without = reportText({ ...row, [column]: '' }, lang);
          const shows = (t: string, u: string, part: string) => t.includes(part) && !u.includes(part);
          expect(text.toLowerCase()).not.toContain(placed.value.toLowerCase());
          switch (placed.kind) {
            case 'name': {
              const words = placed.value.split(' ');
              const rest = visible.reduce((t, v) => t.split(v).join(' '), text);
              const restWithout = visible.reduce((t, v) => t.split(v).join(' '), without);
              for (const word of [words[0]!, words[words.length - 1]!].filter((w) => !MESSAGE_WORDS.has(w.toLowerCase()))) {
                expect(hasWord(rest, word) && !hasWord(restWithout, word), `${word} of ${placed.value} in ${column}: ${text}`).toBe(false);
              }
              break;
            }
            case 'id': {
              // At most the first 6 digits: never 7 digits of it in a row.
              const id = digitsOf(placed.value);
              const strip = (t: string) => t.replace(/[ .\u00a0'-]/g, '');
              for (let i = 0; i + 7 <= id.length; i++) expect(shows(strip(text), strip(without), id.slice(i, i + 7)), `${placed.value} in ${column}: ${text}`).toBe(false);
              break;
            }
            case 'phone': {
              // The first 3 and last 2 digits at most: never the digits between them.
              const strip = (t: string) => t.replace(/[ .()+-]/g, '');
              const middle = digitsOf(placed.value).slice(3, -2);
              expect(shows(strip(text), strip(without), middle), `${placed.value} in ${column}: ${text}`).toBe(false);
              break;
            }
            case 'birth date': {
              // The year at most: never the day and month.
              expect(shows(text, without, placed.value.replace(String(placed.year), '')), `${placed.value} in ${column}: ${text}`).toBe(false);
              break;
            }
            case 'address': {
              expect(text.toLowerCase()).not.toContain(placed.street.toLowerCase());
              break;
            }
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  const BASE = {
    ma_ho_so: 'HS00000017', so_dinh_danh: '001199012345', ho_ten: 'Lê Thị Hoa', ngay_sinh: '15/03/1999', gioi_tinh: 'Nữ',
    so_dien_thoai: '0912 345 678', dia_chi: 'Số 12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh',
  };

  it.each([
    // column, value put there, what of it must not show
    ['gioi_tinh', 'Nguyễn Văn An', 'Nguyễn'],
    ['so_dinh_danh', 'Nguyễn Văn An', 'Nguyễn'],
    ['dia_chi', 'Phường Bến Thành, Hồ Chí Minh, số 12 ngõ 5 Lê Lợi', 'ngõ 5'],
    ['dia_chi', 'Nguyễn Văn An', 'Nguyễn'],
    ['so_dien_thoai', '20/11/1987', '20/1'],
    ['so_dinh_danh', '20/11/1987', '20/11'],
    ['gioi_tinh', '079301004567', '004567'],
    ['ngay_sinh', 'Nguyễn Văn An', 'Nguyễn'],
  ])('%s holding %j: hidden when masked, shown with mask: false', (column, value, hidden) => {
    const record = { ...BASE, [column]: value };
    for (const lang of ['vi', 'en'] as const) {
      expect(reportText(record, lang)).not.toContain(hidden);
    }
    expect(JSON.stringify(validateRecord(record, 'citizen', { asOf: AS_OF_ISO, mask: false }))).toContain(value);
  });
});
