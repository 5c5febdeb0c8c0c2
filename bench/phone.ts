import parsePhoneNumber, { isValidPhoneNumber } from 'libphonenumber-js/max';
import { compare, report } from './harness';
import { prng } from './prng';
import type { Measurement } from './harness';
import { parsePhone } from '../src/vn/phone';


/**
 * ~2,000 phone fields as they appear in Vietnamese population records: 70% mobiles in assorted formats,
 * 12% landlines, 4% 1800/1900, 6% pre-2017/2018 numbers, 7% typos and blanks, 1% rare shapes
 * (foreign, extensions, letters) of which about three quarters go to libphonenumber-js.
 */
export function realisticPhoneInputs(count = 2000, seed = 84): string[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const mobilePrefixes = ['32', '33', '34', '35', '36', '37', '38', '39', '86', '96', '97', '98', '81', '82', '83', '84', '85', '88', '91', '94', '70', '76', '77', '78', '79', '89', '90', '93', '56', '58', '92', '59', '99', '87'];
  const mobileFormats: ((p: string, s: string) => string)[] = [
    (p, s) => `0${p}${s}`,
    (p, s) => `0${p}${s.slice(0, 1)} ${s.slice(1, 4)} ${s.slice(4)}`,
    (p, s) => `0${p}${s.slice(0, 1)}.${s.slice(1, 4)}.${s.slice(4)}`,
    (p, s) => `0${p}-${s.slice(0, 3)}-${s.slice(3)}`,
    (p, s) => `+84 ${p} ${s.slice(0, 3)} ${s.slice(3)}`,
    (p, s) => `+84${p}${s}`,
    (p, s) => `84${p}${s}`,
    (p, s) => ` 0${p}${s} `,
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.7) {
      out.push(pick(mobileFormats)(pick(mobilePrefixes), digits(7)));
    } else if (r < 0.82) {
      const [code, len] = pick([['24', 8], ['28', 8], ['236', 7], ['225', 7], ['251', 7], ['274', 7]] as const);
      const sub = String(2 + Math.floor(random() * 6)) + digits(len - 1);
      out.push(pick([`0${code} ${sub.slice(0, 4)} ${sub.slice(4)}`, `(0${code}) ${sub}`, `0${code}.${sub}`]));
    } else if (r < 0.86) {
      out.push(`${pick(['1800', '1900'])} ${digits(pick([4, 6]))}`);
    } else if (r < 0.92) {
      out.push(pick([`0${pick(['162', '168', '169', '121', '123', '127', '188', '199'])} ${digits(3)} ${digits(4)}`, `04 3${digits(3)} ${digits(4)}`, `0511 3${digits(2)} ${digits(4)}`]));
    } else if (r < 0.99) {
      // Typos, blanks, placeholders, two numbers in one field.
      out.push(pick([`09${digits(7)}`, `09${digits(9)}`, `0${digits(9)}`, '', '0000000000', 'không có', `09${digits(8)} - 09${digits(8)}`]));
    } else {
      // Rare shapes that need libphonenumber-js itself: foreign numbers, extensions, letters among digits.
      out.push(pick([`(+84) 9${digits(8)}`, `+1 202 555 ${digits(4)}`, `0912${digits(6)} ext 12`, `0912 34x 678`]));
    }
  }
  return out;
}

/** parsePhone against libphonenumber-js/max on the same realistic inputs. */
export async function benchPhone(): Promise<Measurement[]> {
  const inputs = realisticPhoneInputs();
  const results = await compare(inputs, {
    'libphonenumber-js/max isValidPhoneNumber': (text) => isValidPhoneNumber(text, 'VN'),
    'libphonenumber-js/max parsePhoneNumber().isValid()': (text) => parsePhoneNumber(text, 'VN')?.isValid() ?? false,
    'ddss parsePhone': (text) => parsePhone(text),
  });
  report('Vietnamese phone numbers (2,000 realistic record values)', results, 'libphonenumber-js/max isValidPhoneNumber');
  return results;
}
