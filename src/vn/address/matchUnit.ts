/**
 * Reading one unit from the right: the longest indexed name that ends at a given word, optionally
 * preceded by a type word ("Phường", "Q.", "TP"), among the units a scope accepts.
 */
import { accentKey, hasDiacritics, type AddressTokens } from './foldText';
import { trieChild, type Level, type NameIndex, type TrieNode, type UnitRecord } from './units';

/** Tokens with each word's vocabulary id (-1: no unit name has that word). */
export interface IndexedTokens extends AddressTokens {
  readonly ids: Int32Array;
}
import { TYPE_WORD_MAX_WORDS, TYPE_WORDS, type TypeWord } from './unitWords';

export interface UnitMatch {
  /** Every unit the words can name in the scope, narrowed by the type word when that helps. */
  readonly records: UnitRecord[];
  /** First word of the name. */
  readonly nameStart: number;
  /** First word of the match, type word included. */
  readonly start: number;
  readonly typeWord: TypeWord | undefined;
  /** A type word of the right level but the wrong type ("Xã" for a unit that is a "Phường"). */
  readonly typeMismatch: boolean;
}

/** The type phrase that ends just before word `at`, longest first ("thi xa" before "xa"). */
export function typeWordBefore(tokens: AddressTokens, at: number): { word: TypeWord; start: number } | undefined {
  // "Hòa Xá, Hà Nội": a word across a comma belongs to the unit before, not to this one.
  if (tokens.breakBefore[at]) return undefined;
  const words = tokens.words;
  let key = '';
  let found: { word: TypeWord; start: number } | undefined;
  for (let k = 1; k <= TYPE_WORD_MAX_WORDS && at - k >= 0; k++) {
    const i = at - k;
    if (k > 1 && tokens.breakBefore[i + 1]) break;
    key = k === 1 ? words[i]! : `${words[i]!} ${key}`;
    const word = TYPE_WORDS.get(key);
    if (word) found = { word, start: i };
  }
  return found;
}

function lettersFor(word: TypeWord, level: Level): string {
  return level === 'province' ? word.province : level === 'district' ? word.district : word.ward;
}

function isWholeSegment(tokens: AddressTokens, start: number, end: number): boolean {
  return (start === 0 || tokens.breakBefore[start] === true) && (end === tokens.words.length || tokens.breakBefore[end] === true);
}

/**
 * The unit whose name ends just before word `end`, or undefined. A type word of another level
 * ("Huyện" before a ward's name) rejects the match: that is how the two eras tell a legacy district
 * from a current commune of the same name.
 */
export function matchUnitEndingAt(
  tokens: IndexedTokens,
  end: number,
  index: NameIndex,
  level: Level,
  accept: (record: UnitRecord) => boolean,
  lower: readonly NameIndex[] = [],
): UnitMatch | undefined {
  const ids = tokens.ids;
  let bestRecords: UnitRecord[] | undefined;
  let bestStart = -1;
  let node: TrieNode | undefined;
  for (let i = end - 1; i >= 0; i--) {
    if (i < end - 1 && tokens.breakBefore[i + 1]) break; // a name never spans a comma
    const id = ids[i]!;
    if (id < 0) break;
    node = node ? trieChild(node, id) : index.root.get(id);
    if (!node) break;
    const list = node.records;
    if (!list) continue;
    let accepted: UnitRecord[] | undefined;
    for (const record of list) {
      if (accept(record)) (accepted ??= []).push(record);
    }
    if (accepted) {
      bestRecords = accepted;
      bestStart = i;
    }
  }
  if (!bestRecords) return undefined;

  let type = typeWordBefore(tokens, bestStart);
  let records = bestRecords;
  let typeMismatch = false;
  if (type && !lettersFor(type.word, level)) {
    // "Xã Hoà Xá Hà Nội": "Xá" ends the ward's name, it does not introduce the province.
    if (type.start === bestStart - 1 && nameEndsAt(tokens, bestStart, lower)) type = undefined;
    else return undefined;
  }
  if (type) {
    const letters = lettersFor(type.word, level);
    const narrowed = records.filter((r) => letters.includes(r.typeLetter));
    if (narrowed.length > 0) records = narrowed;
    else typeMismatch = true;
  } else if (records.some((r) => r.numeric)) {
    // "15" alone is a house number unless a type word or commas frame it as a unit.
    if (!isWholeSegment(tokens, bestStart, end)) records = records.filter((r) => !r.numeric);
    if (records.length === 0) return undefined;
  }
  if (records.length > 1) records = narrowByAccents(tokens, bestStart, end, records);
  return { records, nameStart: bestStart, start: type ? type.start : bestStart, typeWord: type?.word, typeMismatch };
}

/** Drops trailing "Việt Nam"/"VN" and a postal code so the province is the last thing read. */
export function meaningfulEnd(tokens: AddressTokens, trailing: ReadonlyArray<readonly string[]>): number {
  const words = tokens.words;
  let end = words.length;
  for (let again = true; again && end > 0; ) {
    again = false;
    const last = words[end - 1]!;
    if (last.length >= 5 && last.length <= 6 && isDigits(last)) {
      end--;
      again = true;
      continue;
    }
    for (const phrase of trailing) {
      if (end < phrase.length) continue;
      let ok = true;
      for (let j = 0; j < phrase.length && ok; j++) ok = words[end - phrase.length + j] === phrase[j];
      if (ok) {
        end -= phrase.length;
        again = true;
        break;
      }
    }
  }
  return end;
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/** Among names that fold alike, the ones written with exactly these diacritics, if the text has any. */
function narrowByAccents(tokens: AddressTokens, start: number, end: number, records: UnitRecord[]): UnitRecord[] {
  const from = tokens.starts[start]!;
  const to = tokens.ends[end - 1]!;
  // Judge by the whole text: someone who writes "Lào Cai" with accents means "Sa Pa" when writing "Sa Pa".
  if (!hasDiacritics(tokens.text, 0, tokens.text.length)) return records;
  const key = accentKey(tokens.text.slice(from, to));
  const same = records.filter((r) => unitAccentKey(r) === key);
  return same.length > 0 ? same : records;
}

// A unit's accent key, worked out once: the same few ambiguous names come up address after address.
const UNIT_ACCENT_KEYS = new WeakMap<UnitRecord, string>();

function unitAccentKey(record: UnitRecord): string {
  let key = UNIT_ACCENT_KEYS.get(record);
  if (key === undefined) {
    key = accentKey(record.unit.name);
    UNIT_ACCENT_KEYS.set(record, key);
  }
  return key;
}

/** Whether some lower-level unit's name of two words or more ends just before word `at` (so that word is not a type word). */
function nameEndsAt(tokens: IndexedTokens, at: number, lower: readonly NameIndex[]): boolean {
  for (const index of lower) {
    let node: TrieNode | undefined;
    for (let i = at - 1; i >= 0; i--) {
      if (i < at - 1 && tokens.breakBefore[i + 1]) break;
      const id = tokens.ids[i]!;
      if (id < 0) break;
      node = node ? trieChild(node, id) : index.root.get(id);
      if (!node) break;
      if (i < at - 1 && node.records) return true;
    }
  }
  return false;
}
