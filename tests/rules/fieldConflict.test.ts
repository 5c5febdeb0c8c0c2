import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditFile, validateRecord, type RecordReport } from '../../src';
import { citizenRecordArb, personalIdArb, vietnameseNameArb } from '../../src/arbitraries';
import { defineRule, type RuleContext } from '../../src/core';
import { auditRecords } from '../../src/io/auditRecords';
import { maskPersonalId } from '../../rules/masks';
import { citizenProfileWith } from '../support/ownRule';
import { anyVietnameseName, retone, TONE_MARK } from '../vn/text/vietnameseNames';
import { isVietnameseSyllable } from '../../src/vn/text';
import { EXAMPLE_CITIZEN } from '../support/exampleCitizen';

// A valid citizen as a ministry export writes it; each example adds a second column for one field.
const base = EXAMPLE_CITIZEN;
const asOf = '2026-11-01';
const run = (patch: Record<string, unknown>, options: { lang?: 'vi' | 'en'; mask?: boolean } = {}) =>
  validateRecord({ ...base, ...patch }, 'citizen', { asOf, mask: false, ...options });
const conflicts = (report: RecordReport) => report.issues.filter((i) => i.rule === 'field.conflict');

describe('field.conflict', () => {
  it('is silent on the base record', () => {
    expect(run({}).issues).toEqual([]);
  });

  describe.each([
    // what, second column(s), the field in conflict (null: none), the column named as the other one
    ['two different 12-digit IDs', { cccd: '001099012346' }, 'personalId', 'cccd'],
    ['the same ID with spaces', { cccd: '001 099 012 345' }, null, null],
    ['the same ID with dots and an apostrophe', { so_cccd: "'001.099.012.345" }, null, null],
    ['a 9-digit CMND beside the CCCD (old and new document)', { so_cmnd: '012345678' }, null, null],
    ['an unreadable second ID', { cccd: '00109901234' }, null, null],
    ['a placeholder second ID', { cccd: '000000000000' }, null, null],
    // Twelve digits with no province code are no personal ID: a CMND zero-padded by Excel, a code that does not exist.
    ['a zero-padded CMND beside the CCCD', { cmnd: '000012345678' }, null, null],
    ['12 digits with province code 099', { cccd: '099099012345' }, null, null],
    ['a valid CCCD of another province', { cccd: '079301004567' }, 'personalId', 'cccd'],
    ['the same birth date in ISO form', { ns: '1999-03-15' }, null, null],
    ['another birth date', { ns: '16/03/1999' }, 'dateOfBirth', 'ns'],
    ['the birth year alone, the same year', { ns: '1999' }, null, null],
    ['the birth year alone, another year', { ns: '1998' }, 'dateOfBirth', 'ns'],
    ['an unreadable second birth date', { ns: '31/02/1999' }, null, null],
    ['Nam beside Nữ', { gt: 'Nữ' }, 'sex', 'gt'],
    ['Nam beside nam', { gt: 'nam' }, null, null],
    ['Nam beside M', { gt: 'M' }, null, null],
    ['an unreadable second sex', { gt: '1' }, null, null],
    ['two names of Object.prototype methods', { gioi_tinh: 'valueOf', gt: 'hasOwnProperty' }, null, null],
    ['the name in capitals', { ho_va_ten: 'NGUYỄN VĂN AN' }, null, null],
    ['the name with extra spaces and in NFD', { ho_va_ten: ' Nguyễn  Văn An '.normalize('NFD') }, null, null],
    ['the name in TCVN3', { ho_va_ten: 'NguyÔn V¨n An' }, null, null],
    // A copy without any diacritics is the same name (see rules/fieldTypes.ts, sameNameKey).
    ['the name without diacritics', { ho_va_ten: 'Nguyen Van An' }, null, null],
    ['the name without diacritics, in capitals', { ho_va_ten: 'NGUYEN VAN AN' }, null, null],
    // Names differing only by a diacritic are different names.
    ['a name differing by one diacritic', { ho_va_ten: 'Nguyễn Văn Ân' }, 'fullName', 'ho_va_ten'],
    ['another name', { ho_va_ten: 'Trần Văn Bình' }, 'fullName', 'ho_va_ten'],
    ['another name without diacritics', { ho_va_ten: 'Tran Van Binh' }, 'fullName', 'ho_va_ten'],
    // The old and the new tone placement are both correct spellings of one name; Ð (eth) is a look-alike of Đ.
    ['Hòa beside Hoà', { ho_ten: 'Đỗ Văn Hòa', ho_va_ten: 'Đỗ Văn Hoà' }, null, null],
    ['Thủy beside THUỶ', { ho_ten: 'Lê Thị Thủy', ho_va_ten: 'LÊ THỊ THUỶ' }, null, null],
    ['Khỏe beside Khoẻ', { ho_ten: 'Nguyễn Văn Khỏe', ho_va_ten: 'Nguyễn Văn Khoẻ' }, null, null],
    ['Thúy beside Thuý', { ho_ten: 'Trần Thị Thúy', ho_va_ten: 'Trần Thị Thuý' }, null, null],
    ['Ð (eth) beside Đ', { ho_ten: 'Ðỗ Văn Hòa', ho_va_ten: 'Đỗ Văn Hòa' }, null, null],
    ['Hòa beside Hóa', { ho_ten: 'Đỗ Văn Hòa', ho_va_ten: 'Đỗ Văn Hóa' }, 'fullName', 'ho_va_ten'],
    ['Đào beside Dao', { ho_ten: 'Đào Thị Lan', ho_va_ten: 'Dao Thị Lan' }, 'fullName', 'ho_va_ten'],
    ['a blank second column', { cccd: '   ' }, null, null],
    ['a filler in the second column', { cccd: 'N/A', ho_va_ten: 'không có' }, null, null],
    // Fields whose columns may rightly differ are never compared.
    ['a mobile beside a landline', { sdt: '024 3825 1234' }, null, null],
    ['a permanent and a current address', { noi_o_hien_tai: '45 Hàng Bài, Phường Hoàn Kiếm, Thành phố Hà Nội' }, null, null],
    ['the CMND issue date beside the CCCD one', { ngay_cap_cmnd: '01/02/2014' }, null, null],
    ['three columns, the third disagreeing', { cccd: '001099012345', so_cmnd: '001099054321' }, 'personalId', 'so_cmnd'],
  ] as const)('%s', (_what, patch, field, otherColumn) => {
    it(field === null ? 'gives no finding' : `gives one error on ${field} naming column ${otherColumn}`, () => {
      const found = conflicts(run(patch));
      if (field === null) {
        expect(found).toEqual([]);
        return;
      }
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ field, severity: 'error', dimension: 'correct', fix: null });
      expect(found[0]!.message).toContain(`(cột ${otherColumn})`);
    });
  });

  it('names both columns and both values, and leaves the judged value and the other rules as they were', () => {
    const report = run({ cccd: '001099012346' }, { lang: 'en' });
    expect(report.verdict).toBe('fail');
    expect(report.issues).toEqual([
      {
        rule: 'field.conflict',
        dimension: 'correct',
        severity: 'error',
        field: 'personalId',
        message: 'Two columns give different personal ID number values: "001099012345" (column so_dinh_danh) and "001099012346" (column cccd); which one is right is unknown',
        value: '001099012345',
        fix: null,
      },
    ]);
    expect(report.fixed).toEqual({});
  });

  it('speaks Vietnamese by default', () => {
    const [issue] = conflicts(run({ ns: '16/03/1999' }, { lang: 'vi' }));
    expect(issue!.message).toBe('Hai cột cùng ghi ngày sinh nhưng khác nhau: "15/03/1999" (cột ngay_sinh) và "16/03/1999" (cột ns); không biết giá trị nào đúng');
  });

  it('names the judged column by the profile order, whatever the file order', () => {
    // so_dinh_danh ranks before cccd (ADR 0012): its value is judged even when it comes second in the file.
    const { so_dinh_danh, ...rest } = base;
    const report = validateRecord({ cccd: '001099012346', ...rest, so_dinh_danh }, 'citizen', { asOf, mask: false, lang: 'en' });
    expect(conflicts(report)[0]!.message).toContain('"001099012345" (column so_dinh_danh) and "001099012346" (column cccd)');
  });

  it('gives one finding per field in conflict', () => {
    const found = conflicts(run({ cccd: '001099012346', gt: 'Nữ', ns: '1998-01-01' }));
    expect(found.map((i) => i.field)).toEqual(['personalId', 'dateOfBirth', 'sex']);
  });

  it('is silent when the judged value is a filler (field.placeholder says so) or the only value', () => {
    expect(conflicts(run({ so_dinh_danh: 'N/A', cccd: '001099012346' }))).toEqual([]);
    expect(conflicts(run({ so_dinh_danh: '', cccd: '001099012346' }))).toEqual([]);
  });

  it('masks both values as the field is masked, and shows them unmasked with mask: false', () => {
    const masked = conflicts(run({ cccd: '079301004567' }, { mask: true, lang: 'en' }))[0]!;
    expect(masked.message).toBe(`Two columns give different personal ID number values: "${maskPersonalId('001099012345')}" (column so_dinh_danh) and "${maskPersonalId('079301004567')}" (column cccd); which one is right is unknown`);
    expect(masked.message).not.toContain('004567');
    expect(masked.message).not.toContain('012345');
    expect(masked.value).toBe('001099******');
    const plain = conflicts(run({ cccd: '079301004567' }, { mask: false, lang: 'en' }))[0]!;
    expect(plain.message).toContain('"079301004567" (column cccd)');
    // Two IDs of one province and birth year mask alike: the message says they differ in the hidden part.
    const alike = conflicts(run({ cccd: '001099012346' }, { mask: true, lang: 'en' }))[0]!;
    expect(alike.message).toBe('Two columns give different personal ID number values: "001099******" (column so_dinh_danh) and "001099******" (column cccd), alike once personal data is masked but different in the hidden part; which one is right is unknown');
    expect(conflicts(run({ cccd: '001099012346' }, { mask: true }))[0]!.message).toContain('giống nhau khi đã che dữ liệu cá nhân nhưng khác ở phần bị che');
    expect(conflicts(run({ cccd: '001099012346' }, { mask: false }))[0]!.message).not.toContain('phần bị che');
    expect(conflicts(run({ ho_va_ten: 'Nguyễn Văn Anh' }, { mask: true, lang: 'en' }))[0]!.message).toContain('alike once personal data is masked');
    const name = conflicts(run({ ho_va_ten: 'Trần Văn Bình' }, { mask: true }))[0]!;
    expect(name.message).not.toMatch(/Trần|Bình|Nguyễn/u);
    expect(name.message).toContain('"T*** V*** B***" (cột ho_va_ten)');
  });

  it('reads a number cell of a JSON export as its date', () => {
    expect(conflicts(run({ ns: 19990315 }))).toEqual([]);
    expect(conflicts(run({ ns: 19990316 })).map((i) => i.field)).toEqual(['dateOfBirth']);
  });
});

