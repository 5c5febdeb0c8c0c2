import { validateRecord } from '../src';
import { labelledSample, AS_OF_ISO } from '../tests/support/citizens';
const rows = labelledSample(2000, 40, 7).map((s) => { const { so_dien_thoai, ...rest } = s.row; return rest; });
let n = 0; const t0 = performance.now();
for (let k = 0; k < 150; k++) for (const r of rows) n += validateRecord(r, 'citizen', { asOf: AS_OF_ISO }).issues.length;
console.log(((performance.now() - t0) * 1000 / (150 * rows.length)).toFixed(2), 'µs/record', n);
