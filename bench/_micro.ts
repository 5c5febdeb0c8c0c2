import { compare, report } from './harness';
import { parsePhone } from '../src/vn/phone';
import { parseDate } from '../src/vn/dates';
import { parsePersonalId } from '../src/vn/id';
import { analyseName } from '../rules/nameAnalysis';
import { isPlaceholderValue, parseSex } from '../src/vn/person';
import { normalizeColumnName } from '../rules/columns';
import { labelledSample } from '../tests/support/citizens';
async function main() {
const rows = labelledSample(2000, 0, 7).map((s) => s.row);
const r = await compare(rows, {
  phone: (x) => parsePhone(x.so_dien_thoai),
  date: (x) => parseDate(x.ngay_sinh),
  id: (x) => parsePersonalId(x.so_dinh_danh),
  name: (x) => analyseName(x.ho_ten),
  placeholder9: (x) => { let k = 0; for (const v of Object.values(x)) if (isPlaceholderValue(v)) k++; return k; },
  sex: (x) => parseSex(x.gioi_tinh),
  keys: (x) => Object.keys(x).length,
}, { timeMs: 500 });
report('micro', r, 'id');
}
main();
