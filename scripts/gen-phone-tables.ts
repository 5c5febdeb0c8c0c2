/**
 * Compiles the Vietnamese (+84) numbering plan of libphonenumber-js's `metadata.max.json` into
 * `src/vn/phone/tables.generated.ts`: for every national significant number length, the shortest
 * digit prefixes that decide (a) whether the general national-number pattern matches, (b) the number
 * type, and (c) whether the national format omits the trunk prefix `0`.
 *
 * Why prefixes and not regexes: every Vietnamese pattern constrains at most the first
 * {@link PREFIX_DIGITS} digits and leaves the rest as `\d`, so a table indexed by
 * (length, first four digits) is exactly equivalent to the regexes and costs one array read per call.
 * The script proves that property on the current metadata and fails loudly when an upgrade breaks it.
 *
 * Run: `npx tsx scripts/gen-phone-tables.ts` (writes the file). Tests call {@link generatePhoneTablesSource}.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** How many leading digits of the national significant number the table is indexed by. */
export const PREFIX_DIGITS = 4;
const SLOTS = 10 ** PREFIX_DIGITS;
const ALL_DIGITS = 0x3ff;

/** Metadata type slots in the compressed `types` array, in libphonenumber-js's own order (metadata.js `getType`). */
const METADATA_TYPE_INDEX = {
  ...{ 'fixed-line': 0, mobile: 1, 'toll-free': 2, 'premium-rate': 3, personal: 4 },
  ...{ voicemail: 5, uan: 6, pager: 7, voip: 8, 'shared-cost': 9 },
} as const;
type GeneratedType = keyof typeof METADATA_TYPE_INDEX;

/** The order in which libphonenumber-js's `getNumberType` tries types after fixed-line (helpers/getNumberType.js). */
const TYPE_PRECEDENCE: GeneratedType[] = [
  ...['fixed-line', 'mobile', 'premium-rate', 'toll-free', 'shared-cost'],
  ...['voip', 'personal', 'pager', 'uan', 'voicemail'],
] as GeneratedType[];

type Seq = number[]; // one 10-bit digit mask per position

/**
 * Expands the regex subset used by libphonenumber's national patterns (digits, `\d`, `[...]`, `(?:...)`,
 * `|`, `{n}`, `{n,m}`, `?`) into the finite list of digit-mask sequences it matches.
 *
 * @example
 * expandPattern('9[01]\\d'); // [[0b1000000000, 0b11, 0x3ff]]
 */
export function expandPattern(pattern: string): Seq[] {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`Unsupported pattern construct (${why}) at ${i} in ${pattern}`);
  };
  const cross = (a: Seq[], b: Seq[]): Seq[] => a.flatMap((x) => b.map((y) => [...x, ...y]));
  const parseAlternation = (): Seq[] => {
    let seqs = parseSequence();
    while (pattern[i] === '|') {
      i++;
      seqs = seqs.concat(parseSequence());
    }
    return seqs;
  };
  const parseSequence = (): Seq[] => {
    let result: Seq[] = [[]];
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      const atom = parseAtom();
      const [min, max] = parseQuantifier();
      let repeated: Seq[] = [];
      for (let k = min; k <= max; k++) {
        let times: Seq[] = [[]];
        for (let j = 0; j < k; j++) times = cross(times, atom);
        repeated = repeated.concat(times);
      }
      result = cross(result, repeated);
    }
    return result;
  };
  const parseAtom = (): Seq[] => {
    const c = pattern[i];
    if (c === '\\') {
      if (pattern[i + 1] !== 'd') fail('escape');
      i += 2;
      return [[ALL_DIGITS]];
    }
    if (c !== undefined && c >= '0' && c <= '9') {
      i++;
      return [[1 << Number(c)]];
    }
    if (c === '[') {
      i++;
      let mask = 0;
      while (pattern[i] !== ']') {
        const from = Number(pattern[i]);
        if (!(pattern[i]! >= '0' && pattern[i]! <= '9')) fail('class member');
        let to = from;
        if (pattern[i + 1] === '-') {
          to = Number(pattern[i + 2]);
          i += 2;
        }
        for (let d = from; d <= to; d++) mask |= 1 << d;
        i++;
      }
      i++;
      return [[mask]];
    }
    if (pattern.startsWith('(?:', i)) {
      i += 3;
      const inner = parseAlternation();
      if (pattern[i] !== ')') fail('unclosed group');
      i++;
      return inner;
    }
    return fail(`character ${c}`);
  };
  const parseQuantifier = (): [number, number] => {
    if (pattern[i] === '?') {
      i++;
      return [0, 1];
    }
    const m = /^\{(\d+)(?:,(\d+))?\}/.exec(pattern.slice(i));
    if (!m) return [1, 1];
    i += m[0].length;
    return [Number(m[1]), Number(m[2] ?? m[1])];
  };
  const seqs = parseAlternation();
  if (i !== pattern.length) fail('trailing input');
  return seqs;
}

