// Masks for personal data in rendered reports. Each states what it reveals; tests check it never reveals more.
import { foldName } from '../src/vn/address';
import { unitTables } from '../src/vn/address/units';
import { PROVINCE_NICKNAMES, TRAILING_COUNTRY, TYPE_WORDS, type TypeWord } from '../src/vn/address/unitWords';
import { parseDate } from '../src/vn/dates';
import { isNFC, isRegExpSpace, toNFC } from '../src/vn/text';

/** What a value the masks cannot show part of is shown as. */
const HIDDEN = '***';

/**
 * Personal ID: at most the first 6 characters (province, century/sex and birth year, which the ID rules explain),
 * never more than half of the value, and only when they are digits (or the spaces, dots, dashes and leading
 * apostrophe an ID is written with): anything else in the column (a name shifted there by a ragged row) would show
 * its letters, so it is starred whole.
 * @example maskPersonalId('001099012345') // '001099******'
 * @example maskPersonalId('Nguyễn Văn An') // '*************'
 */
export function maskPersonalId(text: string): string {
  // Counted in characters, not UTF-16 units; text without surrogate pairs (every real ID) needs no array.
  const length = hasSurrogate(text) ? Array.from(text).length : text.length;
  const keep = Math.min(6, Math.floor(length / 2));
  // Characters shown are ASCII or a no-break space, one UTF-16 unit each: the first `keep` units are them.
  return (idLike(text, keep) ? text.slice(0, keep) : '*'.repeat(keep)) + '*'.repeat(length - keep);
}

/** Whether the first `count` characters are digits or ID separators (what parsePersonalId tolerates). */
function idLike(text: string, count: number): boolean {
  for (let i = 0; i < count; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 32 || c === 46 || c === 45 || c === 0xa0 || (c === 39 && i === 0))) return false;
  }
  return true;
}

function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** The fewest digits a value needs for the phone mask to show some: fewer, and it is no phone number written in full. */
const PHONE_DIGITS_SHOWN_FROM = 9;

/**
 * Phone: the first 3 and last 2 digits (country or carrier prefix and a check for the reader), other digits starred,
 * separators kept. Values with fewer than 9 digits show no digit at all: a birth date shifted into the column has 8
 * (15/03/1999), and its first and last digits would show the day and the year; a phone number written in full has at
 * least 9 (the 9 digits of a mobile after its 0, or 0, area code and subscriber number).
 * @example maskPhone('0912 345 678') // '091* *** *78'
 * @example maskPhone('15/03/1999') // every character starred
 */
export function maskPhone(text: string): string {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) total++;
  }
  let seen = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      seen++;
      out += total >= PHONE_DIGITS_SHOWN_FROM && (seen <= 3 || seen > total - 2) ? text[i] : '*';
    } else if (c === 43 || c === 32 || c === 46 || c === 45 || c === 40 || c === 41) out += text[i]; // + space . - ( )
    else out += '*'; // letters and anything else could spell a number out
  }
  return out;
}

/**
 * Name: the first letter of each word, then three stars, so word lengths are not revealed either.
 * @example maskName('Nguyễn Văn Đức') // 'N*** V*** Đ***'
 */
export function maskName(text: string): string {
  // Masks run on every issue of every masked report: one pass over the characters, no intermediate arrays.
  const s = isNFC(text) ? text : toNFC(text);
  let out = '';
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isRegExpSpace(c)) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    if (out !== '') out += ' ';
    // A word's first character, whole when it is a surrogate pair.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    out += (pair ? s.slice(i, i + 2) : s[i]!) + '***';
  }
  return out;
}

/**
 * Birth date: the year only (4 consecutive digits), every other digit starred.
 * @example maskBirthDate('15/03/1989') // day and month starred, separators and the year 1989 kept
 */
export function maskBirthDate(text: string): string {
  const year = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/u.exec(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const inYear = year !== null && i >= year.index && i < year.index + 4;
    out += inYear || !isLetterOrNumber(text.charCodeAt(i), ch) ? ch : '*';
  }
  return out;
}

