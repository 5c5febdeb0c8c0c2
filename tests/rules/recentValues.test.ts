import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rememberRecent } from '../../rules/recentValues';

describe('rememberRecent', () => {
  it('calls the function once per distinct recent input and shares frozen results', () => {
    let calls = 0;
    const parse = rememberRecent((t: string) => {
      calls++;
      return { text: t, parts: t.split(',') };
    }, 4);
    const a = parse('12 Lê Lợi, Phường Sài Gòn');
    expect(parse('12 Lê Lợi, Phường Sài Gòn')).toBe(a);
    expect(calls).toBe(1);
    expect(Object.isFrozen(a) && Object.isFrozen(a.parts)).toBe(true); // top level and its arrays
  });

  it('always returns what the function returns, and never holds more than twice its capacity', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (inputs, capacity) => {
        const seen = new Set<string>();
        let calls = 0;
        const f = rememberRecent((t: string) => {
          calls++;
          return { t };
        }, capacity);
        for (const t of inputs) {
          seen.add(t);
          expect(f(t)).toEqual({ t });
        }
        expect(calls).toBeGreaterThanOrEqual(seen.size);
        expect(calls).toBeLessThanOrEqual(inputs.length);
      }),
    );
  });
});
