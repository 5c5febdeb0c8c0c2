/**
 * Accuracy over every unit in the tables, written in every style (scripts/address-styles.ts):
 * parse back to the right ward and province, and convert legacy wards to the mapping's current wards.
 * Prints the figures the README and the changelog quote.
 */
import { describe, expect, it } from 'vitest';
import { convertAddress } from '../../../src/vn/address/convertAddress';
import { parseAddress } from '../../../src/vn/address/parseAddress';
import { addressSamples, type AddressSample } from '../../../scripts/address-styles';
import { currentKey, legacyToCurrentFromCsv } from './mappingFromCsv';

function percent(ok: number, total: number): string {
  return `${((100 * ok) / total).toFixed(3)} % (${ok}/${total})`;
}

function parsesBack(sample: AddressSample): boolean {
  const p = parseAddress(sample.text);
  return p.era === sample.era && p.ward?.code === sample.wardCode && p.province?.code === sample.provinceCode;
}

describe('address accuracy over every unit and style', () => {
  it('parses ≥ 99.8 % of legacy and current addresses back to their ward and province', () => {
    for (const era of ['legacy', 'current'] as const) {
      const samples = addressSamples(era);
      const started = performance.now();
      let ok = 0;
      for (const sample of samples) if (parsesBack(sample)) ok++;
      const micros = ((performance.now() - started) * 1000) / samples.length;
      console.log(`[address accuracy] ${era} parse: ${percent(ok, samples.length)}, ${micros.toFixed(1)} µs/address`);
      expect(ok / samples.length).toBeGreaterThanOrEqual(0.998);
    }
  });

  it('converts ≥ 99.8 % of undivided legacy wards exactly, and gives divided ones their whole candidate set', () => {
    const mapping = legacyToCurrentFromCsv();
    const samples = addressSamples('legacy');
    let undividedOk = 0;
    let undivided = 0;
    let dividedOk = 0;
    let divided = 0;
    let narrowed = 0;
    for (const sample of samples) {
      const expected = mapping.get(sample.wardCode)!;
      const converted = convertAddress(sample.text);
      const got = new Set(converted.candidates.map((c) => currentKey(converted.province?.code, c.name)));
      if (expected.size === 1) {
        undivided++;
        if (converted.ward && got.size === 1 && expected.has([...got][0]!)) undividedOk++;
      } else {
        divided++;
        const exact = got.size === expected.size && [...got].every((k) => expected.has(k));
        // Narrowing by the street part is allowed only to a single successor the street names.
        const narrowedRight = converted.divided && got.size === 1 && expected.has([...got][0]!) && !!converted.street;
        if (exact) dividedOk++;
        else if (narrowedRight) narrowed++;
      }
    }
    console.log(`[address accuracy] legacy → current, undivided wards: ${percent(undividedOk, undivided)}`);
    console.log(
      `[address accuracy] legacy → current, divided wards: exact candidate set ${percent(dividedOk, divided)}, narrowed by street ${narrowed}`,
    );
    expect(undividedOk / undivided).toBeGreaterThanOrEqual(0.998);
    expect((dividedOk + narrowed) / divided).toBeGreaterThanOrEqual(0.998);
  });
});
