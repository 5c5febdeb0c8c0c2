import { isVietnameseSyllable } from '../syllable';
import { isLegacyWordChar } from './legacyEncoding';
import type { LegacyEncoding } from './legacyEncoding';
import { TCVN3_TO_UNICODE } from './tcvn3Table';
import { vniToUnicode } from './vni';

/**
 * Characters above U+00FF that Windows-1252 puts at bytes 0x80–0x9F (curly quotes, dashes, "…", "€", "Œ" …):
 * legacy text read as Windows-1252 may contain them, so they do not rule legacy text out.
 */
function isWindows1252Extra(c: number): boolean {
  if (c >= 0x2013) {
    if (c > 0x203a) return c === 0x20ac || c === 0x2122;
    if (c <= 0x2022) return c !== 0x2015 && c !== 0x2016 && c !== 0x2017 && c !== 0x201b && c !== 0x201f;
    return c === 0x2026 || c === 0x2030 || c === 0x2039 || c === 0x203a;
  }
  return c === 0x152 || c === 0x153 || c === 0x160 || c === 0x161 || c === 0x178 || c === 0x17d || c === 0x17e || c === 0x192 || c === 0x2c6 || c === 0x2dc;
}

/** Evidence for one encoding, counted over the words a decode changes. */
interface Evidence {
  changed: number; // words the decode changes
  good: number; // … into a well-formed Vietnamese syllable
  strong: number; // … that were not a well-formed syllable before (so the text was not plain Unicode)
}

/**
 * Which legacy encoding `s` is written in, or `null` for ordinary Unicode (or plain ASCII) text.
 *
 * Decides word by word: decoding a legacy word gives a well-formed Vietnamese syllable, and a word counts
 * as evidence only when it was not already a well-formed syllable ("Hoàng" is valid Unicode and also VNI for
 * "Hồng", so it proves nothing; "Hoaøng" does). An encoding is chosen when at least one word is such evidence
 * and at least 80 % of the words its decode changes come out well-formed; when both encodings fit, the one
 * with more such evidence wins, then the one under which more words read well-formed. Text containing any character
 * above U+00FF (every ă, đ, ơ, ư, ạ … of real Unicode) is ruled out on the first such character.
 *
 * @example detectLegacyEncoding('NguyÔn V¨n §øc') // 'tcvn3'
 * @example detectLegacyEncoding('Nguyeãn Vaên Ñöùc') // 'vni'
 * @example detectLegacyEncoding('Nguyễn Văn Đức') // null
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  return mayBeLegacy(s) ? weighEncodings(s) : null;
}

/** The fast path every clean value takes: only Latin-1 letters (and Windows-1252 punctuation) above ASCII. */
function mayBeLegacy(s: string): boolean {
  let latin1 = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa1) continue;
    if (c > 0xff) {
      if (isWindows1252Extra(c)) continue;
      return false;
    }
    latin1 = true;
  }
  return latin1;
}

function weighEncodings(s: string): LegacyEncoding | null {
  const words: string[] = [];
  const wereSyllables: boolean[] = [];
  let evidence = false;
  const n = s.length;
  for (let i = 0; i < n; ) {
    if (!isLegacyWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let high = false;
    while (i < n && isLegacyWordChar(s.charCodeAt(i))) {
      if (s.charCodeAt(i) >= 0xa1) high = true;
      i++;
    }
    if (!high) continue; // an ASCII word reads the same in every encoding
    const word = s.slice(start, i);
    const wasSyllable = isVietnameseSyllable(word);
    if (!wasSyllable) evidence = true;
    words.push(word);
    wereSyllables.push(wasSyllable);
  }
  // Only a word that is not already a syllable can be evidence (see fits): without one, no decode can win, and
  // ordinary Unicode text with Latin-1 letters only ("Lê Hà") is spared decoding every word twice.
  if (!evidence) return null;
  const tcvn3: Evidence = { changed: 0, good: 0, strong: 0 };
  const vni: Evidence = { changed: 0, good: 0, strong: 0 };
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    weigh(tcvn3, word, tcvn3Word(word), wereSyllables[w]!);
    weigh(vni, word, vniToUnicode(word), wereSyllables[w]!);
  }
  const tcvn3Fits = fits(tcvn3);
  const vniFits = fits(vni);
  if (tcvn3Fits && vniFits) {
    if (tcvn3.strong !== vni.strong) return tcvn3.strong > vni.strong ? 'tcvn3' : 'vni';
    if (tcvn3.good !== vni.good) return tcvn3.good > vni.good ? 'tcvn3' : 'vni';
    return null; // equally plausible both ways: leave the text alone rather than guess
  }
  return tcvn3Fits ? 'tcvn3' : vniFits ? 'vni' : null;
}

function weigh(evidence: Evidence, word: string, decoded: string, wasSyllable: boolean): void {
  if (decoded === word) return;
  evidence.changed++;
  if (!isVietnameseSyllable(decoded)) return;
  evidence.good++;
  if (!wasSyllable) evidence.strong++;
}

function fits(e: Evidence): boolean {
  return e.strong > 0 && e.good * 5 >= e.changed * 4;
}

/** A word through the VN3 table, case ignored (the syllable check does not look at case). */
function tcvn3Word(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const letter = TCVN3_TO_UNICODE[word.charCodeAt(i)];
    out += letter ? letter : word[i];
  }
  return out;
}
