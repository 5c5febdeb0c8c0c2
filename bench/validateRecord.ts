import { citizenProfile } from '../rules';
import { AS_OF_ISO, DEFECTS, labelledSample } from '../tests/support/citizens';
import { zodValidate } from './baselines/zodCitizen';
import { compare, report, type Measurement } from './harness';

/** µs per validateRecord on the citizen profile beside the hand-written zod baseline, and defect kinds each finds. */
export async function benchValidateRecord(): Promise<Measurement[]> {
  // The built package, as services load it (`npm run bench` builds first), not the sources through the tsx loader.
  const { validateRecord, resolveProfile } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src');
  const sample = labelledSample(2000, 40, 7);
  const rows = sample.map((s) => s.row);
  // Address rules (a separate issue) are benchmarked on their own; this figure is for everything else.
  const withoutAddress = resolveProfile({ ...citizenProfile, rules: citizenProfile.rules.filter((id) => !id.startsWith('address.')) });
  const options = { asOf: AS_OF_ISO };
  const results = await compare(rows, {
    'ddss validateRecord (citizen, no address rules)': (r) => validateRecord(r, withoutAddress, options),
    'ddss validateRecord (citizen, full)': (r) => validateRecord(r, 'citizen', options),
    'zod + libphonenumber-js + date-fns baseline': (r) => zodValidate(r),
  });
  report(`validateRecord: ${rows.length} records (${sample.filter((s) => s.defect === null).length} valid, ${DEFECTS.length} defect kinds × 40)`, results, 'zod + libphonenumber-js + date-fns baseline');

  // Defect kinds found: a kind counts when at least 90 % of its records are flagged (ddss: by the rule meant for it).
  let ddssKinds = 0;
  let zodKinds = 0;
  const lines: string[] = [];
  for (const defect of DEFECTS) {
    const mine = sample.filter((s) => s.defect === defect);
    const ddss = mine.filter((s) => validateRecord(s.row, 'citizen', options).issues.some((i) => i.rule === defect.rule)).length / mine.length;
    const zod = mine.filter((s) => !zodValidate(s.row)).length / mine.length;
    if (ddss >= 0.9) ddssKinds++;
    if (zod >= 0.9) zodKinds++;
    lines.push(`    ${defect.kind.padEnd(24)} ddss ${(ddss * 100).toFixed(0).padStart(3)} %   zod ${(zod * 100).toFixed(0).padStart(3)} %`);
  }
  const validRows = sample.filter((s) => s.defect === null);
  const zodFalseAlarms = validRows.filter((s) => !zodValidate(s.row)).length;
  const ddssFalseAlarms = validRows.filter((s) => validateRecord(s.row, 'citizen', options).issues.some((i) => i.severity !== 'info')).length;
  console.log(`  defect kinds found (≥ 90 % of records): ddss ${ddssKinds}/${DEFECTS.length}, zod baseline ${zodKinds}/${DEFECTS.length}`);
  console.log(`  false alarms on ${validRows.length} valid records: ddss ${ddssFalseAlarms}, zod baseline ${zodFalseAlarms}`);
  console.log(lines.join('\n'));
  return results;
}
