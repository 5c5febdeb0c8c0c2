import { describe, expect, it } from 'vitest';
import { datasetFindings, type DatasetFinding } from '../../../src/core';
import { DATASET_CHECKS, duplicateId, nearDuplicate, sharedPhone } from '../../../rules';
import { citizen, citizenWith, observeRows, recordFindings, rowsOf } from './support';

const findingsOf = (records: Record<string, unknown>[], options: Record<string, unknown> = {}, mask = true): DatasetFinding[] =>
  datasetFindings(DATASET_CHECKS, observeRows(rowsOf(records)), options, { mask });

const household = (n: number, phone: string) =>
  Array.from({ length: n }, (_, i) => citizen(`0010990123${String(40 + i)}`, `Nguyễn Văn Người ${String.fromCharCode(65 + i)}`, `0${(i % 9) + 1}/01/1999`, phone));

describe.each([
  // title, records, expected findings (rule, severity, rows), message fragments vi / en
  [
    'two people with one ID',
    [citizen('001099012345', 'Nguyễn Văn An', '15/03/1999'), citizen('031185000123', 'Lê Thị Bình', '01/02/1985'), citizen('001099012345', 'Trần Văn Cường', '15/03/1999')],
    [{ rule: 'dataset.duplicate-id', severity: 'error', rows: [1, 3], count: 2 }],
    'Số định danh 001099****** có trên 2 hồ sơ khác họ tên hoặc ngày sinh (dòng 1, 3)',
    'Personal ID 001099****** is on 2 records with different names',
  ],
  [
    'one ID, one name, two birth dates',
    [citizen('001099012345', 'Nguyễn Văn An', '15/03/1999'), citizen('001099012345', 'Nguyễn Văn An', '16/03/1999')],
    [{ rule: 'dataset.duplicate-id', severity: 'error', rows: [1, 2] }],
    'khác họ tên hoặc ngày sinh',
    'different names or dates of birth',
  ],
  [
    'the same person twice (accents, case and spaces aside): a duplicate record',
    [citizen('001099012345', 'Nguyễn Văn Hoà', '15/03/1999'), citizen(' 001 099 012345', 'NGUYỄN  văn Hòa ', '1999-03-15')],
    [{ rule: 'dataset.duplicate-id', severity: 'warning', rows: [1, 2] }],
    'Hồ sơ trùng lặp: số định danh 001099****** có trên 2 hồ sơ của cùng một người (dòng 1, 2)',
    'Duplicate records: personal ID 001099****** is on 2 records of the same person',
  ],
  [
    'a blank name or a year-only birth date is no evidence of another person',
    [citizen('001099012345', 'Nguyễn Văn An', '15/03/1999'), citizen('001099012345', '', '1999'), citizen('001099012345', 'Nguyễn Văn An', '')],
    [{ rule: 'dataset.duplicate-id', severity: 'warning', rows: [1, 2, 3] }],
    'cùng một người',
    'same person',
  ],
  [
    'an ID whose leading zeros a spreadsheet dropped is the same ID',
    [citizen('001099012345', 'Nguyễn Văn An', '15/03/1999'), citizen('1099012345', 'Phạm Văn Dũng', '15/03/1999')],
    [{ rule: 'dataset.duplicate-id', severity: 'error', rows: [1, 2] }],
    'khác họ tên',
    'different names',
  ],
  [
    'five IDs sharing one phone (more than 3)',
    household(5, '0912 345 678'),
    [{ rule: 'dataset.shared-phone', severity: 'warning', rows: [1, 2, 3, 4, 5], count: 5 }],
    'Số điện thoại +849******78 được ghi cho 5 số định danh khác nhau (quá 3) trên 5 hồ sơ (dòng 1, 2, 3, 4, 5)',
    'Phone number +849******78 is given for 5 different personal IDs (more than 3)',
  ],
  [
    'the same name and birth date under two IDs',
    [citizen('001099012345', 'Đặng Thị Thuỷ', '02/09/1999'), citizen('036199004567', 'dang thi thủy', '02/09/1999'), citizen('001099012399', 'Đặng Thị Thuỷ', '03/09/1999')],
    [{ rule: 'dataset.near-duplicate', severity: 'warning', rows: [1, 2], count: 2 }],
    'Có thể là một người được đăng ký nhiều lần: 2 hồ sơ cùng họ tên và ngày sinh nhưng có 2 số định danh khác nhau (dòng 1, 2)',
    'Possibly one person registered more than once: 2 records share a name and date of birth under 2 different personal IDs (rows 1, 2)',
  ],
] as const)('%s', (_title, records, expected, vi, en) => {
  const found = findingsOf([...records]);
  it('is found, with every row listed', () => {
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
    for (const f of found) {
      expect(f.count).toBe(f.rows.length);
      expect(f.key).toMatch(/^[0-9a-f]{16}$/u);
    }
  });
  it('says so in Vietnamese and English', () => {
    expect(found[0]!.message.vi).toContain(vi);
    expect(found[0]!.message.en).toContain(en);
  });
  it('never shows a raw ID or phone when masked', () => {
    for (const f of found) for (const text of [f.message.vi, f.message.en]) expect(text).not.toMatch(/\d{7,}/u);
  });
});

