import fc from 'fast-check';
import type { Sex } from '../vn/id';

// Frequent family names, a sample for realistic records (not a frequency table).
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Lương', 'Mai'];
// "Văn" is a men's middle name and "Thị" a women's; the others are used for both.
const MIDDLES_MALE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Xuân', 'Thanh', 'Gia', 'Bảo', 'Công', 'Đình', 'Trọng'];
const MIDDLES_FEMALE = ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim', 'Minh', 'Bảo', 'Phương', 'Diệu', 'Hồng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hoà', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Ngọc', 'Phương', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo', 'Thủy', 'Thuỷ', 'Trang', 'Trung', 'Tuấn', 'Việt', 'Yến', 'Đạt', 'Huyền', 'Nhung', 'Tùng', 'Khoa', 'Phúc'];

export interface VietnameseNameArbOptions {
  /** Chooses the middle names that fit ("Văn" for men, "Thị" for women); default either. */
  sex?: Sex;
}

/**
 * Full names as the population database writes them: surname, middle name and given name, title case,
 * NFC, with diacritics (both old "Hoà" and new "Hòa" tone placement, both are correct).
 *
 * @example fc.sample(vietnameseNameArb({ sex: 'female' }), 1) // ['Trần Thị Quỳnh']
 */
export function vietnameseNameArb(options: VietnameseNameArbOptions = {}): fc.Arbitrary<string> {
  const sex = options.sex === undefined ? fc.constantFrom<Sex>('male', 'female') : fc.constant(options.sex);
  return sex.chain((s) =>
    fc
      .tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...(s === 'male' ? MIDDLES_MALE : MIDDLES_FEMALE)), fc.constantFrom(...GIVEN))
      .map((parts) => parts.join(' ').normalize('NFC')),
  );
}
