/**
 * parseAddress: reads a Vietnamese address of either era — full or bare names, abbreviations,
 * numbered wards, no diacritics, upper case, NFD, nicknames, missing commas — into GSO-coded units.
 */
import { tokenizeAddress, type AddressTokens } from './foldText';
import { meaningfulEnd, type IndexedTokens } from './matchUnit';
import { unitTables } from './units';
import { readCurrent, readLegacy, type Reading } from './readAddress';
import { STREET_OR_HAMLET_WORDS, TRAILING_COUNTRY, TYPE_WORDS } from './unitWords';
import type { AddressProblem, ParseAddressOptions, ParsedAddress } from './types';

/** A reading's weight: every level read from the text counts most; ambiguity and problems cost. */
function score(reading: Reading): number {
  let s = reading.matched * 10;
  if (reading.ward) s += 2;
  if (reading.skippedDistrict) s -= 3;
  // A ward written with its type word that this era knows, only in another province, is evidence for the era
  // ("Phường Sài Gòn, Tỉnh Cao Bằng" names a current ward): it must not lose to a reading that found no ward at all.
  for (const p of reading.problems) s += p === 'ward-not-in-province' ? 1 : p === 'ambiguous' ? -5 : -1;
  return s;
}

/**
 * Current ward names sometimes end with an old district's name ("Phường 2 Bảo Lộc", "Xã Liên Sơn Lắk"):
 * when a clean current reading covers the same words as a legacy ward plus an untyped, comma-less
 * district, the current name is what was written.
 */
function currentNameCoversDistrict(current: Reading, legacy: Reading): boolean {
  return !!legacy.districtRunOn && !!current.ward && current.problems.length === 0 && current.unitsStart === legacy.unitsStart;
}

function withIds(tokens: AddressTokens): IndexedTokens {
  const vocabulary = unitTables().vocabulary;
  const ids = new Int32Array(tokens.words.length);
  const words = tokens.words;
  for (let i = 0; i < ids.length; i++) ids[i] = vocabulary.get(words[i]!) ?? -1;
  // Spelled out rather than spread: a spread copies through a generic path, measurably slower on every address.
  return { text: tokens.text, words, starts: tokens.starts, ends: tokens.ends, breakBefore: tokens.breakBefore, ids };
}

function isSeparator(code: number): boolean {
  // space , ; - . : / | and the en/em dashes
  return code <= 32 || code === 44 || code === 59 || code === 45 || code === 46 || code === 58 || code === 47 || code === 124 || code === 0x2013 || code === 0x2014;
}

function streetPart(tokens: AddressTokens, unitsStart: number): string | undefined {
  if (unitsStart <= 0) return undefined;
  const text = tokens.text;
  let end = unitsStart < tokens.starts.length ? tokens.starts[unitsStart]! : text.length;
  while (end > 0 && isSeparator(text.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && isSeparator(text.charCodeAt(start))) start++;
  if (end <= start) return undefined;
  const street = text.slice(start, end);
  for (let i = 0; i < street.length; i++) {
    const c = street.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return street.normalize('NFC'); // NFD input: hand back composed text
  }
  return street;
}

function hasStreetOrHamlet(tokens: AddressTokens, unitsStart: number): boolean {
  let letterWords = 0;
  for (let i = 0; i < unitsStart; i++) {
    const w = tokens.words[i]!;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) return true; // a house, alley or hamlet number
    if (STREET_OR_HAMLET_WORDS.has(w)) return true;
    letterWords++;
  }
  // A street name without a number ("Nguyễn Trãi") is still a street; one stray word is not.
  return letterWords >= 2;
}

/** Ward type words that name nothing else: "Thị xã" and "Thành phố" are districts or provinces. */
function wardTypeWordAt(words: readonly string[], i: number, end: number): number {
  if (i + 1 < end) {
    const two = TYPE_WORDS.get(`${words[i]!} ${words[i + 1]!}`);
    if (two) return two.ward && !two.district && !two.province ? 2 : 0;
  }
  const one = TYPE_WORDS.get(words[i]!);
  return one && one.ward && !one.district && !one.province ? 1 : 0;
}

/**
 * The ward written with its type word in the street part (words before `end`), when the reading found none there:
 * "Phường Thảo Điền" in "12 Xuân Thủy, Phường Thảo Điền, Quận 2, TP.HCM". A type word counts at the start of a
 * comma-separated segment, or anywhere when it is spelt out in an address without commas; a name must follow it.
 */
