import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citizenRecordArb, DEFECT_KINDS, defectiveCitizenArb } from '../../src/arbitraries';
import { validateRecord } from '../../src';
import { profileToZod } from '../../src/zod';

const AS_OF = '2026-11-01';
const VALID = {
  ma_ho_so: 'HS00000017',
  so_dinh_danh: '001099012345',
  ho_ten: 'Nguyễn Văn An',
  ngay_sinh: '15/03/1999',
  gioi_tinh: 'Nam',
  so_dien_thoai: '0912 345 678',
  dia_chi: 'Số 12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh',
  ngay_cap: '10/01/2025',
  ngay_cap_nhat: '01/06/2026',
};

describe('profileToZod', () => {
  const Citizen = profileToZod('citizen', { asOf: AS_OF });

  it.each([
    [{}, 'ok'],
    [{ so_dinh_danh: '003099012345' }, [['so_dinh_danh', 'id.personal.province']]],
    [{ ngay_sinh: '31/02/1999' }, [['ngay_sinh', 'date.invalid']]],
    [{ gioi_tinh: 'Nữ' }, [['so_dinh_danh', 'id.personal.sex-digit']]],
    [{ ho_ten: '' }, [['ho_ten', 'field.missing']]],
    [{ so_dien_thoai: '0912345' }, [['so_dien_thoai', 'phone.invalid']]],
    // Warnings do not fail by default, as validateRecord's verdict `warn` is not `fail`.
    [{ so_dien_thoai: '0168 123 4567' }, 'ok'],
  ] as const)('%j → %j', (change, expected) => {
    const result = Citizen.safeParse({ ...VALID, ...change });
    if (expected === 'ok') {
      expect(result.success).toBe(true);
      return;
    }
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code === 'custom' ? i.params?.rule : i.code])).toEqual(expected);
  });

  it('reports warnings when asked, in the language asked, at the columns given by a mapping', () => {
    const strict = profileToZod('citizen', { asOf: AS_OF, warnings: true, lang: 'en', columns: { dt: 'phone' } });
    const { so_dien_thoai: _, ...rest } = VALID;
    const issue = strict.safeParse({ ...rest, dt: '0168 123 4567' }).error!.issues[0]!;
    expect(issue).toMatchObject({ code: 'custom', path: ['dt'], params: { rule: 'phone.legacy', severity: 'warning', field: 'phone' } });
    expect(issue.message).toMatch(/11-digit|mobile/i);
    expect(issue.message).not.toContain('381234567'); // masked by default
  });

  it('applies the safe fixes when asked, unmasked', () => {
    const fixing = profileToZod('citizen', { asOf: AS_OF, applyFixes: true });
    expect(fixing.parse({ ...VALID, so_dinh_danh: '001 099 012345', ho_ten: 'Nguyễn  Văn An', so_dien_thoai: '0168 123 4567' })).toEqual({
      ...VALID,
      so_dinh_danh: '001099012345',
      ho_ten: 'Nguyễn Văn An',
      so_dien_thoai: '+84381234567',
    });
    expect(Citizen.parse(VALID)).toEqual(VALID);
  });

  it('points at, and fixes, the column the value was read from: never the parts of a split name or a "Nam | Nữ" column', () => {
    const fixing = profileToZod('citizen', { asOf: AS_OF, applyFixes: true, warnings: true });
    const { ho_ten: _name, ...rest } = VALID;
    // A name in parts: its issue points at the first part, and no fix is written into any of them.
    const parts = { ...rest, ho: 'nguyễn', ten_dem: 'văn', ten: 'an' };
    expect(fixing.safeParse(parts).error!.issues.map((i) => [i.path, (i as { params?: { rule?: string } }).params?.rule])).toEqual([[['ho'], 'name.lowercase']]);
    expect(profileToZod('citizen', { asOf: AS_OF, applyFixes: true }).parse(parts)).toEqual(parts);
    // An ID read from a CMND column because the CCCD column is blank: fixed there, the blank column left as it was.
    const { so_dinh_danh: _id, ...noId } = VALID;
    const fixed = fixing.parse({ ...noId, so_cccd: ' ', cmnd: `${VALID.so_dinh_danh.slice(0, 3)} ${VALID.so_dinh_danh.slice(3)}` });
    expect(fixed).toEqual({ ...noId, so_cccd: ' ', cmnd: VALID.so_dinh_danh });
  });

  it('throws at construction, not at parse, for a bad profile', () => {
    expect(() => profileToZod('no-such-profile')).toThrow(/unknown profile/);
  });

  it.each([
    [{ asOf: AS_OF, lang: 'EN' }, 'lang must be "vi" or "en", got "EN"'],
    [{ asOf: AS_OF, lang: 'vn' }, 'lang must be "vi" or "en", got "vn"'],
    [{ asOf: AS_OF, lang: null }, 'lang must be "vi" or "en", got null'],
    [{ asOf: '2026-02-30' }, 'asOf must be a real date written YYYY-MM-DD, got "2026-02-30"'],
    [{ asOf: '01/11/2026' }, 'asOf must be a real date written YYYY-MM-DD, got "01/11/2026"'],
  ])('throws a RangeError at construction for %j, as validateRecord does', (options, message) => {
    expect(() => profileToZod('citizen', options as never)).toThrow(new RangeError(message));
    expect(() => validateRecord(VALID, 'citizen', options as never)).toThrow(new RangeError(message));
  });

  it('masks unless mask is false itself, as validateRecord does', () => {
    const record = { ...VALID, gioi_tinh: 'Trần Thị Bích Ngọc', ngay_sinh: 'Trần Thị Bích Ngọc' };
    for (const mask of [undefined, true, 0, null, '']) {
      const result = profileToZod('citizen', { asOf: AS_OF, warnings: true, mask: mask as never }).safeParse(record);
      expect(JSON.stringify(result.error!.issues.map((i) => i.message))).not.toContain('Bích');
    }
    const unmasked = profileToZod('citizen', { asOf: AS_OF, warnings: true, mask: false }).safeParse(record);
    expect(JSON.stringify(unmasked.error!.issues.map((i) => i.message))).toContain('Trần Thị Bích Ngọc');
  });

  it('accepts exactly the records validateRecord finds no error in', () => {
    const records = fc.oneof(
      { weight: 3, arbitrary: citizenRecordArb({ asOf: AS_OF }) },
      ...DEFECT_KINDS.map((k) => ({ weight: 1, arbitrary: defectiveCitizenArb(k, { asOf: AS_OF }) })),
    );
    fc.assert(
      fc.property(records, (row) => {
        const errors = validateRecord(row, 'citizen', { asOf: AS_OF }).issues.filter((i) => i.severity === 'error');
        const result = Citizen.safeParse(row);
        expect(result.success).toBe(errors.length === 0);
        if (!result.success) expect(result.error.issues.map((i) => (i.code === 'custom' ? i.params?.rule : i.code))).toEqual(errors.map((i) => i.rule));
      }),
      { numRuns: 400 },
    );
  });

  it('safeParse never throws, whatever the input', () => {
    const fixing = profileToZod('citizen', { asOf: AS_OF, applyFixes: true, warnings: true });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...Object.keys(VALID), 'x'), fc.oneof(fc.string(), fc.anything()))), (value) => {
        expect(typeof Citizen.safeParse(value).success).toBe('boolean');
        expect(typeof fixing.safeParse(value).success).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
