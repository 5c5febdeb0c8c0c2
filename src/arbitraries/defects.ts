import { anniversary, type CivilDate } from '../vn/dates';
import { unicodeToLegacy } from '../vn/text';
import type { GeneratedAddress } from './address';
import type { CitizenRecord } from './citizenColumns';
import type { CitizenDraft } from './citizenRecord';
import { addDays } from './dayArithmetic';
import { formatDateText } from './dates';
import { personalIdDigits } from './personalId';

/** One way to break a valid citizen record, and the ddss rule that must catch it. */
export interface DefectKind {
  /** Stable name, e.g. `id-province`. */
  readonly kind: string;
  /** The rule id that reports it, e.g. `id.personal.province`. */
  readonly rule: string;
  readonly description: { readonly vi: string; readonly en: string };
}

/** What a defect may draw on besides the valid record: a number to vary the corruption, a legacy address. */
export interface DefectMaterial {
  pick: number;
  legacyAddress: GeneratedAddress;
}

export interface DefectRecipe extends DefectKind {
  apply(draft: CitizenDraft, material: DefectMaterial): CitizenRecord;
}

const oneOf = <T>(list: readonly T[], pick: number): T => list[pick % list.length]!;

/** NFD and legacy encodings only show on letters with marks (Đ has none to decompose): make sure the name has some. */
function withDiacritics(name: string): string {
  return name.normalize('NFD') !== name ? name : `Nguyễn ${name.split(' ').slice(1).join(' ')}`;
}

const date = (d: CitizenDraft, day: CivilDate) => formatDateText(day, d.dateFormat);
const sexText = (female: boolean) => (female ? 'Nữ' : 'Nam');

function recipe(kind: string, rule: string, vi: string, en: string, apply: DefectRecipe['apply']): DefectRecipe {
  return Object.freeze({ kind, rule, description: Object.freeze({ vi, en }), apply });
}

