import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, resolveProfile, validateRecord } from '../../src';
import { citizenProfile } from '../../rules';
import { EXAMPLE_CITIZEN } from '../support/exampleCitizen';

// A valid citizen as a ministry export writes it; each example changes one thing.
const base = EXAMPLE_CITIZEN;
const asOf = '2026-11-01';
const run = (patch: Record<string, string>, lang: 'vi' | 'en' = 'vi') => validateRecord({ ...base, ...patch }, 'citizen', { asOf, mask: false, lang });

describe('the base record', () => {
  it('passes with score 1 and no issue', () => {
    expect(run({})).toMatchObject({ row: 1, key: 'HS00000017', score: 1, verdict: 'pass', issues: [] });
  });
});

describe.each([
  // rule, patch, expected issue (subset), Vietnamese message fragment
  ['field.missing', { ho_ten: '  ' }, { field: 'fullName', severity: 'error', dimension: 'complete' }, 'Thiếu họ và tên'],
  ['field.missing', { so_dinh_danh: '' }, { field: 'personalId', severity: 'error' }, 'Thiếu số định danh cá nhân'],
  ['field.placeholder', { dia_chi: 'Không có' }, { field: 'address', severity: 'error' }, 'giá trị giữ chỗ "Không có"'],
  ['field.placeholder', { so_dien_thoai: 'N/A' }, { field: 'phone', severity: 'warning' }, 'Số điện thoại là giá trị giữ chỗ'],
  ['id.personal.format', { so_dinh_danh: '00109901234' }, { fix: null }, 'nhận được 11 chữ số'],
  ['id.personal.format', { so_dinh_danh: '1099012345' }, { fix: '001099012345' }, 'bỏ số 0 ở đầu'],
  ['id.personal.format', { so_dinh_danh: '001O99012345' }, {}, 'chỉ được gồm chữ số'],
  ['id.personal.province', { so_dinh_danh: '003099012345' }, {}, 'Mã tỉnh nơi đăng ký khai sinh "003"'],
  ['id.personal.sex-digit', { gioi_tinh: 'Nữ' }, { related: ['sex'] }, 'Chữ số thứ 4 của số định danh (0) là của giới tính nam'],
  ['id.personal.birth-year', { ngay_sinh: '15/03/1989' }, { related: ['dateOfBirth'] }, 'Năm sinh trong số định danh (1999) khác năm sinh trong ngày sinh (1989)'],
  ['id.personal.placeholder', { so_dinh_danh: '000000000000' }, { dimension: 'clean' }, 'số giả'],
  ['id.personal.separators', { so_dinh_danh: '001 099 012345' }, { severity: 'info', fix: '001099012345' }, 'chỉ nên lưu chữ số'],
  ['id.cmnd', { so_dinh_danh: '271834567' }, { dimension: 'live', severity: 'error' }, 'Số CMND 9 số hết giá trị'],
  ['name.characters', { ho_ten: 'Nguyễn Văn An 2' }, {}, 'chữ số'],
  ['name.characters', { ho_ten: 'Nguyễn V@n An' }, {}, 'ký hiệu @'],
  ['name.whitespace', { ho_ten: 'Nguyễn  Văn An ' }, { fix: 'Nguyễn Văn An' }, 'khoảng trắng'],
  ['name.whitespace', { ho_ten: 'Nguyễn\u00a0Văn An' }, { fix: 'Nguyễn Văn An' }, 'khoảng trắng không ngắt'],
  ['name.lowercase', { ho_ten: 'nguyễn văn đức' }, { fix: 'Nguyễn Văn Đức' }, 'viết thường toàn bộ'],
  ['text.nfd', { ho_ten: 'Nguyễn Văn An'.normalize('NFD') }, { fix: 'Nguyễn Văn An' }, 'Unicode tổ hợp'],
  ['text.legacy-encoding', { ho_ten: 'NguyÔn V¨n §øc' }, { fix: 'Nguyễn Văn Đức' }, 'TCVN3'],
  ['text.legacy-encoding', { ho_ten: 'Nguyeãn Vaên Ñöùc' }, { fix: 'Nguyễn Văn Đức' }, 'VNI-Windows'],
  ['date.invalid', { ngay_sinh: '31/02/1999' }, { field: 'dateOfBirth' }, 'không tồn tại trên lịch'],
  ['date.invalid', { ngay_cap_nhat: 'hôm qua' }, { field: 'updatedAt', severity: 'warning' }, 'Không đọc được ngày "hôm qua"'],
  ['date.invalid', { ngay_sinh: '33970' }, { field: 'dateOfBirth', fix: null }, 'có vẻ là số ngày kiểu Excel'],
  ['dob.future', { ngay_sinh: '02/11/2026', so_dinh_danh: '001226012345' }, {}, 'Ngày sinh (2026-11-02) sau ngày đối chiếu 2026-11-01'],
  ['dob.too-old', { ngay_sinh: '01/01/1899', so_dinh_danh: '001099012345' }, {}, '127 tuổi'],
  ['id.card.issued-before-birth', { ngay_cap: '01/01/1998' }, { related: ['dateOfBirth'] }, 'Ngày cấp (1998-01-01) trước ngày sinh (1999-03-15)'],
  ['id.card.issued-underage', { ngay_cap: '01/06/2010' }, {}, 'khi người này 11 tuổi'],
  ['id.card.issued-future', { ngay_cap: '01/12/2026' }, {}, 'sau ngày đối chiếu'],
  ['id.card.expired', { ngay_sinh: '15/03/2000', so_dinh_danh: '001200012345', ngay_cap: '01/06/2016' }, { dimension: 'live', related: ['dateOfBirth'] }, 'chỉ có giá trị đến hết ngày 2025-03-15 (đủ 25 tuổi'],
  // Issued before 2016, when only CMNDs were issued: a 12-digit CMND, void after 2024 (Law on Identification 2023, art. 46(2)).
  ['id.card.expired', { ngay_sinh: '15/03/1990', so_dinh_danh: '001090012345', ngay_cap: '01/01/2012' }, { dimension: 'live' }, 'là CMND (trước ngày 2016-01-01'],
  // The 25th birthday fell on 2024-03-15, inside the art. 46(3) extension: valid through 2024-06-30.
  ['id.card.expired', { ngay_cap: '01/06/2016' }, { dimension: 'live' }, 'phải cấp đổi khi đủ 25 tuổi; hạn được kéo dài nhưng chỉ đến hết ngày 2024-06-30'],
  ['sex.unrecognised', { gioi_tinh: '1' }, { severity: 'warning' }, 'Không đọc được giới tính "1"'],
  ['phone.invalid', { so_dien_thoai: '0912 345' }, {}, 'không phải số hợp lệ'],
  ['phone.legacy', { so_dien_thoai: '0168 123 4567' }, { fix: '+84381234567', dimension: 'live' }, 'số mới là +84381234567'],
  ['phone.legacy', { so_dien_thoai: '04 3825 1234' }, { fix: '+842438251234' }, 'Mã vùng'],
  ['record.stale', { ngay_cap_nhat: '01/06/2024' }, { severity: 'warning' }, 'đã quá 2 năm'],
  ['record.updated-future', { ngay_cap_nhat: '01/01/2030' }, { severity: 'warning', dimension: 'correct', field: 'updatedAt' }, 'Ngày cập nhật (2030-01-01) sau ngày đối chiếu'],
  ['address.ward-missing', { dia_chi: '12 Lê Lợi, Thành phố Hồ Chí Minh' }, { dimension: 'complete' }, 'không ghi xã, phường'],
  ['address.province-missing', { dia_chi: '12 Lê Lợi, Phường Sài Gòn' }, { severity: 'warning' }, 'không ghi tỉnh'],
  ['address.street-missing', { dia_chi: 'Phường Sài Gòn, TP HCM' }, { severity: 'warning' }, 'không có số nhà'],
  ['address.ward-not-in-province', { dia_chi: '12 Lê Lợi, Phường Bến Thành, Hà Nội' }, { severity: 'error' }, 'thuộc Thành phố Hà Nội'],
  ['address.district-ward-mismatch', { dia_chi: '12 Lê Lợi, Phường Bến Thành, Quận 3, TP.HCM' }, { severity: 'error' }, 'không thuộc Quận 3'],
  ['address.unrecognised', { dia_chi: 'abc xyz' }, { severity: 'warning' }, 'Không nhận ra'],
  // Merged into Thủ Đức's wards before 2025 lists; written, so not "missing".
  ['address.ward-unknown', { dia_chi: '12 Xuân Thủy, Phường Thảo Điền, Quận 2, TP.HCM' }, { severity: 'warning', dimension: 'correct' }, 'Không tìm thấy "Phường Thảo Điền"'],
  ['address.ward-unknown', { dia_chi: '12 Lê Lợi, P. Xyzabc, TP.HCM' }, { severity: 'warning' }, '"P. Xyzabc"'],
  ['address.legacy', { dia_chi: '123 Nguyễn Trãi, P. Bến Thành, Q.1, TP.HCM' }, { fix: '123 Nguyễn Trãi, Phường Bến Thành, Thành phố Hồ Chí Minh' }, 'trước ngày 1/7/2025'],
  ['address.legacy', { dia_chi: 'so 5 ngo 10 pho hue, p pham dinh ho, q hai ba trung, ha noi' }, { fix: null }, 'đã chia cho 2 xã/phường mới'],
] as const)('%s', (rule, patch, expected, message) => {
  it(`fires on ${JSON.stringify(patch)}`, () => {
    const issue = run(patch).issues.find((i) => i.rule === rule);
    expect(issue).toMatchObject(expected);
    expect(issue!.message).toContain(message);
  });
  it('speaks English on request', () => {
    const issue = run(patch, 'en').issues.find((i) => i.rule === rule);
    expect(issue!.message).toMatch(/^[\x20-\x7e\u00c0-\u1ef9]+$/u);
    expect(issue!.message).not.toBe(run(patch).issues.find((i) => i.rule === rule)!.message);
  });
});

