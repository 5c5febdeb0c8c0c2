import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePhoneNumber, { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it, vi } from 'vitest';
import { parsePhone } from '../../../src/vn/phone';

// libphonenumber-js is loaded on the first call that needs it (ADR 0014). Each laziness test gets a fresh module graph
// (vi.resetModules), so the flag it reads belongs to the same module instance as the parsePhone it calls, and no
// earlier test can have loaded the library for it.
async function freshPhoneModules() {
  vi.resetModules();
  const phone = await import('../../../src/vn/phone');
  const library = await import('../../../src/vn/phone/libphonenumber');
  return { parsePhone: phone.parsePhone, loaded: library.libphonenumberLoaded, library };
}

// Every writing the fast path answers: valid, legacy, invalid, and texts that are no number at all.
const plainVietnamese = [
  '0912 345 678',
  '0912.345.678',
  '+84 912 345 678',
  '84912345678',
  '0084 912 345 678',
  '+84 (0) 912 345 678',
  '0912\u00a0345\u00a0678',
  '０９１２３４５６７８',
  '(028) 3829 1234',
  '(08) 3829 1234',
  '1800 1234',
  '0168.123.4567',
  '04 3825 1234',
  '091234567',
  '0000000000',
  '+0912345678',
  '(+84)386123456',
  'abc',
  '',
];

describe('libphonenumber-js is loaded on first use', () => {
  it('is not loaded by importing ddss/phone, nor by parsing plain Vietnamese numbers', async () => {
    const fresh = await freshPhoneModules();
    expect(fresh.loaded()).toBe(false);
    for (const text of plainVietnamese) {
      expect(fresh.parsePhone(text).valid, text).toBe(isValidPhoneNumber(text, 'VN'));
    }
    expect(fresh.loaded()).toBe(false);
  });

  it.each([
    ['a foreign number', '+1 202 555 0123'],
    ['an international prefix to another country', '001 202 555 0123'],
    ['letters', '0912 345 678 ext 12'],
    ['a label', 'Tel: 0912345678'],
    ['a text over 250 characters', '0912 345 678'.padEnd(260)],
  ])('is loaded by %s, and gives the same answer as a static import', async (_what, text) => {
    const fresh = await freshPhoneModules();
    expect(fresh.loaded()).toBe(false);
    expect(fresh.parsePhone(text)).toEqual(parsePhone(text));
    expect(fresh.loaded()).toBe(true);
  });

  it('is imported for its values by no source file but the lazy loader (types only elsewhere)', () => {
    // The flag above cannot see a static import that bypasses the loader; this catches one anywhere in src/.
    const src = join(import.meta.dirname, '../../../src');
    const eager = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && file !== join('vn', 'phone', 'libphonenumber.ts'))
      .filter((file) => /^\s*(import|export)(?!\s+type\b)[^;]*?from\s+['"]libphonenumber-js/m.test(readFileSync(join(src, file), 'utf8')));
    expect(eager).toEqual([]);
  });

  it('returns the same parse function on every call, and it is libphonenumber-js/max', async () => {
    const { library } = await freshPhoneModules();
    const parse = library.libphonenumberParse();
    expect(library.libphonenumberParse()).toBe(parse);
    // require() gives the CommonJS build; it must read numbers exactly as the ES build the tests import.
    const strict = parse('+44 20 7946 0958', { defaultCountry: 'VN', extract: false });
    expect(strict?.number).toBe(parsePhoneNumber('+44 20 7946 0958', { defaultCountry: 'VN', extract: false })?.number);
    expect(strict?.getType()).toBe('FIXED_LINE');
  });
});

// The texts only the library can answer, read through the lazily required copy, still agree with libphonenumber-js.
const libraryOnly: [string, string | null][] = [
  ['+1 202 555 0123', 'US'],
  ['+44 20 7946 0958', 'GB'],
  ['+33 1 42 68 53 00', 'FR'],
  ['+81 3-1234-5678', 'JP'],
  ['+65 6123 4567', 'SG'],
  ['+855 12 345 678', 'KH'],
  ['+856 20 5551 2345', 'LA'],
  ['001 202 555 0123', 'US'],
  ['+1 202 555 01', null], // too short to be possible
  ['0912 345 678 ext 12', 'VN'],
  ['0912 345 678 x12', 'VN'],
  ['tel:+84912345678', null],
  ['Tel: 0912345678', null],
  ['+1-800-FLOWERS', null],
  ['SĐT 0912345678', null],
  ['0912 345 678'.padEnd(260), null],
];

describe('texts only libphonenumber-js can answer', () => {
  it.each(libraryOnly)('%j', (text, country) => {
    const ours = parsePhone(text);
    expect(ours.valid).toBe(isValidPhoneNumber(text, 'VN'));
    const strict = parsePhoneNumber(text, { defaultCountry: 'VN', extract: false });
    expect(ours.e164).toBe(strict?.isPossible() ? strict.number : null);
    expect(ours.country).toBe(country);
  });
});
