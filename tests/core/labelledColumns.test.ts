import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProfile, evaluate, meaningField, ProfileError, type RuleContext } from '../../src/core';
import { resolveProfile } from '../../src/api/profiles';
import { validateRecord } from '../../src';
import { citizenProfile } from '../../rules';
import { AS_OF_ISO, DEFECTS, defective, validCitizen, type CitizenRow } from '../support/citizens';
import { catalogue, contextProbe } from './fixtures';

// Labelled columns, on the engine's own domain-free catalogue. A field given by the column it is written in
// (`impliedBy`): a "kind" field implied by the columns "Amount in" and "Amount out", which also give the amount its
// value. A field split in parts (`parts`): a "code" written as "Code A | Code B", joined with "-".
const probeSeen: { kind: string; amount: string; kindColumn: string | undefined; alternatives: string[]; code: string }[] = [];
const probe = contextProbe('test.probe', (ctx: RuleContext) =>
  probeSeen.push({ kind: ctx.text('kind'), amount: ctx.text('amount'), kindColumn: ctx.column('kind'), alternatives: ctx.alternatives('kind').map((a) => `${a.column}=${a.text}`), code: ctx.text('code') }),
);
const withProbe = { ...catalogue, rules: new Map([...catalogue.rules, [probe.id, probe]]) };
const spec = {
  name: 'ledger',
  fields: {
    amount: { type: 'number', aliases: ['Amount'] },
    kind: { type: 'code', aliases: ['Kind'], impliedBy: { labels: { In: 'in', Out: 'out', Ra: 'out' }, under: ['amount'] } },
    code: { type: 'code', aliases: ['Code'], parts: { labels: [['A', 'First'], ['B']], separator: '-' } },
  },
  rules: ['test.probe'],
};
const ledger = compileProfile(spec, withProbe);

function seen(record: Record<string, unknown>) {
  probeSeen.length = 0;
  evaluate(record, ledger, { row: 1, asOf: { year: 2026, month: 11, day: 1 } });
  const { code: _code, ...rest } = probeSeen[0]!;
  return rest;
}
const codeOf = (record: Record<string, unknown>) => {
  probeSeen.length = 0;
  evaluate(record, ledger, { row: 1, asOf: { year: 2026, month: 11, day: 1 } });
  return probeSeen[0]!.code;
};

