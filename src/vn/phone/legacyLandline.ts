import { slotOf, slotType } from './numberTable';

/**
 * Pre-2017 landline area codes → the codes that replaced them (without the trunk 0), for the 59 provinces
 * whose code changed; Vĩnh Phúc 211, Phú Thọ 210, Hòa Bình 218 and Hà Giang 219 kept theirs. Subscriber
 * numbers were kept (8 digits in Hà Nội and TP.HCM, 7 elsewhere).
 * Basis: MIC Circular 22/2014/TT-BTTTT (numbering plan: area codes 2xx) and MIC Decision 2036/QĐ-BTTTT of
 * 21 Nov 2016 (conversion in three phases from 11 Feb, 15 Apr and 17 Jun 2017).
 * Provinces are named as they were in 2017 (before the 2025 mergers).
 */
export const LEGACY_AREA_CODES: Readonly<Record<string, string>> = {
  // Phase 1 (11 Feb 2017)
  '22': '212', // Sơn La
  '231': '213', // Lai Châu
  '20': '214', // Lào Cai
  '230': '215', // Điện Biên
  '29': '216', // Yên Bái
  '52': '232', // Quảng Bình
  '53': '233', // Quảng Trị
  '54': '234', // Thừa Thiên Huế
  '510': '235', // Quảng Nam
  '511': '236', // Đà Nẵng
  '37': '237', // Thanh Hóa
  '38': '238', // Nghệ An
  '39': '239', // Hà Tĩnh
  // Phase 2 (15 Apr 2017)
  '33': '203', // Quảng Ninh
  '240': '204', // Bắc Giang
  '25': '205', // Lạng Sơn
  '26': '206', // Cao Bằng
  '27': '207', // Tuyên Quang
  '280': '208', // Thái Nguyên
  '281': '209', // Bắc Kạn
  '320': '220', // Hải Dương
  '321': '221', // Hưng Yên
  '241': '222', // Bắc Ninh
  '31': '225', // Hải Phòng
  '351': '226', // Hà Nam
  '36': '227', // Thái Bình
  '350': '228', // Nam Định
  '30': '229', // Ninh Bình
  '780': '290', // Cà Mau
  '781': '291', // Bạc Liêu
  '710': '292', // Cần Thơ
  '711': '293', // Hậu Giang
  '74': '294', // Trà Vinh
  '76': '296', // An Giang
  '77': '297', // Kiên Giang
  '79': '299', // Sóc Trăng
  // Phase 3 (17 Jun 2017)
  '4': '24', // Hà Nội
  '8': '28', // TP. Hồ Chí Minh
  '61': '251', // Đồng Nai
  '62': '252', // Bình Thuận
  '64': '254', // Bà Rịa – Vũng Tàu
  '55': '255', // Quảng Ngãi
  '56': '256', // Bình Định
  '57': '257', // Phú Yên
  '58': '258', // Khánh Hòa
  '68': '259', // Ninh Thuận
  '60': '260', // Kon Tum
  '501': '261', // Đắk Nông
  '500': '262', // Đắk Lắk
  '63': '263', // Lâm Đồng
  '59': '269', // Gia Lai
  '70': '270', // Vĩnh Long
  '651': '271', // Bình Phước
  '72': '272', // Long An
  '73': '273', // Tiền Giang
  '650': '274', // Bình Dương
  '75': '275', // Bến Tre
  '66': '276', // Tây Ninh
  '67': '277', // Đồng Tháp
};

/** Hà Nội and TP.HCM (one-digit old codes) had 8-digit subscriber numbers; every other province 7. */
function subscriberDigits(oldCode: string): number {
  return oldCode.length === 1 ? 8 : 7;
}

/**
 * Today's national significant number for a pre-2017 landline given as its national significant number
 * (old area code without the trunk 0, then the subscriber number), or null when it is not one.
 * Old codes are prefix-free, so at most one of the 1-, 2- and 3-digit prefixes is a code.
 *
 * @example
 * currentLandlineNumber('438251234'); // '2438251234'  (04 3825 1234 → 024 3825 1234)
 * currentLandlineNumber('5113822123'); // '2363822123' (0511 382 2123 → 0236 382 2123)
 * currentLandlineNumber('912345678'); // null
 */
export function currentLandlineNumber(nationalNumber: string): string | null {
  for (let codeLength = 1; codeLength <= 3; codeLength++) {
    const oldCode = nationalNumber.slice(0, codeLength);
    const newCode = LEGACY_AREA_CODES[oldCode];
    if (newCode === undefined) continue;
    if (nationalNumber.length !== codeLength + subscriberDigits(oldCode)) return null;
    const current = newCode + nationalNumber.slice(codeLength);
    return slotType(slotOf(current)) === 'fixed-line' ? current : null;
  }
  return null;
}