describe('validateRecord with odd input', () => {
  it.each([null, 'so_cccd,ho_ten', 42, [], [base]])('returns a report for %j', (record) => {
    expect(validateRecord(record, 'citizen', { asOf })).toMatchObject({ row: 1, verdict: 'fail', issues: [{ rule: 'input.not-object' }] });
  });

  it('reads values of any type as text', () => {
    const report = validateRecord({ ...base, so_dinh_danh: 1099012345, ngay_sinh: new Date(Date.UTC(1999, 2, 15)) }, 'citizen', { asOf, mask: false });
    expect(report.issues.map((i) => i.rule)).toContain('id.personal.format');
  });

  it('throws a clear error for a bad asOf, lang or profile (mistakes in calling code)', () => {
    expect(() => validateRecord(base, 'citizen', { asOf: '2026-02-30' })).toThrow(/asOf/);
    expect(() => validateRecord(base, 'citizen', { asOf, lang: 'fr' as never })).toThrow(/lang must be "vi" or "en", got "fr"/);
    expect(() => validateRecord(base, 'nope')).toThrow(/unknown profile "nope"/);
  });

  it('reads dates handed over as Date objects at local midnight (database drivers) as that day', () => {
    const report = validateRecord({ ...base, ngay_sinh: new Date(1999, 2, 15), ngay_cap: new Date(2024, 3, 20) }, 'citizen', { asOf });
    expect(report.issues).toEqual([]);
  });

  // Headers as the forms of commune police and ward offices write them (a grouped header's names joined: see
  // src/io/read/subHeaderRow.ts).
  it.each([
    ['Số căn cước công dân', 'personalId'],
    ['Căn cước công dân', 'personalId'],
    ['Thẻ căn cước', 'personalId'],
    ['Số thẻ căn cước', 'personalId'],
    ['Chứng minh nhân dân', 'personalId'],
    ['Số chứng minh nhân dân', 'personalId'],
    ['Số CCCD/CMND', 'personalId'],
    ['Ngày cấp CMND/CCCD', 'idIssueDate'],
    ['Ngày cấp căn cước', 'idIssueDate'],
    ['Nơi cấp', null],
    ['Hộ chiếu', null],
  ])('reads the column %j as %s', (column, field) => {
    expect(resolveProfile('citizen').fieldForColumn(column)).toBe(field);
  });

  it('does not take a "ten" column alone (a given name) for the full name', () => {
    const { ho_ten: _, ...rest } = base;
    const report = validateRecord({ ...rest, ten: 'Na' }, 'citizen', { asOf });
    expect(report.issues.map((i) => [i.rule, i.field])).toEqual([['field.missing', 'fullName']]);
  });

  it.each([
    ['"ho | ten_dem | ten"', { ho: 'Nguyễn', ten_dem: 'Thị', ten: 'Na' }, []],
    ['"Họ và tên đệm | Tên"', { 'Họ và tên đệm': 'Nguyễn Thị', Tên: 'Na' }, []],
    ['"Họ | Tên", no middle name', { Họ: 'Nguyễn', Tên: 'Na' }, []],
    ['a blank middle name, left out', { ho: 'Nguyễn', ten_dem: ' ', ten: 'Na' }, []],
    ['lower case, judged on the whole name', { ho: 'nguyễn', ten_dem: 'thị', ten: 'na' }, [['name.lowercase', 'N*** T*** N***']]],
    ['every part blank', { ho: '', ten_dem: '', ten: '' }, [['field.missing', null]]],
  ])('reads a name split in %s as the parts joined', (_name, parts, issues) => {
    const { ho_ten: _, ...rest } = base;
    const report = validateRecord({ ...rest, ...parts }, 'citizen', { asOf });
    expect(report.issues.map((i) => [i.rule, i.fix])).toEqual(issues);
  });

  it.each([
    ['ho_ten', 'fullName', 'A, '.repeat(400_000)],
    ['dia_chi', 'address', 'Phường 1, '.repeat(2_000)],
    ['gioi_tinh', 'sex', 'x'.repeat(10_001)],
  ])('reports a %s of over 10,000 characters once, as input.value-too-long, and judges it no further', (column, field, value) => {
    const report = validateRecord({ ...base, [column]: value }, 'citizen', { asOf });
    const onField = report.issues.filter((i) => i.field === field);
    expect(onField.map((i) => i.rule)).toEqual(['input.value-too-long']);
    expect(onField[0]).toMatchObject({ severity: 'error', value: null });
    expect(report.verdict).toBe('fail');
  });

  it('judges a value of exactly 10,000 characters as usual', () => {
    const report = validateRecord({ ...base, gioi_tinh: 'x'.repeat(10_000) }, 'citizen', { asOf });
    expect(report.issues.map((i) => i.rule)).toEqual(['sex.unrecognised']);
  });

  it.each([
    ['CMND first', { so_cmnd: '012345679', so_cccd: '001099012345' }],
    ['CCCD first', { so_cccd: '001099012345', so_cmnd: '012345679' }],
  ])('judges the CCCD when a record also holds its old CMND (%s), whatever the column order', (_, ids) => {
    const { so_dinh_danh: _id, ...rest } = base;
    const report = validateRecord({ ...ids, ...rest }, 'citizen', { asOf });
    expect(report.issues).toEqual([]);
  });

  it('prefers a column the caller mapped over one recognised by its name', () => {
    const { so_dinh_danh: _id, ...rest } = base;
    const report = validateRecord({ so_cccd: '001099012345', x1: '012345679', ...rest }, 'citizen', { asOf, columns: { x1: 'personalId' } });
    expect(report.issues.map((i) => i.rule)).toEqual(['id.cmnd']);
  });

  it('uses explicit column mappings', () => {
    const report = validateRecord({ x1: '003099012345', ho_ten: 'Nguyễn Văn An' }, 'citizen', { asOf, columns: { x1: 'personalId' } });
    expect(report.issues.map((i) => i.rule)).toContain('id.personal.province');
  });

  it('prefers the first non-blank of several columns for one field (CMND and CCCD side by side)', () => {
    const report = validateRecord({ ...base, so_dinh_danh: undefined, so_cmnd: '', so_cccd: '001099012345' }, 'citizen', { asOf });
    expect(report.issues).toEqual([]);
  });
});