/** Every defect kind, each with its rule; the recall test holds each above 99 % (legacy encodings 90 %). */
export const DEFECT_RECIPES: readonly DefectRecipe[] = Object.freeze([
  recipe('id-letters', 'id.personal.format', 'Số định danh có chữ cái (O thay cho 0)', 'Letter O typed for a 0 in the ID', ({ record: r }) => ({ ...r, personalId: `${r.personalId.slice(0, 5)}O${r.personalId.slice(6)}` })),
  recipe('id-length', 'id.personal.format', 'Số định danh thừa hoặc thiếu chữ số', 'ID with a digit too many or too few', ({ record: r }, { pick }) => ({ ...r, personalId: pick % 2 ? `${r.personalId}7` : r.personalId.slice(0, 8) })),
  // Spreadsheets drop leading zeros, and every province code starts with 0 (Circular 07/2016/TT-BCA).
  recipe('id-lost-zero', 'id.personal.format', 'Số định danh mất số 0 đầu (do Excel)', 'ID lost its leading zero (Excel)', ({ record: r }) => ({ ...r, personalId: r.personalId.replace(/^0+/, '') })),
  recipe('id-province', 'id.personal.province', 'Mã tỉnh trong số định danh không tồn tại', 'ID province code that does not exist', ({ record: r }, { pick }) => ({ ...r, personalId: `${oneOf(['003', '005', '009', '013', '099', '050'], pick)}${r.personalId.slice(3)}` })),
  recipe('id-sex-digit', 'id.personal.sex-digit', 'Giới tính khác chữ số giới tính trong số định danh', 'Sex contradicts the ID sex digit', ({ record: r, sex }) => ({
    ...r,
    sex: sexText(sex === 'male'),
    fullName: r.fullName.replace(' Thị ', ' Ngọc ').replace(' Văn ', ' Minh '),
  })),
  recipe('id-birth-year', 'id.personal.birth-year', 'Năm sinh khác năm sinh trong số định danh', 'Birth year contradicts the ID', (d, { pick }) => ({
    ...d.record,
    dateOfBirth: date(d, { ...d.born, year: d.born.year - 1 - (pick % 5), day: Math.min(d.born.day, 28) }),
  })),
  recipe('id-placeholder', 'id.personal.placeholder', 'Số định danh giả (000000000000…)', 'Placeholder ID (000000000000…)', ({ record: r }, { pick }) => ({ ...r, personalId: oneOf(['000000000000', '111111111111', '123456789012', '999999999999'], pick) })),
  recipe('id-cmnd', 'id.cmnd', 'Còn dùng số CMND 9 chữ số', 'Still a 9-digit CMND number', ({ record: r }) => ({ ...r, personalId: `0${r.personalId.slice(4)}` })),
  recipe('name-digits', 'name.characters', 'Họ tên có chữ số hoặc ký hiệu', 'Name with digits or symbols', ({ record: r }, { pick }) => {
    const words = r.fullName.split(' ');
    return { ...r, fullName: pick % 2 ? `${r.fullName} 2` : `${words[0]} V@n ${words.at(-1)}` };
  }),
  recipe('name-whitespace', 'name.whitespace', 'Họ tên thừa hoặc lạ khoảng trắng', 'Name with stray or odd whitespace', ({ record: r }, { pick }) => ({
    ...r,
    fullName: oneOf([` ${r.fullName}`, `${r.fullName} `, r.fullName.replace(' ', '  '), r.fullName.replace(' ', '\u00a0'), r.fullName.replace(' ', ' \u200b')], pick),
  })),
  recipe('name-lowercase', 'name.lowercase', 'Họ tên viết thường', 'Name all in lower case', ({ record: r }) => ({ ...r, fullName: r.fullName.toLowerCase() })),
  recipe('name-nfd', 'text.nfd', 'Họ tên dạng Unicode tổ hợp (NFD)', 'Name in decomposed Unicode (NFD)', ({ record: r }) => ({ ...r, fullName: withDiacritics(r.fullName).normalize('NFD') })),
  recipe('name-legacy', 'text.legacy-encoding', 'Họ tên mã TCVN3/VNI cũ', 'Name in legacy TCVN3/VNI encoding', ({ record: r }, { pick }) => ({
    ...r,
    fullName: unicodeToLegacy(withDiacritics(r.fullName), pick % 2 ? 'tcvn3' : 'vni'),
  })),
  recipe('dob-impossible', 'date.invalid', 'Ngày sinh không có thật (31/02…)', 'Impossible birth date (31/02…)', ({ record: r, born }, { pick }) => ({
    ...r,
    dateOfBirth: `${oneOf(['31/02', '30/02', '31/04', '00/05', '15/13'], pick)}/${born.year}`,
  })),
  recipe('dob-unreadable', 'date.invalid', 'Ngày sinh không đọc được', 'Unreadable birth date', ({ record: r }, { pick }) => ({ ...r, dateOfBirth: oneOf(['15/3/99', 'mười lăm tháng ba', '1999/15/03', '15-03'], pick) })),
  recipe('dob-future', 'dob.future', 'Ngày sinh ở tương lai', 'Birth date in the future', (d, { pick }) => {
    const born = addDays(d.asOf, 1 + (pick % 300));
    return { ...d.record, dateOfBirth: date(d, born), personalId: personalIdDigits('001', born.year, d.sex, '123457') };
  }),
  recipe('dob-too-old', 'dob.too-old', 'Ngày sinh quá xa (trên 120 tuổi)', 'Born more than 120 years ago', (d, { pick }) => ({
    ...d.record,
    dateOfBirth: date(d, { year: d.asOf.year - 146 + (pick % 25), month: 1, day: 1 }),
  })),
  recipe('card-before-birth', 'id.card.issued-before-birth', 'Ngày cấp thẻ trước ngày sinh', 'Card issued before birth', (d, { pick }) => ({ ...d.record, idIssueDate: date(d, addDays(d.born, -1 - (pick % 3000))) })),
  // Before 1 July 2024 cards were issued from age 14 only (Law on Citizen Identification 2014, art. 19; Law on Identification 2023, art. 19).
  recipe('card-underage', 'id.card.issued-underage', 'Thẻ cấp khi chưa đủ 14 tuổi (trước 1/7/2024)', 'Card issued under 14 (before 1 July 2024)', (d, { pick }) => {
    const born = { year: Math.min(d.asOf.year - 21, 2005), month: 6, day: 10 };
    return { ...d.record, dateOfBirth: date(d, born), personalId: personalIdDigits('001', born.year, d.sex, '123457'), idIssueDate: date(d, addDays(born, 365 * (5 + (pick % 8)))) };
  }),
  // A card issued at 15–22 expires on the 25th birthday (Law on Identification 2023, art. 21).
  recipe('card-expired', 'id.card.expired', 'Thẻ đã hết hạn', 'Card expired', (d, { pick }) => {
    const born = { year: d.asOf.year - 66 + (pick % 30), month: 3, day: 15 };
    return { ...d.record, dateOfBirth: date(d, born), personalId: personalIdDigits('079', born.year, d.sex, '123457'), idIssueDate: date(d, anniversary(born, 15 + (pick % 8))) };
  }),
  recipe('card-future', 'id.card.issued-future', 'Ngày cấp thẻ ở tương lai', 'Card issued in the future', (d, { pick }) => ({ ...d.record, idIssueDate: date(d, addDays(d.asOf, 1 + (pick % 365))) })),
  recipe('phone-invalid', 'phone.invalid', 'Số điện thoại không hợp lệ', 'Invalid phone number', ({ record: r }, { pick }) => ({ ...r, phone: oneOf(['0912345', '0112345678', '+84 12 345', '0000000000', '09123456789012'], pick) })),
  recipe('phone-format', 'phone.format', 'Số điện thoại viết kèm ký tự thừa', 'Phone number with stray characters', ({ record: r }, { pick }) => {
    const digits = r.phone.replace(/^(?:\+84|0)/u, '');
    return { ...r, phone: oneOf([`(+84) ${digits}`, ` +84${digits}`, `0${digits};`, `(+84)${digits}`], pick) };
  }),
  // 11-digit mobile codes converted in 2018 (MIC Decision 798/QĐ-BTTTT).
  recipe('phone-legacy-mobile', 'phone.legacy', 'Số di động 11 số cũ', 'Old 11-digit mobile number', ({ record: r }, { pick }) => ({
    ...r,
    phone: `${oneOf(['0168', '0162', '0121', '0123', '0127', '0186'], pick)}${String(2_000_000 + ((pick * 7919) % 7_999_999)).padStart(7, '0')}`,
  })),
  // Area codes 04 (Hà Nội) and 08 (TP.HCM) became 024 and 028 in 2017 (MIC Decision 2036/QĐ-BTTTT).
  recipe('phone-legacy-landline', 'phone.legacy', 'Số cố định mã vùng cũ', 'Landline with a pre-2017 area code', ({ record: r }, { pick }) => ({
    ...r,
    phone: pick % 2 ? `04 3${String(1_000_000 + (pick % 8_999_999)).slice(0, 7)}` : `08 3${String(2_000_000 + (pick % 7_999_999)).slice(0, 7)}`,
  })),
  recipe('missing-required', 'field.missing', 'Thiếu trường bắt buộc', 'Required field missing', ({ record: r }, { pick }) => ({
    ...r,
    [oneOf(['personalId', 'fullName', 'dateOfBirth', 'sex', 'address'] as const, pick)]: pick % 2 ? '' : '   ',
  })),
  recipe('placeholder', 'field.placeholder', 'Giá trị điền cho có (N/A, "không có"…)', 'Filler value (N/A, "không có"…)', ({ record: r }, { pick }) => ({
    ...r,
    [oneOf(['personalId', 'fullName', 'address', 'phone'] as const, pick)]: oneOf(['N/A', 'không có', '-', '0', 'Chưa có'], pick),
  })),
  // Two-tier units since 1 July 2025 (Resolution 202/2025/QH15 and the NA Standing Committee's ward resolutions).
  recipe('address-legacy', 'address.legacy', 'Địa chỉ theo đơn vị hành chính cũ', 'Address in pre-July-2025 units', ({ record: r }, { legacyAddress }) => ({ ...r, address: legacyAddress.text })),
  recipe('address-no-ward', 'address.ward-missing', 'Địa chỉ thiếu xã/phường', 'Address without a ward', ({ record: r, address }, { pick }) => ({
    ...r,
    // A hamlet, not a street: some street names ("Quang Trung") are also ward names.
    address: `${oneOf(['Thôn', 'Ấp', 'Xóm', 'Bản'], pick)} ${1 + (pick % 9)}, ${address.units.at(-1)}`,
  })),
  recipe('address-unknown-ward', 'address.ward-unknown', 'Xã/phường không có trong danh mục', 'Ward in no unit list', ({ record: r, address }, { pick }) => ({
    ...r,
    // Letters no Vietnamese unit name uses ("Qzx"), so the ward cannot exist; the province stays real.
    address: `${pick % 90 + 1} Lê Lợi, ${oneOf(['Phường', 'Xã', 'P.'], pick)} Qzx ${oneOf(['Vyw', 'Zok', 'Fjq'], pick >> 2)}, ${address.units.at(-1)}`,
  })),
  recipe('address-no-street', 'address.street-missing', 'Địa chỉ thiếu số nhà, đường hoặc thôn', 'Address without house, street or hamlet', ({ record: r, address }) => ({ ...r, address: address.units.join(', ') })),
  recipe('stale', 'record.stale', 'Hồ sơ không cập nhật hơn 2 năm', 'Record not updated for over 2 years', (d, { pick }) => ({ ...d.record, updatedAt: date(d, addDays(d.asOf, -(731 + (pick % 3000)))) })),
  recipe('updated-future', 'record.updated-future', 'Ngày cập nhật ở tương lai', 'Update date in the future', (d, { pick }) => ({ ...d.record, updatedAt: date(d, addDays(d.asOf, 1 + (pick % 3000))) })),
  recipe('sex-unreadable', 'sex.unrecognised', 'Giới tính không đọc được', 'Unreadable sex', ({ record: r }, { pick }) => ({ ...r, sex: oneOf(['1', 'x1', 'khác', 'Nam/Nữ'], pick) })),
]);

/** The defect kinds `defectiveCitizenArb` knows, with the rule that catches each. */
export const DEFECT_KINDS: readonly DefectKind[] = Object.freeze(DEFECT_RECIPES.map(({ kind, rule, description }) => Object.freeze({ kind, rule, description })));

