/**
 * The peer: what a team writes by hand today with zod + libphonenumber-js + date-fns for the same citizen fields.
 * It checks shapes (12 digits, a date that parses, a valid phone) but knows nothing of what the ID number encodes,
 * card renewal ages, legacy numbers or encodings. Used by the benchmark for speed and for defect kinds found.
 */
import { isValid, parse } from 'date-fns';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { z } from 'zod';

const REFERENCE_DATE = new Date(2000, 0, 1);
const date = z.string().refine((s) => isValid(parse(s, 'dd/MM/yyyy', REFERENCE_DATE)), 'invalid date');
const optionalDate = z.union([z.literal(''), date]).optional();

export const zodCitizen = z.object({
  ma_ho_so: z.string().optional(),
  so_dinh_danh: z.string().regex(/^\d{12}$/, 'ID must be 12 digits'),
  ho_ten: z.string().trim().min(1).regex(/^[\p{L}\s'-]+$/u, 'name has invalid characters'),
  ngay_sinh: date,
  gioi_tinh: z.enum(['Nam', 'Nữ']),
  so_dien_thoai: z.union([z.literal(''), z.string().refine((s) => isValidPhoneNumber(s, 'VN'), 'invalid phone')]).optional(),
  dia_chi: z.string().trim().min(1),
  ngay_cap: optionalDate,
  ngay_cap_nhat: optionalDate,
});

export function zodValidate(record: unknown): boolean {
  return zodCitizen.safeParse(record).success;
}