describe('what rules see of a field with several columns', () => {
  const seen: { multi: readonly string[]; alternatives: readonly unknown[]; column: string | undefined; phone: readonly unknown[]; phoneColumn: string | undefined }[] = [];
  const probe = defineRule({
    id: 'test.alternatives',
    dimension: 'correct',
    severity: 'info',
    fields: ['*'],
    title: { vi: 'thử', en: 'probe' },
    messages: { default: { vi: () => 'thử', en: () => 'probe' } },
    check(ctx: RuleContext) {
      seen.push({ multi: ctx.multiColumnFields, alternatives: ctx.alternatives('personalId'), column: ctx.column('personalId'), phone: ctx.alternatives('phone'), phoneColumn: ctx.column('phone') });
      return null;
    },
  });
  const profile = citizenProfileWith(probe);
  const look = (record: Record<string, unknown>) => {
    seen.length = 0;
    validateRecord(record, profile, { asOf });
    return seen[0]!;
  };

  it('gives the usual record the shared empty lists', () => {
    const one = look(base);
    const two = look({ ...base, so_dinh_danh: '079301004567' });
    expect(one.multi).toEqual([]);
    expect(one.alternatives).toEqual([]);
    expect(Object.isFrozen(one.alternatives)).toBe(true);
    expect(two.multi).toBe(one.multi);
    expect(two.alternatives).toBe(one.alternatives);
    expect(one.column).toBe('so_dinh_danh');
    expect(one.phoneColumn).toBe('so_dien_thoai');
  });

  it('lists the other non-blank values in order of preference, without blanks and fillers', () => {
    // File order: so_cmnd, cccd, the_can_cuoc (unmapped), so_dinh_danh; preference: so_dinh_danh, cccd, so_cmnd.
    const { so_dinh_danh, ...rest } = base;
    const got = look({ so_cmnd: '012345678', cccd: '001 099 012 345', so_giay_to: 'N/A', the_can_cuoc: 'x', personal_id: ' ', ...rest, so_dinh_danh });
    expect(got.multi).toEqual(['personalId']);
    expect(got.column).toBe('so_dinh_danh');
    expect(got.alternatives).toEqual([
      { column: 'cccd', text: '001 099 012 345', raw: '001 099 012 345' },
      { column: 'so_cmnd', text: '012345678', raw: '012345678' },
    ]);
    expect(got.phone).toEqual([]);
  });

  it('takes the value from the first non-blank column, as before, and names that column', () => {
    const got = look({ ...base, so_dinh_danh: '', cccd: '001099012345', so_cmnd: 12345678 });
    expect(got.column).toBe('cccd');
    expect(got.alternatives).toEqual([{ column: 'so_cmnd', text: '12345678', raw: 12345678 }]);
    expect(look({ ...base, so_dinh_danh: ' ', cccd: '' }).column).toBe('cccd');
  });
});