describe('fillers in a profile of your own', () => {
  // A copy of the citizen profile with split-name and religion fields, as some provincial exports have them.
  const profile = {
    ...citizenProfile,
    name: 'citizen-split',
    fields: {
      ...citizenProfile.fields,
      surname: { type: 'text', required: true, aliases: ['ho'] },
      givenName: { type: 'text', required: true, aliases: ['ten_goi'] },
      religion: { type: 'text', required: true, aliases: ['ton_giao'], placeholders: false },
    },
  };
  const check = (patch: Record<string, string>) => validateRecord({ ...base, ho: 'Nguyễn', ten_goi: 'An', ton_giao: 'Phật giáo', ...patch }, profile, { asOf, mask: false });

  it.each([
    [{ ho: 'Khổng', ten_goi: 'Trọng' }],
    [{ ho: 'Khổng', ten_goi: 'Na' }],
    [{ ten_goi: 'Nà' }],
    [{ ten_goi: 'Năn' }],
  ])('does not take the names %j for fillers', (patch) => {
    expect(check(patch).issues).toEqual([]);
  });

  it('reads "Không" as an answer in a field whose profile says placeholders: false, and as a filler elsewhere', () => {
    expect(check({ ton_giao: 'Không' }).issues).toEqual([]);
    expect(check({ ton_giao: 'Không', ten_goi: 'Không' }).issues.map((i) => [i.rule, i.field])).toEqual([['field.placeholder', 'givenName']]);
  });

  it('still reports a blank religion as missing', () => {
    expect(check({ ton_giao: ' ' }).issues.map((i) => [i.rule, i.field])).toEqual([['field.missing', 'religion']]);
  });
});

