import fc from 'fast-check';

/**
 * Test data: real Vietnamese name syllables, in Unicode NFC. Shared by the text tests; not a test file itself.
 */

/** Common surnames whose TCVN3 and VNI forms are never valid Unicode Vietnamese (so legacy text is provable). */
export const MARKED_SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Đặng', 'Bùi', 'Ngô', 'Dương', 'Trương', 'Đào', 'Đinh'];

/** Other surnames, some written only with Latin-1 letters (Võ, Hồ's VNI form "Hoà" is itself valid Unicode …). */
export const OTHER_SURNAMES = ['Võ', 'Vũ', 'Hồ', 'Lý', 'Phan', 'Đỗ', 'Tô', 'Lâm', 'Mai', 'Hà', 'Tạ', 'Khổng', 'Âu', 'Ông', 'Ứng'];

/** Middle and given names, including both tone placements (Hoà/Hòa, Thuỷ/Thủy) and vowel-initial names. */
export const GIVEN_NAMES = [
  'Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Thu', 'Hoà', 'Hòa', 'Thuỷ', 'Thủy', 'Quỳnh', 'Khuê', 'Tuấn',
  'Anh', 'Ánh', 'Ý', 'Yến', 'Hương', 'Phương', 'Trang', 'Lan', 'Hà', 'Tú', 'Nga', 'Dũng', 'Hùng', 'Cường', 'Quốc',
  'Xuân', 'Uyên', 'Nguyệt', 'Khuyên', 'Hoàng', 'Ngoãn', 'Thoa', 'Huệ', 'Tuệ', 'Khoa', 'Ơn', 'Ưng', 'Ấn', 'Ổn',
  'Ích', 'Oanh', 'Hưng', 'Giang', 'Gia', 'Nghĩa', 'Nhi', 'Khải', 'Quý', 'Thúy', 'Thuý', 'Loan', 'Đông', 'Hồng',
  'Tâm', 'Tuyết', 'Hạnh', 'Khánh', 'Duyên', 'Nhung', 'Thảo', 'Vy', 'Bích', 'Diệp', 'Điệp', 'Trinh', 'Khuyến',
  'Người', 'Hươu', 'Khuỷu', 'Ngoằn', 'Quyền', 'Nghiêm', 'Giới', 'Ất', 'Ẩn', 'Úy', 'Ỷ', 'Ỵ',
];

export type CaseStyle = 'title' | 'upper' | 'lower';

export function applyCase(name: string, style: CaseStyle): string {
  return style === 'upper' ? name.toUpperCase() : style === 'lower' ? name.toLowerCase() : name;
}

export const caseStyle = fc.constantFrom<CaseStyle>('title', 'upper', 'lower');

/** A full name: surname, then one to three middle/given names. */
export function fullName(surnames: readonly string[]) {
  return fc
    .tuple(fc.constantFrom(...surnames), fc.array(fc.constantFrom(...GIVEN_NAMES), { minLength: 1, maxLength: 3 }), caseStyle)
    .map(([surname, given, style]) => applyCase([surname, ...given].join(' '), style));
}

/** Any Vietnamese-looking full name (any surname, any case). */
export const anyVietnameseName = fullName([...MARKED_SURNAMES, ...OTHER_SURNAMES, ...GIVEN_NAMES]);

/** The five tone marks, decomposed (NFD). */
export const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * `syllable` with its tone mark moved onto its `to`-th vowel (counted modulo the vowels it has) or, with `tone`,
 * another tone mark in that place; a syllable without a tone mark comes back as it is. NFC out.
 */
export function retone(syllable: string, to: number, tone?: string): string {
  const d = syllable.normalize('NFD');
  const mark = TONE_MARK.exec(d)?.[0];
  if (mark === undefined) return syllable;
  const bare = d.replace(TONE_MARK, '');
  const vowels = [...bare.matchAll(/[aeiouy][\u0302\u0306\u031b]*/giu)];
  const vowel = vowels[to % vowels.length]!;
  const at = vowel.index + vowel[0].length;
  return `${bare.slice(0, at)}${tone ?? mark}${bare.slice(at)}`.normalize('NFC');
}
