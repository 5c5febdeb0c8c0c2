import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL_INPUT_BYTES, workerCount } from '../../src/io/workerCount';

describe('workerCount', () => {
  it.each([
    // [asked, input bytes, cores, expected]
    [undefined, 300_000, 2, 0], // a 2,000-row export: workers would start slower than the audit runs
    [undefined, SMALL_INPUT_BYTES - 1, 8, 0],
    [undefined, SMALL_INPUT_BYTES, 2, 2],
    [undefined, 160_000_000, 2, 2], // a 1M-row export
    [undefined, 160_000_000, 16, 16],
    [undefined, null, 4, 4], // standard input: size unknown, so the cores
    [2, 300_000, 8, 2], // asked for: honoured, whatever the size
    [0, 160_000_000, 8, 0],
    [1000, null, 8, 8], // never more than the cores: each worker holds its own tables
    [2, null, 1, 2], // two are allowed on one core, so that a pool can always be asked for
  ] as const)('asked %s, %s bytes, %s cores → %s', (asked, bytes, cores, expected) => {
    expect(workerCount(asked, bytes, cores)).toBe(expected);
  });

  it.each([3.7, -1, Number.NaN, '2'])('refuses %j workers with a clear error', (asked) => {
    expect(() => workerCount(asked as number, null, 2)).toThrow(/workers must be a whole number ≥ 0/);
  });

  it('honours an explicit count up to the cores, and otherwise uses either no worker or every core', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: 64 }), { nil: undefined }), fc.option(fc.nat(), { nil: null }), fc.integer({ min: 1, max: 64 }), (asked, bytes, cores) => {
        const n = workerCount(asked, bytes, cores);
        if (asked !== undefined) expect(n).toBe(asked <= 1 ? asked : Math.min(asked, Math.max(cores, 2)));
        else expect(n).toBe(bytes !== null && bytes < SMALL_INPUT_BYTES ? 0 : cores);
      }),
    );
  });
});