// ASCII answered directly (dates are ASCII); anything else by the Unicode property, one UTF-16 unit at a time.
function isLetterOrNumber(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_NUMBER.test(ch);
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * Address: only its administrative units, the last two of them at most (ward and province, or district and
 * province). A comma-separated part is shown when it is a unit type word and a unit's name ("Phường Bến Thành",
 * "P.15", "Q.1", "TP.HCM") or a province's name alone ("Hồ Chí Minh"); every other part, wherever it stands in the
 * list, is starred, so the house number and street are never shown, nor is a hamlet or a name shifted there.
 * @example maskAddress('12 Lê Lợi, Phường Sài Gòn, TP Hồ Chí Minh') // '***, Phường Sài Gòn, TP Hồ Chí Minh'
 * @example maskAddress('Phường Bến Thành, Hồ Chí Minh, số 12 ngõ 5 Lê Lợi') // 'Phường Bến Thành, Hồ Chí Minh, ***'
 */
export function maskAddress(text: string): string {
  // An issue's value, its fix and the report's fixed value mask the same texts in turn: the last one is kept.
  if (text === lastAddress) return lastMasked;
  // An empty part ("a,, b") holds nothing to hide or show.
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  // From the end, where the province is, until two units are found: every part before them is hidden unread.
  const shown = new Array<boolean>(parts.length).fill(false);
  let units = 0;
  for (let i = parts.length - 1; i >= 0 && units < 2; i--) {
    const kind = partKind(parts[i]!);
    if (kind === 'unit') units++;
    // The country says nothing of the person and takes no unit's place.
    shown[i] = kind !== 'other';
  }
  // Starred parts run together, so the mask does not tell how many there were.
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (shown[i]) out.push(parts[i]!);
    else if (out[out.length - 1] !== HIDDEN) out.push(HIDDEN);
  }
  lastAddress = text;
  lastMasked = units === 0 ? HIDDEN : out.join(', ');
  return lastMasked;
}

let lastAddress = '';
let lastMasked = HIDDEN;

type PartKind = 'unit' | 'country' | 'other';

/**
 * The kinds of the parts seen lately. A file repeats its units ("Phường Bến Thành", "Quận 1", "Thành phố Hồ Chí
 * Minh") on row after row, and folding them again took most of the 2.5 µs an address mask cost. Bounded: cleared
 * when full.
 */
const PART_KINDS = new Map<string, PartKind>();
const PART_KINDS_KEPT = 4096;

/** What a comma-separated part of an address is: an administrative unit, the country, or anything else. */
function partKind(part: string): PartKind {
  // A house number or a numbered lane comes first in most street parts: no unit starts with a digit.
  const c = part.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'other';
  let kind = PART_KINDS.get(part);
  if (kind === undefined) {
    kind = foldedPartKind(part);
    if (PART_KINDS.size >= PART_KINDS_KEPT) PART_KINDS.clear();
    PART_KINDS.set(part, kind);
  }
  return kind;
}

function foldedPartKind(part: string): PartKind {
  const folded = foldName(part);
  const names = unitNames();
  if (names.countries.has(folded)) return 'country';
  if (names.provinces.has(folded)) return 'unit';
  // A type word of one or two words ("p", "thi xa"), then a unit's name: the longer type word first.
  const first = folded.indexOf(' ');
  if (first < 0) return 'other';
  const second = folded.indexOf(' ', first + 1);
  const long = second < 0 ? undefined : TYPE_WORDS.get(folded.slice(0, second));
  if (long !== undefined) return namedUnit(long, folded.slice(second + 1), names);
  const short = TYPE_WORDS.get(folded.slice(0, first));
  return short === undefined ? 'other' : namedUnit(short, folded.slice(first + 1), names);
}

/** Whether `name` after a type word names a unit. Only wards (phường) and districts (quận) are numbered: "P.305" is a room. */
function namedUnit(type: TypeWord, name: string, names: UnitNames): 'unit' | 'other' {
  const c = name.charCodeAt(0);
  if (c >= 48 && c <= 57 && !type.ward.includes('P') && !type.district.includes('Q')) return 'other';
  return names.units.has(name) ? 'unit' : 'other';
}

interface UnitNames {
  /** Folded names of every unit of both eras and levels, numbers ("15") included. */
  units: Set<string>;
  /** Folded province names, run together too ("hanoi"), and their nicknames ("hcm", "sai gon"). */
  provinces: Set<string>;
  countries: Set<string>;
}