/** Marks, for one length, every 4-digit slot whose numbers all match one of `seqs`. */
function markSlots(seqs: Seq[], length: number, into: Uint8Array, value: number): void {
  for (const seq of seqs) {
    if (seq.length !== length) continue;
    for (let k = PREFIX_DIGITS; k < seq.length; k++) {
      if (seq[k] !== ALL_DIGITS) throw new Error(`Pattern constrains digit ${k + 1}; raise PREFIX_DIGITS`);
    }
    const walk = (pos: number, acc: number): void => {
      if (pos === PREFIX_DIGITS) {
        into[acc] = value;
        return;
      }
      for (let d = 0; d <= 9; d++) if (seq[pos]! & (1 << d)) walk(pos + 1, acc * 10 + d);
    };
    walk(0, 0);
  }
}

/** Shortest prefixes covering exactly the slots where `pick(slot)` is true, space-separated. */
function minimalPrefixes(pick: (slot: number) => boolean): string {
  const out: string[] = [];
  const visit = (prefix: string, depth: number, from: number): void => {
    const width = 10 ** (PREFIX_DIGITS - depth);
    let all = true;
    let any = false;
    for (let s = from; s < from + width; s++) {
      if (pick(s)) any = true;
      else all = false;
    }
    if (!any) return;
    if (all) {
      out.push(prefix);
      return;
    }
    for (let d = 0; d <= 9; d++) visit(prefix + d, depth + 1, from + (d * width) / 10);
  };
  visit('', 0, 0);
  return out.join(' ');
}

interface VietnamMetadata {
  callingCode: string;
  iddPrefix: string;
  nationalPattern: string;
  possibleLengths: number[];
  nationalPrefix: string;
  types: Partial<Record<GeneratedType, { pattern: string; lengths: number[] | null }>>;
}

function readVietnamMetadata(): VietnamMetadata {
  const require = createRequire(import.meta.url);
  const json = require('libphonenumber-js/metadata.max.json') as {
    countries: Record<string, unknown[]>;
    country_calling_codes: Record<string, string[]>;
  };
  const vn = json.countries.VN;
  if (!vn) throw new Error('metadata.max.json has no VN entry');
  // Compressed layout (libphonenumber-js metadata.js, v4): 0 calling code, 1 IDD prefix, 2 national pattern,
  // 3 possible lengths, 5 national prefix, 7 national prefix for parsing, 8 its transform rule, 11 types.
  const [callingCode, iddPrefix, nationalPattern, possibleLengths] = vn as [string, string, string, number[]];
  const nationalPrefix = vn[5] as string;
  if (vn[7] && vn[7] !== nationalPrefix) throw new Error('VN national_prefix_for_parsing changed; parser assumes it equals the national prefix');
  if (vn[8]) throw new Error('VN national_prefix_transform_rule appeared; parser does not implement it');
  if (JSON.stringify(json.country_calling_codes[callingCode]) !== '["VN"]') throw new Error('+84 is no longer VN-only');
  const rawTypes = vn[11] as unknown[];
  const types: VietnamMetadata['types'] = {};
  for (const [name, index] of Object.entries(METADATA_TYPE_INDEX) as [GeneratedType, number][]) {
    const t = rawTypes[index] as [string, number[]?] | 0 | undefined;
    if (t) types[name] = { pattern: t[0], lengths: t[1] ?? null };
  }
  return { callingCode, iddPrefix, nationalPattern, possibleLengths, nationalPrefix, types };
}

