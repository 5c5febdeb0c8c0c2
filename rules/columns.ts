import { foldVietnamese } from '../src/vn/text';

/**
 * The form column names are compared in: lower case, no diacritics (đ → d), letters and digits only, so that
 * "Số CCCD", "so_cccd", "SO-CCCD" and "socccd" all match.
 *
 * @example normalizeColumnName('Ngày sinh') // 'ngaysinh'
 */
export function normalizeColumnName(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, '');
}
