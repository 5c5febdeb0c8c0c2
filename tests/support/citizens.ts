/**
 * Generators of citizen records for tests: valid ones, and ones with exactly one labelled defect, each defect
 * naming the rule that must catch it. The recall test asserts a floor per defect kind.
 */
import fc from 'fast-check';
import { anniversary, compareDates, formatIsoDate, type CivilDate } from '../../src/vn/dates/civilDate';
import { cardExpiry, ID_PROVINCE_CODES, UNDER_14_CARDS_FROM } from '../../src/vn/id';
import { unicodeToLegacy } from '../../src/vn/text';

export const AS_OF: CivilDate = { year: 2026, month: 11, day: 1 };
export const AS_OF_ISO = formatIsoDate(AS_OF);

export const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Xuân', 'Thu', 'Kim', 'Gia', 'Bảo'];
export const GIVEN_NAMES = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hoà', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Ngọc', 'Phương', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo', 'Thủy', 'Thuỷ', 'Trang', 'Trung', 'Tuấn', 'Việt', 'Yến', 'Đạt'];
// Prefixes in service today (MIC numbering plan after the 2018 conversion).
export const MOBILE_PREFIXES = ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098', '081', '082', '083', '084', '085', '088', '091', '094', '070', '076', '077', '078', '079', '090', '093'];
// (089 and 099 are left out: only some of their 7-digit ranges are allocated, see libphonenumber's VN metadata.)
// Current-era (post-July-2025) addresses: ward and province from the shared unit tables.
const ADDRESSES = [
  'Số 12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh',
  '45 ngõ 10 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội',
  'Thôn 3, Xã Ea Bung, Tỉnh Đắk Lắk',
  'Bản Hua Bum, Xã Hua Bum, Tỉnh Lai Châu',
  'Xóm 2, Xã Chiêu Lưu, Tỉnh Nghệ An',
  'Khu phố 4, Xã Tháp Mười, Tỉnh Đồng Tháp',
  '18 Trần Hưng Đạo, Xã Chi Lăng, Tỉnh Lạng Sơn',
  'Tổ dân phố 5, Xã Yên Khánh, Tỉnh Ninh Bình',
];

// Pre-July-2025 addresses (63 provinces, districts): each must read as legacy.
const LEGACY_ADDRESSES = [
  '123 Nguyễn Trãi, P. Bến Thành, Q.1, TP.HCM',
  'Thôn 3, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk',
  '45 Hàng Bài, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội',
  'Ấp 2, Xã Tân Thạnh, Huyện Thạnh Phú, Tỉnh Bến Tre',
  '7 Lê Duẩn, Phường Hải Châu, Quận Hải Châu, Thành phố Đà Nẵng',
  'Xóm 5, Xã Nghi Phong, Huyện Nghi Lộc, Tỉnh Nghệ An',
];

export interface CitizenRow {
  ma_ho_so: string;
  so_dinh_danh: string;
  ho_ten: string;
  ngay_sinh: string;
  gioi_tinh: string;
  so_dien_thoai: string;
  dia_chi: string;
  ngay_cap: string;
  ngay_cap_nhat: string;
  /** A second column for the personal ID or the birth date, which only the field-conflict defect adds. */
  cccd?: string;
  ns?: string;
}

function dmy(d: CivilDate): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

