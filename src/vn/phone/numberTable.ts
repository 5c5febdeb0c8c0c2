import type { PhoneType } from './types';
import {
  MAX_NSN_LENGTH,
  MIN_NSN_LENGTH,
  NATIONAL_NUMBER_PREFIXES,
  PREFIX_DIGITS,
  TYPE_PREFIXES,
  WITHOUT_NATIONAL_PREFIX,
} from './tables.generated';

/*
 * The generated prefix lists, expanded once at module load into one byte per
 * (length, first four digits) slot: 4 × 10,000 bytes. A lookup is then one array read,
 * which is what makes parsePhone ~2 orders of magnitude cheaper than running the metadata regexes.
 */

const SLOTS_PER_LENGTH = 10 ** PREFIX_DIGITS;
const TYPE_MASK = 0x0f;
/** The general national number pattern matches. */
export const SLOT_NATIONAL_PATTERN = 0x10;
/** The national format omits the trunk prefix 0 (1800…, 1900…). */
export const SLOT_NO_TRUNK_PREFIX = 0x20;

/** Type codes stored in the low bits of a slot; index 0 means "no type" (not valid). */
export const SLOT_TYPES: readonly (PhoneType | null)[] = [
  null,
  'fixed-line',
  'mobile',
  'premium-rate',
  'toll-free',
  'shared-cost',
  'voip',
  'personal',
  'pager',
  'uan',
  'voicemail',
];

const slots = new Uint8Array((MAX_NSN_LENGTH - MIN_NSN_LENGTH + 1) * SLOTS_PER_LENGTH);

function fill(length: number, prefixes: string | undefined, set: number, clear = 0): void {
  if (!prefixes) return;
  const base = (length - MIN_NSN_LENGTH) * SLOTS_PER_LENGTH;
  for (const prefix of prefixes.split(' ')) {
    const width = 10 ** (PREFIX_DIGITS - prefix.length);
    const from = base + Number(prefix) * width;
    for (let s = from; s < from + width; s++) slots[s] = (slots[s]! & ~clear) | set;
  }
}

for (let length = MIN_NSN_LENGTH; length <= MAX_NSN_LENGTH; length++) {
  fill(length, NATIONAL_NUMBER_PREFIXES[length], SLOT_NATIONAL_PATTERN);
  for (const [name, byLength] of Object.entries(TYPE_PREFIXES)) {
    const code = SLOT_TYPES.indexOf(name as PhoneType);
    fill(length, (byLength as Record<number, string>)[length], code, TYPE_MASK);
  }
  fill(length, WITHOUT_NATIONAL_PREFIX[length], SLOT_NO_TRUNK_PREFIX);
}

/**
 * The slot byte for a national significant number given by its length and its first four digits
 * (as an integer 0–9999); 0 when the length is impossible.
 *
 * @example
 * const s = numberSlot(9, 9123); // 0912 3…: a 9-digit number starting 9123
 * SLOT_TYPES[s & 0x0f]; // 'mobile'
 */
export function numberSlot(length: number, firstFour: number): number {
  if (length < MIN_NSN_LENGTH || length > MAX_NSN_LENGTH) return 0;
  return slots[(length - MIN_NSN_LENGTH) * SLOTS_PER_LENGTH + firstFour]!;
}

/**
 * The number type stored in a slot byte, or null when the number is not valid.
 *
 * @example
 * slotType(slotOf('18001234')); // 'toll-free'
 * slotType(0); // null
 */
export function slotType(slot: number): PhoneType | null {
  return SLOT_TYPES[slot & TYPE_MASK] ?? null;
}

/** Four digits of a digit string from `at`, as an integer (the string must have them). */
function fourDigitsAt(digits: string, at: number): number {
  return (
    (digits.charCodeAt(at) - 48) * 1000 +
    (digits.charCodeAt(at + 1) - 48) * 100 +
    (digits.charCodeAt(at + 2) - 48) * 10 +
    (digits.charCodeAt(at + 3) - 48)
  );
}

/**
 * Slot byte of the national significant number that is the tail of `digits` from index `from`
 * (saves slicing on the hot path).
 *
 * @example
 * slotType(slotAt('84912345678', 2)); // 'mobile'
 */
export function slotAt(digits: string, from: number): number {
  const length = digits.length - from;
  if (length < MIN_NSN_LENGTH || length > MAX_NSN_LENGTH) return 0;
  return numberSlot(length, fourDigitsAt(digits, from));
}

/**
 * Slot byte of a national significant number written as ASCII digits.
 *
 * @example
 * slotType(slotOf('2438251234')); // 'fixed-line'
 * slotOf('438251234') & SLOT_NATIONAL_PATTERN; // 0 — the pre-2017 Hà Nội form no longer fits the plan
 */
export function slotOf(nsn: string): number {
  return slotAt(nsn, 0);
}

/**
 * Slot byte of the national significant number held as ASCII codes in `codes[from, from + length)`
 * (the fast path keeps digits in a byte buffer instead of strings).
 *
 * @example
 * slotType(slotOfCodes(new Uint8Array([57, 49, 50, 51, 52, 53, 54, 55, 56]), 0, 9)); // 'mobile'
 */
export function slotOfCodes(codes: Uint8Array, from: number, length: number): number {
  if (length < MIN_NSN_LENGTH || length > MAX_NSN_LENGTH) return 0;
  const firstFour = codes[from]! * 1000 + codes[from + 1]! * 100 + codes[from + 2]! * 10 + codes[from + 3]! - 53328;
  return numberSlot(length, firstFour);
}

/**
 * Whether a national significant number is valid today per the compiled metadata.
 *
 * @example
 * isValidNationalNumber('912345678'); // true
 * isValidNationalNumber('1621234567'); // false (pre-2018 11-digit Viettel form)
 */
export function isValidNationalNumber(nsn: string): boolean {
  return (slotOf(nsn) & TYPE_MASK) !== 0;
}