describe('finding keys', () => {
  const twoPeople = (id: string) => [citizen(id, 'Nguyễn Văn An', '15/03/1999'), citizen(id, 'Lê Thị Bình', '01/02/1985')];

  // A digest of the ID itself could be reversed by trying the million IDs the masked message leaves open.
  it('masked, depend on the rule and rows only, never on the value the records share', () => {
    const a = findingsOf(twoPeople('001099012345'));
    const b = findingsOf(twoPeople('079185004321'));
    expect(a).toHaveLength(1);
    expect(a[0]!.key).toMatch(/^[0-9a-f]{16}$/u);
    expect(b[0]!.key).toBe(a[0]!.key);
  });

  it('unmasked, name the shared value, so the same ID has the same key in separate summaries', () => {
    const a = findingsOf(twoPeople('001099012345'), {}, false);
    const b = findingsOf(twoPeople('079185004321'), {}, false);
    const again = findingsOf([citizen('', 'Trần Văn Cường', '01/01/1990'), ...twoPeople('001099012345')], {}, false);
    expect(a[0]!.key).not.toBe(b[0]!.key);
    expect(again[0]!.key).toBe(a[0]!.key);
  });
});

describe.each([
  ['a household of 2 sharing a phone', household(2, '0912345678')],
  ['a household of 3 sharing a landline (the default limit)', household(3, '024 3825 1234')],
  ['placeholder IDs (the placeholder rule reports them)', [citizen('000000000000', 'Nguyễn Văn An', '15/03/1999'), citizen('000000000000', 'Lê Thị Bình', '01/02/1985')]],
  ['namesakes born on different days', [citizen('001099012345', 'Nguyễn Văn An', '15/03/1999'), citizen('001099012346', 'Nguyễn Văn An', '16/03/1999')]],
  ['records without an ID', [citizen('', 'Nguyễn Văn An', '15/03/1999', '0912345678'), citizen('', 'Nguyễn Văn An', '15/03/1999', '0912345678')]],
] as const)('no finding: %s', (_title, records) => {
  it('finds nothing', () => expect(findingsOf([...records])).toEqual([]));
});

describe('options and views', () => {
  it('honours maxIdsPerPhone from the profile options', () => {
    expect(findingsOf(household(3, '0912345678'), { maxIdsPerPhone: 2 })).toMatchObject([{ rule: 'dataset.shared-phone', rows: [1, 2, 3] }]);
    expect(findingsOf(household(5, '0912345678'), { maxIdsPerPhone: 5 })).toEqual([]);
  });
  it('counts one ID on a phone once, however often it is listed', () => {
    const same = Array.from({ length: 6 }, () => citizen('001099012345', 'Nguyễn Văn An', '15/03/1999', '0912345678'));
    expect(findingsOf(same).map((f) => f.rule)).toEqual(['dataset.duplicate-id']);
  });
  it('shows raw values only when asked', () => {
    const [dup] = findingsOf([citizen('001099012345', 'A', '01/01/1999'), citizen('001099012345', 'B', '01/01/1999')], {}, false);
    expect(dup!.message.en).toContain('001099012345');
    const [phone] = findingsOf(household(4, '0912345678'), {}, false);
    expect(phone!.message.vi).toContain('+84912345678');
  });
  it('does not report one ID with several names twice (duplicate-id only)', () => {
    const found = findingsOf([citizen('001099012345', 'Nguyễn Văn An', '15/03/1999'), citizen('001099012345', 'Nguyễn Văn An', '15/03/1999')]);
    expect(found.map((f) => f.rule)).toEqual(['dataset.duplicate-id']);
  });
  it('describes each check in both languages', () => {
    for (const check of [duplicateId, sharedPhone, nearDuplicate]) {
      expect(check.dimension).toBe('clean');
      expect(check.title.vi).not.toBe(check.title.en);
      expect(check.messages.default).toBeDefined();
    }
  });
});

describe('issues per record', () => {
  const records = [
    citizen('001099012345', 'Nguyễn Văn An', '15/03/1999'),
    citizen('031185000123', 'Lê Thị Bình', '01/02/1985'),
    citizen('001099012345', 'Trần Văn Cường', '15/03/1999'),
    citizen('031185000123', 'Lê Thị Bình', '01/02/1985'),
  ];
  it('two passes over a file: every record involved gets the issue', () => {
    const found = recordFindings(rowsOf(records), 'two-pass');
    expect(found.map((f) => [f.row, f.rule, f.finding.severity ?? 'error', f.finding.message ?? 'default'])).toEqual([
      [1, 'dataset.duplicate-id', 'error', 'default'],
      [2, 'dataset.duplicate-id', 'warning', 'same-person'],
      [3, 'dataset.duplicate-id', 'error', 'default'],
      [4, 'dataset.duplicate-id', 'warning', 'same-person'],
    ]);
    expect(found[0]!.finding).toMatchObject({ params: { rows: '1, 3', count: 2 }, personal: { id: 'personalId' }, related: ['fullName', 'dateOfBirth'] });
  });
  it('one pass over a stream: from the second occurrence on', () => {
    expect(recordFindings(rowsOf(records), 'stream').map((f) => f.row)).toEqual([3, 4]);
  });
  it('shared phone and near-duplicate issues land on their fields', () => {
    const rows = rowsOf([...household(4, '0912345678'), citizen('036199004567', 'Nguyễn Văn Người A', '01/01/1999')]);
    const found = recordFindings(rows, 'two-pass');
    expect(found.filter((f) => f.rule === 'dataset.shared-phone').map((f) => f.row)).toEqual([1, 2, 3, 4]);
    expect(found.filter((f) => f.rule === 'dataset.near-duplicate').map((f) => f.row)).toEqual([1, 5]);
    expect(found.find((f) => f.rule === 'dataset.shared-phone')!.finding).toMatchObject({ personal: { phone: 'phone' }, params: { ids: 4, max: 3 } });
  });
  it('reads the threshold from the profile', () => {
    const found = recordFindings(rowsOf(household(3, '0912345678')), 'two-pass', citizenWith({ maxIdsPerPhone: 2 }));
    expect(found.map((f) => f.rule)).toEqual(['dataset.shared-phone', 'dataset.shared-phone', 'dataset.shared-phone']);
  });
});