describe('impliedBy: a column that gives a field its value by being filled', () => {
  it('maps the labelled columns of the list to both fields, and the columns of one alone to nothing', () => {
    expect(ledger.mapColumns(['Amount In', 'Amount (Out)', 'Kind'])).toEqual([
      { field: 'amount', rank: 2, implied: { field: 'kind', value: 'in' }, part: null },
      { field: 'amount', rank: 2, implied: { field: 'kind', value: 'out' }, part: null },
      { field: 'kind', rank: 0, implied: null, part: null },
    ]);
    // Ticks under the field's own name: nothing of their own, the value by being filled, after any plain column.
    expect(ledger.mapColumns(['kind_in', 'KIND-OUT'])).toEqual([
      { field: null, rank: 1_000_000, implied: { field: 'kind', value: 'in' }, part: null },
      { field: null, rank: 1_000_000, implied: { field: 'kind', value: 'out' }, part: null },
    ]);
    // One label alone is not a split, and two columns of one value are not either.
    expect(ledger.mapColumns(['Amount In', 'Kind']).map((m) => m.field)).toEqual([null, 'kind']);
    expect(ledger.mapColumns(['Amount Out', 'Amount Ra']).map((m) => m.field)).toEqual([null, null]);
    // Context-free, a column is named for what it would give.
    expect(ledger.fieldForColumn('Amount In')).toBe('amount');
    expect(ledger.fieldForColumn('Kind In')).toBe('kind');
    expect(ledger.fieldForColumn('Amount Sideways')).toBeNull();
  });

  it('takes a label as written: a name that only folds into it is not one', () => {
    // The catalogue's normalisation drops what is not [a-z0-9]: "Amount Ín" folds to "amountn"… and to nothing here,
    // but "Amount Rã" folds to "amountr" + "a" = the key of "Amount Ra", whose label is written without the mark.
    expect(ledger.mapColumns(['Amount Rã', 'Amount In']).map((m) => m.field)).toEqual([null, null]);
    expect(ledger.mapColumns(['Amount ra', 'Amount IN']).map((m) => m.implied?.value)).toEqual(['out', 'in']);
  });

  it.each([
    ['the "in" column filled', { 'Amount In': '12', 'Amount Out': '' }, { kind: 'in', amount: '12', kindColumn: 'Amount In', alternatives: [] }],
    ['the "out" column filled', { 'Amount In': '  ', 'Amount Out': '7' }, { kind: 'out', amount: '7', kindColumn: 'Amount Out', alternatives: [] }],
    ['a filler is no tick ("n/a")', { 'Amount In': 'n/a', 'Amount Out': '7' }, { kind: 'out', amount: 'n/a', kindColumn: 'Amount Out', alternatives: [] }],
    ['both filled: the first, and the other an alternative', { 'Amount In': '3', 'Amount Out': '4' }, { kind: 'in', amount: '3', kindColumn: 'Amount In', alternatives: ['Amount Out=out'] }],
    // As for any field of several columns, all blank: the last is where its (blank) value was read.
    ['neither filled', { 'Amount In': '', 'Amount Out': '' }, { kind: '', amount: '', kindColumn: 'Amount Out', alternatives: [] }],
    ['a plain column of the field first, the filled one an alternative', { Kind: 'in', 'Amount In': '', 'Amount Out': '5' }, { kind: 'in', amount: '5', kindColumn: 'Kind', alternatives: ['Amount Out=out'] }],
    ['ticks: "x" is a tick, though a filler elsewhere', { 'Kind In': '', 'Kind Out': 'x' }, { kind: 'out', amount: '', kindColumn: 'Kind Out', alternatives: [] }],
    ['ticks: "✓"', { 'Kind In': '✓', 'Kind Out': '' }, { kind: 'in', amount: '', kindColumn: 'Kind In', alternatives: [] }],
  ])('%s', (_name, record, expected) => {
    expect(seen(record)).toEqual(expected);
  });

  it.each([
    ['every part', { 'Code A': ' 12 ', 'Code B': '7' }, '12-7'],
    ['written otherwise', { 'code (first)': 'x', 'CODE_B': 'y' }, 'x-y'],
    ['a part blank: kept in its place, for the parser to refuse', { 'Code A': '', 'Code B': '7' }, '-7'],
    ['every part blank: blank, so that the field is missing', { 'Code A': ' ', 'Code B': '' }, ''],
    ['a plain column first, when it holds a value', { Code: '1-1', 'Code A': '2', 'Code B': '2' }, '1-1'],
    ['a plain column blank: the parts', { Code: '', 'Code A': '2', 'Code B': '2' }, '2-2'],
    ['one part alone: nothing', { 'Code A': '2' }, ''],
  ])('parts: %s', (_name, record, code) => {
    expect(codeOf(record)).toBe(code);
  });

  it('parts: mapped as one value, at the first of their columns, after the plain column', () => {
    expect(ledger.mapColumns(['Code B', 'Code A', 'Code']).map((m) => [m.field, m.part?.index, m.rank])).toEqual([
      [null, 1, 2],
      [null, 0, 2],
      ['code', undefined, 0],
    ]);
    expect(ledger.mapColumns(['Code B']).map(meaningField)).toEqual([null]);
  });

  it('refuses a profile whose labels follow a field it does not have, or that names a part it lacks', () => {
    const bad = { ...spec, fields: { ...spec.fields, kind: { ...spec.fields.kind, impliedBy: { labels: { In: 'in' }, under: ['total'] } } } };
    expect(() => compileProfile(bad, withProbe)).toThrow(ProfileError);
    expect(() => compileProfile(bad, withProbe)).toThrow('invalid profile at fields.kind.impliedBy.under: "total" is not a field');
    const beyond = { ...spec, fields: { ...spec.fields, code: { ...spec.fields.code, parts: { ...spec.fields.code.parts, optional: [2] } } } };
    expect(() => compileProfile(beyond, withProbe)).toThrow('invalid profile at fields.code.parts.optional: a part index must be under 2');
    const typo = { ...spec, fields: { ...spec.fields, kind: { ...spec.fields.kind, impliedBy: { lables: { In: 'in' } } } } };
    expect(() => compileProfile(typo, withProbe)).toThrow(/^invalid profile at fields\.kind\.impliedBy\.labels: /u);
  });
});

