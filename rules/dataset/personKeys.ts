import type { RuleContext } from '../../src/core';
import type { DateParse } from '../../src/vn/dates';
import type { PersonalIdParse } from '../../src/vn/id';
import type { PhoneParse } from '../../src/vn/phone';
import { foldVietnamese } from '../../src/vn/text';
import { NameAnalysis } from '../nameAnalysis';

/**
 * What the dataset checks compare between records, as 32-bit lanes (0: unknown) so they fit a RowTable slot.
 * - personal ID: the digits as a number, split in a high and a low lane; a 9-digit CMND is tagged in the high lane
 *   so that it never equals the 12-digit number with the same value.
 * - name: two independent 32-bit hashes of the folded name (no accents, lower case, spaces collapsed), so
 *   "Nguyễn Văn Hoà", "NGUYEN  van hoà" and a TCVN3-encoded spelling are one name.
 * - date of birth: yyyymmdd. A year alone counts as unknown: it can neither tell two people apart nor make them one,
 *   and lanes are compared for equality only (they may be digested).
 * - phone: the E.164 digits as a number (high and low lanes).
 */
export interface PersonKeys {
  idHi: number;
  idLo: number;
  nameHash: number;
  nameHash2: number;
  dob: number;
  phoneHi: number;
  phoneLo: number;
}

const TWO_32 = 2 ** 32;
/** Tag in the ID's high lane for a 9-digit CMND (12-digit IDs stay below 2^40, so their high lane is below 256). */
const CMND_TAG = 0x100000;

let lastCtx: RuleContext | undefined;
let lastId: unknown;
let lastName: unknown;
let lastDob: unknown;
let lastPhone: unknown;
const last: PersonKeys = { idHi: 0, idLo: 0, nameHash: 0, nameHash2: 0, dob: 0, phoneHi: 0, phoneLo: 0 };

/**
 * The keys of the record `ctx` shows. Three checks read them for the same record one after the other, so the last
 * record's keys are kept (the returned object is reused: copy what you keep). Reused only when the context object and
 * the four raw values are the same, so a context recycled for the next record never gets the previous keys.
 *
 * @example personKeys(ctx).idLo // low 32 bits of 1099012345 for '001099012345'
 */
export function personKeys(ctx: RuleContext): PersonKeys {
  const idRaw = ctx.raw('personalId');
  const nameRaw = ctx.raw('fullName');
  const dobRaw = ctx.raw('dateOfBirth');
  const phoneRaw = ctx.raw('phone');
  if (ctx === lastCtx && idRaw === lastId && nameRaw === lastName && dobRaw === lastDob && phoneRaw === lastPhone) return last;
  lastCtx = ctx;
  lastId = idRaw;
  lastName = nameRaw;
  lastDob = dobRaw;
  lastPhone = phoneRaw;
  readId(ctx, last);
  readName(ctx, last);
  last.dob = birthCode(ctx);
  readPhone(ctx, last);
  return last;
}

function readId(ctx: RuleContext, out: PersonKeys): void {
  out.idHi = 0;
  out.idLo = 0;
  const id = ctx.parsed<PersonalIdParse | string>('personalId');
  let digits: string | null = null;
  if (typeof id === 'string') digits = /^(\d{9}|\d{12})$/u.test(id.trim()) ? id.trim() : null;
  else if (id !== undefined && typeof id === 'object') {
    // Placeholders (000000000000 …) are id.personal.placeholder's finding; as keys they would merge strangers.
    if (id.ok) digits = id.placeholder ? null : id.digits;
    // An ID whose leading zeros a spreadsheet dropped is still that ID (id.personal.format offers the same fix).
    else digits = id.restoredLeadingZeros;
  }
  if (digits === null) return;
  const n = Number(digits);
  out.idHi = Math.floor(n / TWO_32) + (digits.length === 9 ? CMND_TAG : 0);
  out.idLo = n >>> 0;
  // 0/0 is "no ID": the number 0 is a placeholder anyway, so tag it apart from absence.
  if (out.idHi === 0 && out.idLo === 0) out.idHi = CMND_TAG * 2;
}

/** The ID digits back from the key lanes (for display). */
export function idText(hi: number, lo: number): string {
  const cmnd = (hi & CMND_TAG) !== 0;
  const n = (hi & ~CMND_TAG & 0xfffff) * TWO_32 + lo;
  return String(n).padStart(cmnd ? 9 : 12, '0');
}

function readName(ctx: RuleContext, out: PersonKeys): void {
  const name = ctx.parsed<NameAnalysis | string>('fullName');
  // The cleaned text has legacy encodings repaired and is NFC, so every spelling of one name folds alike.
  const text = name instanceof NameAnalysis ? name.cleaned : typeof name === 'string' ? name : '';
  const folded = foldVietnamese(text);
  // FNV-1a and a multiply-xorshift hash over the folded name with whitespace runs collapsed and trimmed.
  let h1 = 0x811c9dc5;
  let h2 = 0x27d4eb2f;
  let pendingSpace = false;
  let any = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x200b || c === 0x3000 || c === 0x202f) {
      pendingSpace = any;
      continue;
    }
    if (pendingSpace) {
      h1 = Math.imul(h1 ^ 32, 0x01000193);
      h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
      h2 ^= h2 >>> 15;
      pendingSpace = false;
    }
    any = true;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  out.nameHash = any ? h1 >>> 0 || 1 : 0;
  out.nameHash2 = any ? h2 >>> 0 || 1 : 0;
}

function birthCode(ctx: RuleContext): number {
  const dob = ctx.parsed<DateParse>('dateOfBirth');
  if (dob === undefined || typeof dob !== 'object' || !dob.ok) return 0;
  const { year, month, day } = dob.date;
  if (year < 1 || year > 9999) return 0;
  return dob.precision === 'year' ? 0 : year * 10000 + month * 100 + day;
}

function readPhone(ctx: RuleContext, out: PersonKeys): void {
  out.phoneHi = 0;
  out.phoneLo = 0;
  const phone = ctx.parsed<PhoneParse | string>('phone');
  let digits: string | null = null;
  if (typeof phone === 'string') {
    // A profile without the phone parser: the digits as written (8 to 15, the E.164 maximum, ITU-T E.164 §6).
    const d = phone.replace(/\D/gu, '');
    digits = d.length >= 8 && d.length <= 15 ? d : null;
  } else if (phone !== undefined && typeof phone === 'object' && phone.e164 !== null) digits = phone.e164.slice(1);
  if (digits === null) return;
  const n = Number(digits);
  out.phoneHi = Math.floor(n / TWO_32);
  out.phoneLo = n >>> 0;
}

/** The phone back from its key lanes, as E.164 (for display). */
export function phoneText(hi: number, lo: number): string {
  return `+${hi * TWO_32 + lo}`;
}

/**
 * A 64-bit key for "this name, born this day": the two name hashes each mixed with the birth code.
 *
 * @example personKey(keys) // [hi, lo], or null when the name or the birth date is unknown
 */
export function personKey(keys: PersonKeys): [number, number] | null {
  if (keys.nameHash === 0 || keys.dob === 0) return null;
  return [mix(keys.nameHash, keys.dob), mix(keys.nameHash2, keys.dob ^ 0x5a5a5a5a)];
}

function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
