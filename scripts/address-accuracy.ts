/**
 * Prints parse accuracy per era and style over every unit, and the misreads (first N per style).
 * Run: npx tsx scripts/address-accuracy.ts [maxShown]
 */
import { parseAddress } from '../src/vn/address/parseAddress';
import { addressSamples, ADDRESS_STYLES } from './address-styles';

async function main(): Promise<void> {
  const shown = Number(process.argv[2] ?? 5);
  for (const era of ['legacy', 'current'] as const) {
    const samples = addressSamples(era);
    const bad = new Map<string, string[]>();
    let ok = 0;
    const t0 = performance.now();
    for (const s of samples) {
      const p = parseAddress(s.text);
      if (p.era === era && p.ward?.code === s.wardCode && p.province?.code === s.provinceCode) ok++;
      else {
        const list = bad.get(s.style) ?? [];
        list.push(`${s.text}  =>  ${p.era} ${p.province?.code ?? '-'} ${p.district?.fullName ?? '-'} ${p.ward?.fullName ?? '-'}/${p.ward?.code ?? '-'} [${p.problems.join(',')}] want ${s.wardCode}`);
        bad.set(s.style, list);
      }
    }
    const ms = performance.now() - t0;
    console.log(`${era}: ${ok}/${samples.length} = ${((100 * ok) / samples.length).toFixed(3)} % (${((ms * 1000) / samples.length).toFixed(1)} µs/parse)`);
    for (const style of ADDRESS_STYLES) {
      const list = bad.get(style) ?? [];
      console.log(`  ${style}: ${list.length} wrong`);
      for (const line of list.slice(0, shown)) console.log(`    ${line}`);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