// The citizen profile: "Ngày sinh" over "Nam | Nữ", the birth date written in the column of the person's sex.
const SPLIT = ['Ngày sinh (Nam)', 'Ngày sinh (Nữ)'] as const;

/** The row as a list with the split: its birth date in the column of its sex, and no sex column. */
function split(row: CitizenRow): Record<string, string> {
  const { ngay_sinh, gioi_tinh, ...rest } = row;
  const female = gioi_tinh === 'Nữ';
  return { ...rest, [SPLIT[0]]: female ? '' : ngay_sinh, [SPLIT[1]]: female ? ngay_sinh : '' };
}

const citizen = resolveProfile('citizen');
const options = { asOf: AS_OF_ISO };
/** What a report says, but for the columns it names (field.conflict's message names them). */
const judged = (r: ReturnType<typeof validateRecord>) => JSON.stringify({ ...r, issues: r.issues.map((i) => ({ ...i, message: i.rule === 'field.conflict' ? '' : i.message })) });

describe('citizen: "Ngày sinh" split under "Nam | Nữ"', () => {
  it('the columns and their meaning, and "Năm" (the year of a split date) is no "Nam"', () => {
    expect(citizen.mapColumns(['Ngày sinh Nam', 'Ngày sinh Nữ', 'Năm sinh (Nam)', 'Năm sinh (Nữ)']).map((m) => [m.field, m.implied?.value])).toEqual([
      ['dateOfBirth', 'Nam'],
      ['dateOfBirth', 'Nữ'],
      ['dateOfBirth', 'Nam'],
      ['dateOfBirth', 'Nữ'],
    ]);
    expect(citizen.mapColumns(['Giới tính Nam', 'Giới tính Nữ']).map((m) => [m.field, m.implied?.value])).toEqual([
      [null, 'Nam'],
      [null, 'Nữ'],
    ]);
    expect(citizen.mapColumns(['NGAY SINH NAM', 'NGAY SINH NU']).map((m) => m.implied?.value)).toEqual(['Nam', 'Nữ']);
    // "Năm" is the year of a split date, never the men's column.
    expect(citizen.mapColumns(['Ngày sinh Năm', 'Ngày sinh Nữ']).map((m) => [meaningField(m), m.implied])).toEqual([
      [null, null],
      [null, null],
    ]);
    // Without diacritics "Nam" is ambiguous: alone, neither the men's column nor the year of a split date, it gives nothing.
    expect(citizen.mapColumns(['Ngay', 'Thang', 'Ngay sinh Nam']).map((m) => meaningField(m))).toEqual([null, null, null]);
    // "Năm sinh" alone is the year of birth.
    expect(citizen.fieldForColumn('Năm sinh')).toBe('dateOfBirth');
  });

  it.each([
    ['a man, his date in "Nam"', { 'Ngày sinh (Nam)': '12/03/1985', 'Ngày sinh (Nữ)': '', so_cccd: '001085012345' }, []],
    ['a woman, her date in "Nữ"', { 'Ngày sinh (Nam)': '', 'Ngày sinh (Nữ)': '05/06/1990', so_cccd: '001190012346' }, []],
    ['a woman\'s ID, the date in "Nam"', { 'Ngày sinh (Nam)': '05/06/1990', 'Ngày sinh (Nữ)': '', so_cccd: '001190012346' }, ['id.personal.sex-digit']],
    ['both columns filled', { 'Ngày sinh (Nam)': '05/06/1990', 'Ngày sinh (Nữ)': '05/06/1990', so_cccd: '001190012346' }, ['field.conflict', 'id.personal.sex-digit']],
    ['neither filled', { 'Ngày sinh (Nam)': '', 'Ngày sinh (Nữ)': '', so_cccd: '001190012346' }, ['field.missing', 'field.missing']],
    ['a "Giới tính" column that says otherwise', { 'Ngày sinh (Nam)': '', 'Ngày sinh (Nữ)': '05/06/1990', gioi_tinh: 'Nam', so_cccd: '001090012346' }, ['field.conflict']],
    ['"Năm sinh" under "Nam | Nữ", a year', { 'Năm sinh Nam': '', 'Năm sinh Nữ': '1990', so_cccd: '001190012346' }, []],
    ['ticks under "Giới tính"', { 'Giới tính Nam': '', 'Giới tính Nữ': 'x', ngay_sinh: '05/06/1990', so_cccd: '001190012346' }, []],
    ['ticks: "-" is no tick', { 'Giới tính Nam': '-', 'Giới tính Nữ': 'x', ngay_sinh: '05/06/1990', so_cccd: '001090012346' }, ['id.personal.sex-digit']],
  ])('%s', (_name, columns, rules) => {
    const record = { ho_ten: 'Trần Thị Bình', dia_chi: 'Thôn 2, Xã Yên Khánh, Tỉnh Ninh Bình', ngay_cap: '01/07/2024', ngay_cap_nhat: '01/10/2026', ...columns };
    expect(validateRecord(record, 'citizen', options).issues.map((i) => i.rule)).toEqual(rules);
  });

  it('property: a record written with the split reads as the record with its date and sex columns', () => {
    // Every kind of defect, but for those the split cannot carry: a sex other than "Nam" or "Nữ", no birth date.
    const kinds = DEFECTS.filter((k) => !['sex-unreadable', 'field-conflict'].includes(k.kind));
    const rows = fc.oneof(validCitizen, ...kinds.map(defective)).filter((r) => (r.gioi_tinh === 'Nam' || r.gioi_tinh === 'Nữ') && citizen.isFiller(r.ngay_sinh) === false && r.ngay_sinh.trim() !== '');
    fc.assert(
      fc.property(rows, (row) => {
        expect(judged(validateRecord(split(row), 'citizen', options))).toBe(judged(validateRecord(row, 'citizen', options)));
      }),
      { numRuns: 600 },
    );
  });

  it('is plain data in the citizen profile, as a hand-written profile copies it', () => {
    expect(citizenProfile.fields.dateOfBirth.parts).toEqual({ labels: [['Ngày', 'Ngay', 'Day'], ['Tháng', 'Thang', 'Month'], ['Năm', 'Nam', 'Year']], separator: '/' });
    expect(citizenProfile.fields.sex.impliedBy).toEqual({ labels: { Nam: 'Nam', Nữ: 'Nữ', Nu: 'Nữ', Male: 'Nam', Female: 'Nữ' }, under: ['dateOfBirth'] });
    const copy = resolveProfile(JSON.parse(JSON.stringify(citizenProfile)));
    expect(copy.mapColumns([...SPLIT])).toEqual(citizen.mapColumns([...SPLIT]));
  });
});