describe('record.updated-future', () => {
  it('property: flags an update date after asOf, and only then, whatever the date format or time of day', () => {
    const day = (offset: number) => new Date(Date.UTC(2026, 10, 1) + offset * 86_400_000);
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 20_000 }), fc.constantFrom('dmy', 'iso', 'stamp'), (offset, style) => {
        const d = day(offset);
        const [y, m, dd] = [d.getUTCFullYear(), String(d.getUTCMonth() + 1).padStart(2, '0'), String(d.getUTCDate()).padStart(2, '0')];
        const text = style === 'dmy' ? `${dd}/${m}/${y}` : style === 'iso' ? `${y}-${m}-${dd}` : `${y}-${m}-${dd} 23:59:59`;
        const flagged = run({ ngay_cap_nhat: text }).issues.some((i) => i.rule === 'record.updated-future');
        expect(flagged).toBe(offset > 0);
      }),
      { numRuns: 400 },
    );
  });
});

describe('date.invalid: a date column saved as Excel serial numbers', () => {
  it('names the day a five-digit serial stands for, masked in a birth date, as written in an issue date; no fix', () => {
    const born = validateRecord({ ...base, ngay_sinh: '33970' }, 'citizen', { asOf, lang: 'en' }).issues.find((i) => i.rule === 'date.invalid')!;
    expect(born).toMatchObject({ field: 'dateOfBirth', value: '*****', fix: null, message: '"*****" looks like an Excel serial day number (**/**/1993), not a date: format the column as dates before exporting' });
    const issued = validateRecord({ ...base, ngay_cap: '45000' }, 'citizen', { asOf, lang: 'vi', mask: false }).issues.find((i) => i.rule === 'date.invalid')!;
    expect(issued.message).toBe('"45000" có vẻ là số ngày kiểu Excel (ngày 15/03/2023), không phải ngày: định dạng cột là ngày trước khi xuất tệp');
  });

  it('property: any five-digit serial names the day parseDate gives the number; other digit strings keep the usual message', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        const text = String(n);
        const issue = validateRecord({ ...base, ngay_cap: text }, 'citizen', { asOf, lang: 'en', mask: false }).issues.find((i) => i.rule === 'date.invalid');
        const day = parseDate(n);
        if (text.length === 5 && day.ok) {
          const [y, m, d] = day.iso.split('-');
          expect(issue?.message).toContain(`(${d}/${m}/${y})`);
        } else if (issue) expect(issue.message).not.toContain('Excel');
      }),
      { numRuns: 300 },
    );
  });
});

describe('dates that are not birth dates, quoted by date.invalid', () => {
  // An issue date or update stamp is no personal data: shown as written, so that it can be found and fixed. A name
  // or an address typed into its column is, and is hidden.
  it.each([
    ['ngay_cap', 'idIssueDate', 'error'],
    ['ngay_cap_nhat', 'updatedAt', 'warning'],
  ])('shows a date in %s, masked or not, and hides words there', (column, field, severity) => {
    const masked = validateRecord({ ...base, [column]: '31/02/2024' }, 'citizen', { asOf, lang: 'en' }).issues;
    expect(masked).toEqual([expect.objectContaining({ rule: 'date.invalid', field, severity, message: 'The date "31/02/2024" does not exist on the calendar', value: '31/02/2024' })]);
    const name = validateRecord({ ...base, [column]: 'Nguyễn Văn An' }, 'citizen', { asOf, lang: 'en' }).issues;
    expect(name).toEqual([expect.objectContaining({ rule: 'date.invalid', field, message: 'Cannot read the date "***" (use dd/MM/yyyy or yyyy-MM-dd)', value: '***' })]);
  });
});
