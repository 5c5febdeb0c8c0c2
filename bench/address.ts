/**
 * parseAddress and convertAddress on ~2,000 addresses of both eras in assorted styles (built
 * deterministically from the tables). Target: ≤ 20 µs per parseAddress, median, one core. The Python
 * peer vietnamadminunits is quoted at ~1 ms per address; it cannot run in this process.
 */
import { compare, report, type Measurement } from './harness';
import { convertAddress } from '../src/vn/address/convertAddress';
import { parseAddress } from '../src/vn/address/parseAddress';
import { addressSamples } from '../scripts/address-styles';

/** Every n-th sample of both eras, so all styles and regions appear. */
function benchInputs(count: number): string[] {
  const legacy = addressSamples('legacy');
  const current = addressSamples('current');
  const pick = (all: { text: string }[], n: number) => {
    const step = Math.max(1, Math.floor(all.length / n));
    const out: string[] = [];
    for (let i = 0; i < all.length && out.length < n; i += step) out.push(all[i]!.text);
    return out;
  };
  return [...pick(legacy, count / 2), ...pick(current, count / 2)];
}

export async function benchAddress(): Promise<Measurement[]> {
  const loadStarted = performance.now();
  parseAddress('Phường Bến Thành, Quận 1, TP.HCM'); // builds the tables once
  const loadMs = performance.now() - loadStarted;
  const inputs = benchInputs(2000);
  const results = await compare(
    inputs,
    {
      parseAddress: (text: string) => parseAddress(text),
      "parseAddress era 'legacy'": (text: string) => parseAddress(text, { era: 'legacy' }),
      "parseAddress era 'current'": (text: string) => parseAddress(text, { era: 'current' }),
      'convertAddress (parse + convert)': (text: string) => convertAddress(text),
    },
    { timeMs: 1500 },
  );
  report(`address: ${inputs.length} addresses of both eras (tables built in ${loadMs.toFixed(0)} ms on first call)`, results, 'parseAddress');
  console.log('  peer: vietnamadminunits (Python) ~1 ms per address, as published by its author');
  return results;
}