describe('citizen: "Ngày sinh" split under "Ngày | Tháng | Năm"', () => {
  const PARTS = ['Ngày sinh Ngày', 'Ngày sinh Tháng', 'Ngày sinh Năm'] as const;
  /** The row with its birth date in three columns, when it is written d/M/yyyy. */
  function inParts(row: CitizenRow): Record<string, string> | null {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(row.ngay_sinh);
    if (m === null) return null;
    const { ngay_sinh: _dob, ...rest } = row;
    return { ...rest, [PARTS[0]]: m[1]!, [PARTS[1]]: m[2]!, [PARTS[2]]: m[3]! };
  }

  it.each([
    ['the three parts', { [PARTS[0]]: '5', [PARTS[1]]: '6', [PARTS[2]]: '1990' }, []],
    ['without diacritics, "Nam" the year', { 'Ngay sinh Ngay': '05', 'Ngay sinh Thang': '06', 'Ngay sinh Nam': '1990' }, []],
    ['a month 13', { [PARTS[0]]: '5', [PARTS[1]]: '13', [PARTS[2]]: '1990' }, ['date.invalid']],
    ['the day missing', { [PARTS[0]]: '', [PARTS[1]]: '6', [PARTS[2]]: '1990' }, ['date.invalid']],
    ['nothing in any', { [PARTS[0]]: '', [PARTS[1]]: '', [PARTS[2]]: '' }, ['field.missing']],
  ])('%s', (_name, columns, rules) => {
    const record = { so_cccd: '001190012346', ho_ten: 'Trần Thị Bình', gioi_tinh: 'Nữ', dia_chi: 'Thôn 2, Xã Yên Khánh, Tỉnh Ninh Bình', ngay_cap: '01/07/2024', ngay_cap_nhat: '01/10/2026', ...columns };
    expect(validateRecord(record, 'citizen', options).issues.map((i) => i.rule)).toEqual(rules);
  });

  it('property: a record with its birth date in parts reads as the record', () => {
    const kinds = DEFECTS.filter((k) => k.kind !== 'field-conflict');
    const rows = fc.oneof(validCitizen, ...kinds.map(defective)).filter((r) => inParts(r) !== null);
    fc.assert(
      fc.property(rows, (row) => {
        expect(judged(validateRecord(inParts(row)!, 'citizen', options))).toBe(judged(validateRecord(row, 'citizen', options)));
      }),
      { numRuns: 600 },
    );
  });
});