function writtenWard(tokens: AddressTokens, end: number): string | undefined {
  const commas = tokens.breakBefore.some(Boolean);
  for (let i = 0; i < end; i++) {
    const segmentStart = i === 0 || tokens.breakBefore[i];
    if (!segmentStart && (commas || tokens.words[i]!.length < 2 || tokens.words[i - 1] === 'thi')) continue;
    const typeWords = wardTypeWordAt(tokens.words, i, end);
    let last = i + typeWords;
    if (typeWords === 0 || last >= end || tokens.breakBefore[last]) continue;
    // The name runs to the end of its segment, or (no commas) to the next type word: "Phuong Xyz Quan 2".
    while (last + 1 < end && !tokens.breakBefore[last + 1] && !TYPE_WORDS.has(tokens.words[last + 1]!)) last++;
    return tokens.text.slice(tokens.starts[i], tokens.ends[last]).normalize('NFC');
  }
  return undefined;
}

function confidenceOf(reading: Reading, problems: readonly AddressProblem[]): number {
  const levels = reading.era === 'current' ? 2 : 3;
  const have = (reading.province ? 1 : 0) + (reading.era === 'legacy' && reading.district ? 1 : 0) + (reading.ward ? 1 : 0);
  if (have === 0) return 0;
  const explicit = Math.min(reading.matched, levels) / levels;
  let c = 0.9 * (have / levels) * (0.7 + 0.3 * explicit);
  if (problems.length === 0 && have === levels) c += 0.1;
  for (const p of problems) if (p === 'ambiguous' || p === 'district-ward-mismatch' || p === 'ward-not-in-province') c -= 0.15;
  return Math.max(0, Math.min(1, Math.round(c * 100) / 100));
}

/**
 * Reads an address right to left (province last), resolving each name among the units of the one
 * after it. With `era: 'auto'` (the default) a district, or a unit that no longer exists, makes the
 * reading legacy; when both eras read the text equally well, current wins.
 *
 * @example
 * parseAddress('123 Nguyễn Trãi, P. Bến Thành, Q.1, TP.HCM')
 * // { era: 'legacy', province: { code: '79', … }, district: { code: '760', … },
 * //   ward: { code: '26743', fullName: 'Phường Bến Thành', … }, street: '123 Nguyễn Trãi', … }
 */
export function parseAddress(text: string, options: ParseAddressOptions = {}): ParsedAddress {
  const era = options.era ?? 'auto';
  const tokens = withIds(tokenizeAddress(typeof text === 'string' ? text : ''));
  const end = meaningfulEnd(tokens, TRAILING_COUNTRY);
  let reading: Reading;
  if (era === 'current') reading = readCurrent(tokens, end);
  else if (era === 'legacy') reading = readLegacy(tokens, end);
  else {
    const current = readCurrent(tokens, end);
    const legacy = readLegacy(tokens, end);
    reading = score(legacy) > score(current) && !currentNameCoversDistrict(current, legacy) ? legacy : current;
  }

  if (reading.matched === 0) {
    return { era: 'unknown', hasStreetOrHamlet: false, confidence: 0, problems: ['unrecognised'], street: streetPart(tokens, end) };
  }
  const problems = reading.problems.slice();
  // A ward written with its type word but found nowhere is unknown, not missing. (One whose name was read but did not
  // settle on one unit stays `ward-missing`, beside the problem that says why: ambiguous, another district…)
  const unknownWard = reading.ward || reading.wardRead ? undefined : writtenWard(tokens, reading.unitsStart);
  if (!reading.ward) problems.push(unknownWard === undefined ? 'ward-missing' : 'ward-unknown');
  // Missing means not written: a province inferred from its ward is still reported, for completeness checks.
  if (reading.era === 'legacy' && !reading.districtWritten) problems.push('district-missing');
  if (!reading.provinceWritten) problems.push('province-missing');
  const result: ParsedAddress = {
    era: reading.era,
    hasStreetOrHamlet: hasStreetOrHamlet(tokens, reading.unitsStart),
    confidence: confidenceOf(reading, problems),
    problems,
  };
  if (reading.province) result.province = reading.province.unit;
  if (reading.district) result.district = reading.district.unit;
  if (reading.ward) result.ward = reading.ward.unit;
  if (unknownWard !== undefined) result.unknownWard = unknownWard;
  const street = streetPart(tokens, reading.unitsStart);
  if (street !== undefined) result.street = street;
  return result;
}