let names: UnitNames | undefined;

/** The unit names, built on the first masked address (the unit tables are decoded then, if not already). */
function unitNames(): UnitNames {
  if (names) return names;
  const tables = unitTables();
  const units = new Set<string>();
  const provinces = new Set<string>();
  const addName = (set: Set<string>, name: string) => {
    set.add(foldName(name));
    // "K' Dang" is written "Kdang" and "K Dang".
    if (name.includes("'") || name.includes('’')) set.add(foldName(name.replace(/['’]/g, ' ')));
  };
  for (const byCode of [tables.currentWardByCode, tables.legacyWardByCode, tables.legacyDistrictByCode]) {
    for (const record of byCode.values()) addName(units, record.unit.name);
  }
  for (const byCode of [tables.currentProvinceByCode, tables.legacyProvinceByCode]) {
    for (const record of byCode.values()) {
      addName(provinces, record.unit.name);
      provinces.add(foldName(record.unit.name).replace(/ /g, ''));
    }
  }
  for (const [nickname] of PROVINCE_NICKNAMES) provinces.add(nickname);
  for (const name of provinces) units.add(name);
  names = { units, provinces, countries: new Set(TRAILING_COUNTRY.map((words) => words.join(' '))) };
  return names;
}

/** The longest sex code in use ("Female"); a typed code is one short word, a name or an ID is longer. */
const SEX_CODE_LENGTH = 6;

/**
 * Sex: what someone typed as a sex code is not personal data and is shown: one word (no space inside) of at most 6
 * characters with at most 2 digits, which every code in use fits ("Nam", "nữ", "F", "Female", "khác", "Nam/Nữ",
 * "1"). Anything else in the column — a name shifted there by a ragged row (a full name has two words or more), an
 * ID, a birth date, a note — is hidden.
 * @example maskSexValue('khác') // 'khác'
 * @example maskSexValue('079301004567') // '***'
 * @example maskSexValue('Nguyễn Văn An') // '***'
 */
export function maskSexValue(text: string): string {
  const s = isNFC(text) ? text : toNFC(text);
  let start = 0;
  let end = s.length;
  while (start < end && isRegExpSpace(s.charCodeAt(start))) start++;
  while (end > start && isRegExpSpace(s.charCodeAt(end - 1))) end--;
  // Counted in characters: the second half of a surrogate pair is not one of its own.
  let characters = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isRegExpSpace(c)) return HIDDEN;
    if (c >= 48 && c <= 57) digits++;
    if ((c & 0xfc00) !== 0xdc00 || i === start || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800) characters++;
  }
  return characters > SEX_CODE_LENGTH || digits > 2 ? HIDDEN : text;
}

/**
 * A record's key as reports show it: as it is (the key is how a report is traced back to its record), unless it is
 * a personal ID or phone number, as when an export's "mã công dân" holds the citizen's CCCD (masked like one), or
 * words (a name in the key's column: hidden).
 */
export function maskRecordKey(text: string): string {
  // Runs on every masked report: only a key with whitespace can be words, and only then is the expression tried.
  if (hasWhitespace(text) && looksLikeWords(text)) return HIDDEN;
  if (text.length < 9 || text.length > 16) return text;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 32 && c !== 45 && c !== 46 && !(c === 43 && i === 0)) return text; // a letter: a record code
  }
  return digits >= 9 && digits <= 12 ? maskPersonalId(text) : text;
}

function hasWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isRegExpSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Two words with letters ("Nguyễn Văn An", "12 Lê Lợi"): what a code or a date never is, and a name or an address is. */
function looksLikeWords(text: string): boolean {
  return /\p{L}[\p{L}\p{M}.'-]*\s+\S*\p{L}/u.test(text);
}

/**
 * A date that is not a birth date (an issue date, an update stamp) is no personal data and is shown as written, so
 * that "31/02/2024" can be found and fixed. Text that is not date-shaped (a name, an ID, a phone or an address in the
 * wrong column) is hidden.
 */
export function maskDateValue(text: string): string {
  // Date-shaped: read as a date, or written as one that does not exist (31/02/2024); anything else is hidden.
  const parsed = parseDate(text);
  return parsed.ok || parsed.reason === 'impossible' ? text : HIDDEN;
}