describe('citizen: the name split in "Họ | Tên đệm | Tên" or "Họ và tên đệm | Tên"', () => {
  /** The row with its name in parts, when its words are split by single spaces (so that joining them gives it back). */
  function inParts(row: CitizenRow, layout: 'three' | 'two'): Record<string, string> | null {
    if (!/^\S+( \S+)+$/u.test(row.ho_ten)) return null;
    const words = row.ho_ten.split(' ');
    const { ho_ten: _name, ...rest } = row;
    const given = words.at(-1)!;
    return layout === 'three' ? { ...rest, Họ: words[0]!, 'Tên đệm': words.slice(1, -1).join(' '), Tên: given } : { ...rest, 'Họ và tên đệm': words.slice(0, -1).join(' '), Tên: given };
  }

  it('maps the parts only beside each other, the middle name optional, after a plain name column', () => {
    expect(citizen.mapColumns(['Họ', 'Tên đệm', 'Tên', 'Họ và tên']).map((m) => [meaningField(m), m.part?.index ?? null])).toEqual([
      ['fullName', 0],
      ['fullName', 1],
      ['fullName', 2],
      ['fullName', null],
    ]);
    expect(citizen.mapColumns(['Tên đệm', 'Tên']).map(meaningField)).toEqual([null, null]);
    expect(citizen.mapColumns(['ten']).map(meaningField)).toEqual([null]);
  });

  it.each(['three', 'two'] as const)('property: a record with its name in parts (%s columns) reads as the record', (layout) => {
    const kinds = DEFECTS.filter((k) => k.kind !== 'field-conflict');
    const rows = fc.oneof(validCitizen, ...kinds.map(defective)).filter((r) => inParts(r, layout) !== null);
    fc.assert(
      fc.property(rows, (row) => {
        expect(judged(validateRecord(inParts(row, layout)!, 'citizen', options))).toBe(judged(validateRecord(row, 'citizen', options)));
      }),
      { numRuns: 500 },
    );
  });
});