/** Everything the generated module contains, as plain data (also handy for tests). */
export interface PhoneTables {
  callingCode: string;
  iddPrefix: string;
  nationalPrefix: string;
  minLength: number;
  maxLength: number;
  nationalNumberPrefixes: Record<number, string>;
  typePrefixes: Partial<Record<GeneratedType, Record<number, string>>>;
  withoutNationalPrefix: Record<number, string>;
}

/**
 * Computes the tables from the installed libphonenumber-js metadata; throws if an assumption of the parser breaks.
 *
 * @example
 * buildPhoneTables().typePrefixes.voip; // { 9: '672' }
 */
export function buildPhoneTables(): PhoneTables {
  const meta = readVietnamMetadata();
  if (meta.iddPrefix !== '00') throw new Error(`VN IDD prefix is now ${meta.iddPrefix}`);
  if (meta.nationalPrefix !== '0') throw new Error(`VN national prefix is now ${meta.nationalPrefix}`);
  const lengths = [...meta.possibleLengths].sort((a, b) => a - b);
  const minLength = lengths[0]!;
  const maxLength = lengths[lengths.length - 1]!;
  if (lengths.length !== maxLength - minLength + 1) throw new Error('VN possible lengths are no longer contiguous');
  if (minLength < PREFIX_DIGITS) throw new Error('VN numbers shorter than the table prefix');

  const national = expandPattern(meta.nationalPattern);
  for (const seq of national) {
    if (seq[0]! & 1) throw new Error('VN national pattern accepts a leading 0; trunk-prefix stripping would change');
    if (seq.length < minLength || seq.length > maxLength) throw new Error('VN national pattern length outside possible lengths');
  }
  const typeSeqs = new Map<GeneratedType, Seq[]>();
  for (const [name, t] of Object.entries(meta.types) as [GeneratedType, { pattern: string; lengths: number[] | null }][]) {
    const allowed = t.lengths ?? meta.possibleLengths;
    typeSeqs.set(name, expandPattern(t.pattern).filter((s) => allowed.includes(s.length)));
  }

  const out: PhoneTables = {
    callingCode: meta.callingCode,
    iddPrefix: meta.iddPrefix,
    nationalPrefix: meta.nationalPrefix,
    minLength,
    maxLength,
    nationalNumberPrefixes: {},
    typePrefixes: {},
    withoutNationalPrefix: {},
  };
  for (let length = minLength; length <= maxLength; length++) {
    const nnp = new Uint8Array(SLOTS);
    markSlots(national, length, nnp, 1);
    const typed = new Uint8Array(SLOTS); // index into TYPE_PRECEDENCE + 1
    for (let p = TYPE_PRECEDENCE.length - 1; p >= 0; p--) {
      const seqs = typeSeqs.get(TYPE_PRECEDENCE[p]!);
      if (seqs) markSlots(seqs, length, typed, p + 1);
    }
    const mobileAlso = new Uint8Array(SLOTS);
    markSlots(typeSeqs.get('mobile') ?? [], length, mobileAlso, 1);
    const noPrefix = new Uint8Array(SLOTS);
    for (let s = 0; s < SLOTS; s++) {
      if (!nnp[s]) typed[s] = 0; // getNumberType checks the general pattern first
      if (typed[s] === 1 && mobileAlso[s]) throw new Error('A VN number is both fixed-line and mobile; PhoneType has no such member');
      if (typed[s]) noPrefix[s] = nationalFormatOmitsPrefix(s, length) ? 1 : 0;
    }
    out.nationalNumberPrefixes[length] = minimalPrefixes((s) => nnp[s] === 1);
    for (let p = 0; p < TYPE_PRECEDENCE.length; p++) {
      const prefixes = minimalPrefixes((s) => typed[s] === p + 1);
      if (prefixes) (out.typePrefixes[TYPE_PRECEDENCE[p]!] ??= {})[length] = prefixes;
    }
    out.withoutNationalPrefix[length] = minimalPrefixes((s) => noPrefix[s] === 1);
  }
  return out;
}

