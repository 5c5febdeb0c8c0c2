/**
 * A large, realistic citizen CSV for the file-audit benchmark, generated directly (fast-check's samplers are too slow
 * for millions of rows): distinct IDs and phones, names and birth dates drawn independently (so same-name
 * same-birthday coincidences happen at a realistic rate), and about 6 % of rows with one defect. Deterministic.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { ID_PROVINCE_CODES } from '../src/vn/id';
import { GIVEN_NAMES, MIDDLE_NAMES, MOBILE_PREFIXES, SURNAMES } from '../tests/support/citizens';
import { prng } from './prng';

const COLUMNS = ['ma_ho_so', 'so_dinh_danh', 'ho_ten', 'ngay_sinh', 'gioi_tinh', 'so_dien_thoai', 'dia_chi', 'ngay_cap', 'ngay_cap_nhat'] as const;
const ADDRESSES = [
  'Phường Sài Gòn, Thành phố Hồ Chí Minh',
  'Phường Hai Bà Trưng, Thành phố Hà Nội',
  'Xã Ea Bung, Tỉnh Đắk Lắk',
  'Xã Chiêu Lưu, Tỉnh Nghệ An',
  'Xã Tháp Mười, Tỉnh Đồng Tháp',
  'Xã Chi Lăng, Tỉnh Lạng Sơn',
  'Xã Yên Khánh, Tỉnh Ninh Bình',
  'Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh',
];
const DEFECTS = [
  (r: string[]) => (r[1] = r[1]!.slice(1)), // ID lost its leading zero
  (r: string[]) => (r[2] = r[2]!.toLowerCase()),
  (r: string[]) => (r[3] = `31/02/${r[3]!.slice(6)}`),
  (r: string[]) => (r[5] = `0168${r[5]!.slice(3)}`),
  (r: string[]) => (r[6] = 'Không có'),
  (r: string[]) => (r[8] = '01/01/2020'),
];


const two = (n: number) => (n < 10 ? `0${n}` : String(n));

export async function writeCitizenCsv(path: string, rows: number): Promise<void> {
  const random = prng(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const out = createWriteStream(path);
  out.write(`${COLUMNS.join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const year = 1940 + Math.floor(random() * 70);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const female = random() < 0.5;
    const century = Math.floor((year - 1900) / 100) * 2 + (female ? 1 : 0);
    // Serial digits from the row number keep every ID distinct, as real IDs are.
    const id = `${pick(ID_PROVINCE_CODES)}${century}${two(year % 100)}${String((i * 7_919 + 13) % 1_000_000).padStart(6, '0')}`;
    const name = `${pick(SURNAMES)} ${female ? 'Thị' : pick(MIDDLE_NAMES)} ${pick(GIVEN_NAMES)}`;
    const phone = `${pick(MOBILE_PREFIXES)}${String(2_000_000 + ((i * 104_729) % 7_999_999)).padStart(7, '0')}`;
    const issuedYear = Math.max(year + 25, 2021) <= 2026 ? Math.max(year + 25, 2021) : 2024;
    const row = [
      `HS${String(i + 1).padStart(8, '0')}`,
      id,
      name,
      `${two(day)}/${two(month)}/${year}`,
      female ? 'Nữ' : 'Nam',
      phone,
      `"${1 + Math.floor(random() * 300)} Đường số ${1 + Math.floor(random() * 40)}, ${pick(ADDRESSES)}"`,
      `${two(day)}/${two(month)}/${issuedYear}`,
      `${two(1 + Math.floor(random() * 28))}/${two(1 + Math.floor(random() * 10))}/2026`,
    ];
    if (random() < 0.06) pick(DEFECTS)(row);
    chunk += `${row.join(',')}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

if (process.argv[1]?.endsWith('citizenCsv.ts')) {
  const [path, count] = process.argv.slice(2);
  writeCitizenCsv(path ?? 'citizens.csv', Number(count ?? 1_000_000)).then(() => console.log(`wrote ${path}`));
}