function addDays(d: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const civilDate = (from: CivilDate, to: CivilDate) =>
  fc.integer({ min: Date.UTC(from.year, from.month - 1, from.day), max: Date.UTC(to.year, to.month - 1, to.day) }).map((ms) => {
    const t = new Date(ms - (ms % 86_400_000));
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  });

/** A 12-digit personal ID consistent with birth date and sex (Decree 137/2015/NĐ-CP, art. 13). */
export function personalIdFor(province: string, born: CivilDate, female: boolean, serial: string): string {
  const century = Math.floor((born.year - 1900) / 100) * 2 + (female ? 1 : 0);
  return `${province}${century}${String(born.year % 100).padStart(2, '0')}${serial}`;
}

/** A valid citizen record as of AS_OF: every rule stays silent on it. */
export const validCitizen: fc.Arbitrary<CitizenRow> = fc
  .record({
    id: fc.integer({ min: 1, max: 99_999_999 }),
    province: fc.constantFrom(...ID_PROVINCE_CODES),
    born: civilDate({ year: 1930, month: 1, day: 1 }, { year: 2012, month: 12, day: 31 }),
    female: fc.boolean(),
    serial: fc.integer({ min: 1, max: 999_998 }).map((n) => String(n).padStart(6, '0')),
    surname: fc.constantFrom(...SURNAMES),
    middle: fc.constantFrom(...MIDDLE_NAMES),
    given: fc.constantFrom(...GIVEN_NAMES),
    prefix: fc.constantFrom(...MOBILE_PREFIXES),
    subscriber: fc.integer({ min: 2_000_000, max: 9_999_999 }),
    phoneStyle: fc.constantFrom('plain', 'dots', 'spaces', 'intl'),
    address: fc.constantFrom(...ADDRESSES),
    issuedDaysAgo: fc.integer({ min: 0, max: 700 }),
    updatedDaysAgo: fc.integer({ min: 0, max: 600 }),
  })
  .map((r) => {
    const born = r.born;
    // Issue the card after the 14th birthday and so that it is not expired on AS_OF.
    let issued = addDays(AS_OF, -r.issuedDaysAgo);
    const fourteen = anniversary(born, 14);
    // Children's cards exist only from 1 July 2024 (Law on Identification 2023, art. 19).
    const earliest = compareDates(fourteen, AS_OF) <= 0 ? fourteen : compareDates(born, UNDER_14_CARDS_FROM) > 0 ? born : UNDER_14_CARDS_FROM;
    if (compareDates(issued, earliest) < 0) issued = earliest;
    const { expiresOn } = cardExpiry(born, issued);
    if (expiresOn !== null && compareDates(AS_OF, expiresOn) >= 0) issued = expiresOn;
    const national = `${r.prefix}${r.subscriber}`;
    const phone =
      r.phoneStyle === 'plain' ? national
      : r.phoneStyle === 'dots' ? `${national.slice(0, 4)}.${national.slice(4, 7)}.${national.slice(7)}`
      : r.phoneStyle === 'spaces' ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
      : `+84 ${national.slice(1)}`;
    return {
      ma_ho_so: `HS${String(r.id).padStart(8, '0')}`,
      so_dinh_danh: personalIdFor(r.province, born, r.female, r.serial),
      ho_ten: `${r.surname} ${r.female && r.middle === 'Văn' ? 'Thị' : r.middle} ${r.given}`,
      ngay_sinh: dmy(born),
      gioi_tinh: r.female ? 'Nữ' : 'Nam',
      so_dien_thoai: phone,
      dia_chi: r.address,
      ngay_cap: dmy(issued),
      ngay_cap_nhat: dmy(addDays(AS_OF, -r.updatedDaysAgo)),
    };
  });

/** A defect kind: how to break a valid record, and the rule that must say so. */
export interface DefectKind {
  kind: string;
  rule: string;
  apply: (row: CitizenRow, pick: number) => CitizenRow;
}

function parseDmy(s: string): CivilDate {
  const [d, m, y] = s.split('/').map(Number);
  return { year: y!, month: m!, day: d! };
}

/** NFD and legacy encodings only show on letters with diacritics: make sure the name has some. */
function withDiacritics(name: string): string {
  return /[^\x00-\x7f]/.test(name) ? name : `Nguyễn ${name.split(' ').slice(1).join(' ')}`;
}

export const DEFECTS: readonly DefectKind[] = [
  { kind: 'id-letters', rule: 'id.personal.format', apply: (r) => ({ ...r, so_dinh_danh: `${r.so_dinh_danh.slice(0, 5)}O${r.so_dinh_danh.slice(6)}` }) },
  { kind: 'id-length', rule: 'id.personal.format', apply: (r, p) => ({ ...r, so_dinh_danh: p % 2 ? `${r.so_dinh_danh}7` : r.so_dinh_danh.slice(0, 8) }) },
  { kind: 'id-lost-zero', rule: 'id.personal.format', apply: (r) => ({ ...r, so_dinh_danh: r.so_dinh_danh.replace(/^0+/, '') }) },
  { kind: 'id-province', rule: 'id.personal.province', apply: (r, p) => ({ ...r, so_dinh_danh: `${['003', '005', '009', '013', '099', '050'][p % 6]}${r.so_dinh_danh.slice(3)}` }) },
  { kind: 'id-sex-digit', rule: 'id.personal.sex-digit', apply: (r) => ({ ...r, gioi_tinh: r.gioi_tinh === 'Nam' ? 'Nữ' : 'Nam', ho_ten: r.ho_ten.replace(' Thị ', ' Ngọc ') }) },
  {
    kind: 'id-birth-year',
    rule: 'id.personal.birth-year',
    apply: (r, p) => {
      const d = parseDmy(r.ngay_sinh);
      const shifted = { ...d, year: d.year - 1 - (p % 5), day: Math.min(d.day, 28) };
      return { ...r, ngay_sinh: dmy(shifted) };
    },
  },
  { kind: 'id-placeholder', rule: 'id.personal.placeholder', apply: (r, p) => ({ ...r, so_dinh_danh: ['000000000000', '111111111111', '123456789012', '999999999999'][p % 4]! }) },
  { kind: 'id-cmnd', rule: 'id.cmnd', apply: (r) => ({ ...r, so_dinh_danh: `0${r.so_dinh_danh.slice(4)}` }) },
  { kind: 'name-digits', rule: 'name.characters', apply: (r, p) => ({ ...r, ho_ten: p % 2 ? `${r.ho_ten} 2` : `${r.ho_ten.split(' ')[0]} V@n ${r.ho_ten.split(' ').at(-1)}` }) },
  { kind: 'name-whitespace', rule: 'name.whitespace', apply: (r, p) => ({ ...r, ho_ten: [` ${r.ho_ten}`, `${r.ho_ten} `, r.ho_ten.replace(' ', '  '), r.ho_ten.replace(' ', '\u00a0'), r.ho_ten.replace(' ', ' \u200b')][p % 5]! }) },
  { kind: 'name-lowercase', rule: 'name.lowercase', apply: (r) => ({ ...r, ho_ten: r.ho_ten.toLowerCase() }) },
  { kind: 'name-nfd', rule: 'text.nfd', apply: (r) => ({ ...r, ho_ten: withDiacritics(r.ho_ten).normalize('NFD') }) },
  { kind: 'name-legacy', rule: 'text.legacy-encoding', apply: (r, p) => ({ ...r, ho_ten: unicodeToLegacy(withDiacritics(r.ho_ten), p % 2 ? 'tcvn3' : 'vni') }) },
  { kind: 'dob-impossible', rule: 'date.invalid', apply: (r, p) => ({ ...r, ngay_sinh: `${['31/02', '30/02', '31/04', '00/05', '15/13'][p % 5]}/${parseDmy(r.ngay_sinh).year}` }) },
  { kind: 'dob-unreadable', rule: 'date.invalid', apply: (r, p) => ({ ...r, ngay_sinh: ['15/3/99', 'mười lăm tháng ba', '1999/15/03', '15-03'][p % 4]! }) },
  { kind: 'dob-future', rule: 'dob.future', apply: (r, p) => ({ ...r, ngay_sinh: dmy(addDays(AS_OF, 1 + (p % 300))), so_dinh_danh: personalIdFor('001', { year: 2027, month: 1, day: 1 }, false, '123457') }) },
  { kind: 'dob-too-old', rule: 'dob.too-old', apply: (r, p) => ({ ...r, ngay_sinh: `01/01/${1880 + (p % 25)}` }) },
  { kind: 'card-before-birth', rule: 'id.card.issued-before-birth', apply: (r, p) => ({ ...r, ngay_cap: dmy(addDays(parseDmy(r.ngay_sinh), -1 - (p % 3000))) }) },
  {
    kind: 'card-underage',
    rule: 'id.card.issued-underage',
    apply: (r, p) => {
      const born = { year: 2005, month: 6, day: 10 };
      return { ...r, ngay_sinh: dmy(born), so_dinh_danh: personalIdFor('001', born, r.gioi_tinh === 'Nữ', '123457'), ngay_cap: dmy(addDays(born, 365 * (5 + (p % 8)))) };
    },
  },
  {
    kind: 'card-expired',
    rule: 'id.card.expired',
    apply: (r, p) => {
      const born = { year: 1960 + (p % 30), month: 3, day: 15 };
      return { ...r, ngay_sinh: dmy(born), so_dinh_danh: personalIdFor('079', born, r.gioi_tinh === 'Nữ', '123457'), ngay_cap: dmy(anniversary(born, 15 + (p % 8))) };
    },
  },
  { kind: 'phone-invalid', rule: 'phone.invalid', apply: (r, p) => ({ ...r, so_dien_thoai: ['0912345', '0112345678', '+84 12 345', '0000000000', '09123456789012'][p % 5]! }) },
  { kind: 'phone-format', rule: 'phone.format', apply: (r, p) => ({ ...r, so_dien_thoai: [`(+84) ${r.so_dien_thoai.replace(/^(?:\+84|0)/u, '')}`, ` +84${r.so_dien_thoai.replace(/^(?:\+84|0)/u, '')}`, `${r.so_dien_thoai};`, `(+84)${r.so_dien_thoai.replace(/^(?:\+84|0)/u, '')}`][p % 4]! }) },
  { kind: 'phone-legacy-mobile', rule: 'phone.legacy', apply: (r, p) => ({ ...r, so_dien_thoai: `${['0168', '0162', '0121', '0123', '0127', '0186'][p % 6]}${String(2_000_000 + p * 7919 % 7_999_999).padStart(7, '0')}` }) },
  { kind: 'phone-legacy-landline', rule: 'phone.legacy', apply: (r, p) => ({ ...r, so_dien_thoai: p % 2 ? `04 3${String(100_0000 + (p % 8_999_999)).slice(0, 7)}` : `08 3${String(200_0000 + (p % 7_999_999)).slice(0, 7)}` }) },
  { kind: 'missing-required', rule: 'field.missing', apply: (r, p) => ({ ...r, [(['so_dinh_danh', 'ho_ten', 'ngay_sinh', 'gioi_tinh', 'dia_chi'] as const)[p % 5]!]: p % 2 ? '' : '   ' }) },
  { kind: 'placeholder', rule: 'field.placeholder', apply: (r, p) => ({ ...r, [(['so_dinh_danh', 'ho_ten', 'dia_chi', 'so_dien_thoai'] as const)[p % 4]!]: ['N/A', 'không có', '-', '0', 'Chưa có'][p % 5]! }) },
  { kind: 'address-legacy', rule: 'address.legacy', apply: (r, p) => ({ ...r, dia_chi: LEGACY_ADDRESSES[p % LEGACY_ADDRESSES.length]! }) },
  { kind: 'address-no-ward', rule: 'address.ward-missing', apply: (r) => { const parts = r.dia_chi.split(', '); return { ...r, dia_chi: [parts[0], parts.at(-1)].join(', ') }; } },
  { kind: 'address-unknown-ward', rule: 'address.ward-unknown', apply: (r, p) => { const parts = r.dia_chi.split(', '); return { ...r, dia_chi: [parts[0], `${['Phường', 'Xã', 'P.'][p % 3]!} Qzx ${['Vyw', 'Zok', 'Fjq'][p % 3]!}`, parts.at(-1)].join(', ') }; } },
  {
    kind: 'address-wrong-province',
    rule: 'address.ward-not-in-province',
    apply: (r, p) => {
      const parts = r.dia_chi.split(', ');
      const others = ['Tỉnh Cao Bằng', 'Tỉnh Cà Mau', 'Tỉnh Quảng Ninh'].filter((x) => x !== parts.at(-1));
      return { ...r, dia_chi: [...parts.slice(0, -1), others[p % others.length]!].join(', ') };
    },
  },
  { kind: 'address-no-province', rule: 'address.province-missing', apply: (r) => ({ ...r, dia_chi: r.dia_chi.split(', ').slice(0, -1).join(', ') }) },
  { kind: 'address-gibberish', rule: 'address.unrecognised', apply: (r, p) => ({ ...r, dia_chi: ['abc xyz', 'qwerty 123', 'không rõ địa chỉ nào cả', 'zzz, yyy'][p % 4]! }) },
  {
    kind: 'address-wrong-district',
    rule: 'address.district-ward-mismatch',
    apply: (r, p) => ({ ...r, dia_chi: ['12 Lê Lợi, Phường Bến Thành, Quận 3, TP.HCM', '45 Hàng Bài, Phường Hàng Bài, Quận Ba Đình, Hà Nội', '7 Lê Duẩn, Phường Hải Châu, Quận Thanh Khê, Thành phố Đà Nẵng'][p % 3]! }),
  },
  { kind: 'address-no-street', rule: 'address.street-missing', apply: (r) => ({ ...r, dia_chi: r.dia_chi.split(', ').slice(1).join(', ') }) },
  { kind: 'stale', rule: 'record.stale', apply: (r, p) => ({ ...r, ngay_cap_nhat: dmy(addDays(AS_OF, -(731 + (p % 3000)))) }) },
  { kind: 'updated-future', rule: 'record.updated-future', apply: (r, p) => ({ ...r, ngay_cap_nhat: dmy(addDays(AS_OF, 1 + (p % 3000))) }) },
  { kind: 'sex-unreadable', rule: 'sex.unrecognised', apply: (r, p) => ({ ...r, gioi_tinh: ['1', 'x1', 'khác', 'Nam/Nữ'][p % 4]! }) },
  // A second column for one field with another value: another valid ID of the same province, birth year and sex (so
  // only the serial differs), or another day of the same birth year (so the ID still agrees), written ISO.
  {
    kind: 'field-conflict',
    rule: 'field.conflict',
    apply: (r, p) => {
      const born = parseDmy(r.ngay_sinh);
      if (p % 2 === 0) {
        const serial = String(((Number(r.so_dinh_danh.slice(6)) + (p % 997)) % 999_998) + 1).padStart(6, '0');
        return { ...r, cccd: personalIdFor(r.so_dinh_danh.slice(0, 3), born, r.gioi_tinh === 'Nữ', serial) };
      }
      return { ...r, ns: formatIsoDate({ year: born.year, month: ((born.month + (p % 11)) % 12) + 1, day: Math.min(born.day, 28) }) };
    },
  },
];

/** A record with one defect of the given kind. */
export function defective(kind: DefectKind): fc.Arbitrary<CitizenRow> {
  return fc.tuple(validCitizen, fc.nat()).map(([row, pick]) => kind.apply(row, pick));
}

/** Deterministic sample of labelled records: `count` valid ones and `perDefect` of each defect kind. */
export function labelledSample(count: number, perDefect: number, seed = 42): { row: CitizenRow; defect: DefectKind | null }[] {
  const out: { row: CitizenRow; defect: DefectKind | null }[] = fc.sample(validCitizen, { seed, numRuns: count }).map((row) => ({ row, defect: null }));
  DEFECTS.forEach((kind, i) => {
    for (const row of fc.sample(defective(kind), { seed: seed + i + 1, numRuns: perDefect })) out.push({ row, defect: kind });
  });
  return out;
}