/** Asks libphonenumber-js how it formats sample numbers of one slot nationally; all samples must agree. */
function nationalFormatOmitsPrefix(slot: number, length: number): boolean {
  const head = String(slot).padStart(PREFIX_DIGITS, '0');
  const tails = ['0', '9', '5'].map((d) => d.repeat(length - PREFIX_DIGITS));
  tails.push(Array.from({ length: length - PREFIX_DIGITS }, (_, k) => String((k * 7 + 3) % 10)).join(''));
  const verdicts = new Set<boolean>();
  for (const tail of tails) {
    const nsn = head + tail;
    const parsed = parsePhoneNumberFromString(`+84${nsn}`);
    if (!parsed?.isValid()) throw new Error(`Sample ${nsn} of a valid slot is not valid`);
    const digits = parsed.formatNational().replace(/\D/g, '');
    if (digits === nsn) verdicts.add(true);
    else if (digits === `0${nsn}`) verdicts.add(false);
    else throw new Error(`Unexpected national format of ${nsn}: ${digits}`);
  }
  if (verdicts.size !== 1) throw new Error(`National prefix rule varies inside slot ${head}/${length}`);
  return verdicts.has(true);
}

/**
 * The full text of `src/vn/phone/tables.generated.ts`.
 *
 * @example
 * generatePhoneTablesSource().startsWith('// Generated by scripts/gen-phone-tables.ts'); // true
 */
export function generatePhoneTablesSource(): string {
  const t = buildPhoneTables();
  const byLength = (r: Record<number, string>, indent: string): string =>
    Object.entries(r)
      .map(([len, prefixes]) => `${indent}${len}: '${prefixes}',`)
      .join('\n');
  const key = (name: string): string => (/^[a-z]+$/.test(name) ? name : `'${name}'`);
  const types = TYPE_PRECEDENCE.filter((name) => t.typePrefixes[name])
    .map((name) => `  ${key(name)}: {\n${byLength(t.typePrefixes[name]!, '    ')}\n  },`)
    .join('\n');
  return `// Generated by scripts/gen-phone-tables.ts from libphonenumber-js metadata.max.json (VN). Do not edit.
// Each string lists the shortest national-significant-number prefixes (space-separated) for a length.

export const CALLING_CODE = '${t.callingCode}';
export const IDD_PREFIX = '${t.iddPrefix}';
export const NATIONAL_PREFIX = '${t.nationalPrefix}';
export const MIN_NSN_LENGTH = ${t.minLength};
export const MAX_NSN_LENGTH = ${t.maxLength};
export const PREFIX_DIGITS = ${PREFIX_DIGITS};

/** Prefixes matching the general national number pattern. */
export const NATIONAL_NUMBER_PREFIXES: Readonly<Record<number, string>> = {
${byLength(t.nationalNumberPrefixes, '  ')}
};

/** Prefixes of valid numbers per type (already restricted to the general pattern; disjoint). */
export const TYPE_PREFIXES = {
${types}
} as const;

/** Prefixes of valid numbers whose national format has no trunk prefix 0 (e.g. 1800, 1900). */
export const WITHOUT_NATIONAL_PREFIX: Readonly<Record<number, string>> = {
${byLength(t.withoutNationalPrefix, '  ')}
};
`;
}

/** Where the generated module lives, relative to this script. */
export const GENERATED_PATH = fileURLToPath(new URL('../src/vn/phone/tables.generated.ts', import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(GENERATED_PATH, generatePhoneTablesSource());
  console.log(`wrote ${GENERATED_PATH}`);
}