describe('field.conflict properties', () => {
  const records = citizenRecordArb({ asOf });
  const spacing = fc.constantFrom('', ' ', '.', '-', '  ');
  const spaced = (id: string, sep: string, cut: number) => (cut === 0 ? id.split('').join(sep) : `${id.slice(0, cut)}${sep}${id.slice(cut)}`);

  it('a second ID column with the same ID, in any spacing, raises nothing', () => {
    fc.assert(
      fc.property(records, spacing, fc.integer({ min: 0, max: 11 }), (row, sep, cut) => {
        const report = validateRecord({ ...row, cccd: spaced(row.so_dinh_danh, sep, cut) }, 'citizen', { asOf });
        expect(conflicts(report)).toEqual([]);
        expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('a second ID column with another valid 12-digit ID raises exactly one conflict, on personalId', () => {
    fc.assert(
      fc.property(records, personalIdArb(), spacing, (row, other, sep) => {
        fc.pre(other !== row.so_dinh_danh);
        const report = validateRecord({ ...row, so_cccd: spaced(other, sep, 6) }, 'citizen', { asOf });
        expect(conflicts(report).map((i) => i.field)).toEqual(['personalId']);
      }),
      { numRuns: 200 },
    );
  });
});

describe('field.conflict properties of names', () => {
  const names = fc.oneof(vietnameseNameArb(), anyVietnameseName);
  const inWord = (name: string, which: number, change: (word: string) => string) => {
    const words = name.split(' ');
    const i = which % words.length;
    words[i] = change(words[i]!);
    return words.join(' ');
  };

  it('the name with a tone mark moved within its syllable (old or new placement), in NFD or capitals, raises nothing', () => {
    fc.assert(
      fc.property(names, fc.nat(), fc.nat(), fc.boolean(), fc.boolean(), (name, which, to, nfd, upper) => {
        // Old or new placement, that is a syllable still: "Buì" (the mark of "Bùi" on its i) is neither, and reads
        // as TCVN3 text ("Buỡ"), which name.legacy-encoding reports and the key repairs first.
        const words = name.split(' ');
        fc.pre(isVietnameseSyllable(retone(words[which % words.length]!, to)));
        let variant = inWord(name, which, (w) => retone(w, to));
        if (upper) variant = variant.toUpperCase();
        if (nfd) variant = variant.normalize('NFD');
        expect(conflicts(run({ ho_ten: name, ho_va_ten: variant }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the name with one tone changed for another raises a conflict', () => {
    fc.assert(
      fc.property(names, fc.nat(), fc.nat(), fc.constantFrom('\u0300', '\u0301', '\u0303', '\u0309', '\u0323'), (name, which, to, tone) => {
        const variant = inWord(name, which, (w) => retone(w, to, tone));
        fc.pre(variant.normalize('NFD').replace(TONE_MARK, '') === name.normalize('NFD').replace(TONE_MARK, ''));
        fc.pre(variant.normalize('NFD').match(new RegExp(TONE_MARK, 'gu'))?.join('') !== name.normalize('NFD').match(new RegExp(TONE_MARK, 'gu'))?.join(''));
        expect(conflicts(run({ ho_ten: name, ho_va_ten: variant })).map((i) => i.field)).toEqual(['fullName']);
      }),
      { numRuns: 300 },
    );
  });
});

describe('field.conflict through the file audit', () => {
  const header = 'ma_ho_so,so_dinh_danh,cccd,ho_ten,ngay_sinh,ns,gioi_tinh,so_dien_thoai,dia_chi,ngay_cap,ngay_cap_nhat';
  const lines = [
    'HS1,001099012345,001099012345,Nguyễn Văn An,15/03/1999,1999-03-15,Nam,+84912345678,"12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh",20/04/2024,01/06/2026',
    'HS2,001099012345,001099012346,Nguyễn Văn An,15/03/1999,,Nam,+84912345678,"12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh",20/04/2024,01/06/2026',
    'HS3,079301004567,,Trần Thị Bình,02/01/2001,03/01/2001,Nữ,0987654321,"45 ngõ 10 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội",20/04/2024,01/06/2026',
  ];

  it.each([0, 2])('reports the conflicts with %i workers and leaves the cleaned file as it was', async (workers) => {
    const folder = mkdtempSync(join(tmpdir(), 'ddss-conflict-'));
    const input = join(folder, 'in.csv');
    writeFileSync(input, `${header}\n${lines.join('\n')}\n`);
    const cleaned = join(folder, 'cleaned.csv');
    const reports: RecordReport[] = [];
    const summary = await auditFile(input, { asOf, cleaned, workers, mask: false, lang: 'en', onReport: (r) => void reports.push(r) });
    expect(reports.map((r) => conflicts(r).map((i) => [i.field, i.message]))).toEqual([
      [],
      [['personalId', expect.stringContaining('(column so_dinh_danh) and "001099012346" (column cccd)')]],
      [['dateOfBirth', expect.stringContaining('"02/01/2001" (column ngay_sinh) and "03/01/2001" (column ns)')]],
    ]);
    expect(summary.rules['field.conflict']).toMatchObject({ records: 2 });
    expect(summary.columns).toMatchObject({ so_dinh_danh: 'personalId', cccd: 'personalId', ngay_sinh: 'dateOfBirth', ns: 'dateOfBirth' });
    const out = readFileSync(cleaned, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(out[0]).toBe(`${header},ddss_score,ddss_verdict,ddss_issues`);
    // No fix: every input cell is written back as it was read.
    out.slice(1).forEach((line, i) => expect(line.startsWith(`${lines[i]},`)).toBe(true));
  });

  it('reports it through auditRecords', async () => {
    const reports: RecordReport[] = [];
    await auditRecords([{ row: 1, record: { ...base, gt: 'Nữ' } }], { asOf, onReport: (r) => void reports.push(r) });
    expect(reports[0]!.issues.map((i) => i.rule)).toEqual(['field.conflict']);
  });
});
