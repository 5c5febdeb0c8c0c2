/**
 * The Vietnamese alphabet as lookup tables, built once at module load.
 *
 * Every other text primitive (folding, case checks, syllable shape, legacy encodings) reads these
 * tables instead of calling `normalize()` per character: an indexed typed-array read is an order of
 * magnitude cheaper on the validateRecord hot path (see bench/text.ts).
 */

// Basis: Vietnamese alphabet (29 letters: 12 vowels incl. ă â ê ô ơ ư, đ) × 5 tone marks; Unicode precomposed
// forms in Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional (U+1EA0–U+1EF9).

/** The 12 vowel letters, in alphabet order; the index is the vowel's id in the tables below. */
export const VOWEL_BASES = 'aăâeêioôơuưy';

/** Tone ids: 0 none (ngang), 1 grave (huyền), 2 acute (sắc), 3 hook above (hỏi), 4 tilde (ngã), 5 dot below (nặng). */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Each vowel in the order of VOWEL_BASES, followed by its five toned forms in Tone order. */
const VOWEL_FORMS_LOWER = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const VOWEL_FORMS_UPPER = VOWEL_FORMS_LOWER.toUpperCase();

/** Highest code unit the tables cover: the end of Latin Extended Additional. */
const TABLE_SIZE = 0x1f00;

/**
 * Per code unit: `vowelId * 8 + tone` for a Vietnamese vowel form (lower or upper case), -1 otherwise.
 * Read with `vowelId = v >> 3`, `tone = v & 7`.
 */
export const VOWEL_OF: Int16Array = new Int16Array(TABLE_SIZE).fill(-1);

/** Per code unit: 1 lower-case letter, 2 upper-case letter, 0 anything else (or not known here). */
export const CASE_OF: Int8Array = new Int8Array(TABLE_SIZE);

/**
 * Per code unit: the lower-case ASCII letter a Latin letter folds to (diacritics removed, đ → d), 0 when the
 * character is not a Latin letter with a plain ASCII base.
 */
export const FOLD_TO_ASCII: Uint8Array = new Uint8Array(TABLE_SIZE);

/**
 * Per code unit: its single-unit upper-case / lower-case partner, or 0 when it has none (uncased, or a
 * mapping that changes length such as "ß" → "SS"). Lets case conversion run without a string per character.
 */
export const UPPER_OF: Uint16Array = new Uint16Array(TABLE_SIZE);
export const LOWER_OF: Uint16Array = new Uint16Array(TABLE_SIZE);

/** Per code unit: 1 for a letter (Unicode category L) of the Latin blocks above ASCII, 0 otherwise. */
const LATIN_LETTER: Uint8Array = new Uint8Array(TABLE_SIZE);

/** Whether `code` is one of the combining diacritics (U+0300–U+036F) that NFD text carries. */
export function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

function buildTables(): void {
  for (let c = 0x41; c <= 0x5a; c++) {
    CASE_OF[c] = 2;
    CASE_OF[c + 32] = 1;
    LOWER_OF[c] = c + 32;
    UPPER_OF[c + 32] = c;
    FOLD_TO_ASCII[c] = c + 32;
    FOLD_TO_ASCII[c + 32] = c + 32;
  }
  // Latin, Greek and Cyrillic letters: case from the platform's Unicode data, and for Latin letters (ç, ñ,
  // ü, …) their NFD base, so that foreign names fold as users expect. Built once; calls never normalise.
  for (const [from, to] of [
    [0xc0, 0x52f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower !== upper) CASE_OF[c] = ch === lower ? 1 : ch === upper ? 2 : 0;
      if (upper.length === 1 && upper !== ch) UPPER_OF[c] = upper.charCodeAt(0);
      if (lower.length === 1 && lower !== ch) LOWER_OF[c] = lower.charCodeAt(0);
      if ((c < 0x2b0 || c >= 0x1e00) && /\p{L}/u.test(ch)) LATIN_LETTER[c] = 1;
      const base = ch.normalize('NFD').charCodeAt(0);
      if (base < 0x80 && FOLD_TO_ASCII[base]) FOLD_TO_ASCII[c] = FOLD_TO_ASCII[base]!;
    }
  }
  // đ/Đ have no decomposition; the Icelandic eth ð/Ð is a frequent look-alike typed for them.
  for (const c of [0x111, 0x110, 0xf0, 0xd0]) FOLD_TO_ASCII[c] = 0x64;
  for (let i = 0; i < VOWEL_FORMS_LOWER.length; i++) {
    const packed = Math.floor(i / 6) * 8 + (i % 6);
    VOWEL_OF[VOWEL_FORMS_LOWER.charCodeAt(i)] = packed;
    VOWEL_OF[VOWEL_FORMS_UPPER.charCodeAt(i)] = packed;
  }
}
buildTables();

/**
 * The precomposed (NFC) form of a vowel with a tone.
 *
 * @example composeVowel(VOWEL_BASES.indexOf('ê'), 4, false) // 'ễ'
 */
export function composeVowel(vowelId: number, tone: Tone, upper: boolean): string {
  return (upper ? VOWEL_FORMS_UPPER : VOWEL_FORMS_LOWER)[vowelId * 6 + tone]!;
}

/**
 * The vowel letter without its tone (keeping ă â ê ô ơ ư), lower case; undefined for a non-vowel.
 *
 * @example toneless('Ễ'.charCodeAt(0)) // 'ê'
 */
export function toneless(code: number): string | undefined {
  const v = code < TABLE_SIZE ? VOWEL_OF[code]! : -1;
  return v < 0 ? undefined : VOWEL_BASES[v >> 3];
}

/**
 * Whether `code` is a Latin letter with or without diacritics (Latin-1 Supplement, Latin Extended-A/B, IPA
 * Extensions, which hold the bases some of them decompose to, Latin Extended Additional): the Vietnamese letters,
 * the breve vowels of Ê Đê and Jrai (ĕ ĭ ŏ ŭ), and foreign letters such as ç ë ñ ü. Not ×, ÷ or other symbols of
 * those blocks.
 *
 * @example isLatinLetter('ŭ'.charCodeAt(0)) // true
 */
export function isLatinLetter(code: number): boolean {
  if (code < 0x80) return CASE_OF[code] !== 0;
  return code < TABLE_SIZE && LATIN_LETTER[code] === 1;
}

/**
 * Whether `code` is a letter of Vietnamese text: ASCII letters (f, j, w, z appear in names of ethnic
 * minorities and loanwords), đ/Đ and every precomposed vowel form.
 *
 * @example isVietnameseLetter('ự'.charCodeAt(0)) // true
 */
export function isVietnameseLetter(code: number): boolean {
  if (code < 0x80) return CASE_OF[code] !== 0;
  return code < TABLE_SIZE && (VOWEL_OF[code]! >= 0 || code === 0x110 || code === 0x111);
}
