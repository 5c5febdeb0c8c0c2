import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../src';
import { personalIdArb } from '../../src/arbitraries';

const person = { ho_ten: 'Nguyễn Văn An', ngay_sinh: '15/03/1999', gioi_tinh: 'Nam', so_dinh_danh: '001099012345' };
const keyOf = (key: string, mask?: boolean) => validateRecord({ ma_cong_dan: key, ...person }, 'citizen', { asOf: '2026-11-01', mask }).key;

describe('the record key in reports', () => {
  it.each([
    ['HS00000017', 'HS00000017'], // a record code: shown, it is how a report is traced back
    ['12345', '12345'],
    ['079301998877', '079301******'], // an export whose "mã công dân" is the CCCD: masked like one
    ['079 301 998 877', '079 30*********'],
    ['271834567', '2718*****'],
    ['0912345678', '09123*****'],
  ])('shows %j as %j when masked', (key, shown) => {
    expect(keyOf(key)).toBe(shown);
  });

  it('shows any key as it is with mask: false', () => {
    expect(keyOf('079301998877', false)).toBe('079301998877');
  });

  it('never shows a whole personal ID used as the key', () => {
    fc.assert(
      fc.property(personalIdArb(), (id) => {
        expect(keyOf(id)).not.toContain(id.slice(6));
      }),
    );
  });
});
