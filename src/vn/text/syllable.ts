import { CASE_OF, VOWEL_BASES, VOWEL_OF } from './letters';

// Basis: Vietnamese syllable structure (onset + rhyme = medial glide + nucleus + coda, one tone), as set out
// in Đoàn Thiện Thuật, "Ngữ âm tiếng Việt" (1977): which codas each vowel takes (c ch m n ng nh p t or none),
// syllables closed by p t c ch take only the acute or dot-below tone. Tone-mark placement: Quyết định
// 1989/QĐ-BGDĐT (2018), art. 8 ("hoà", "thuỷ"; ia/ua/ưa on the first letter, iê/yê/uô/uơ on the second),
// plus the older "hòa"/"thủy" placement still common in names and laws.

/**
 * Toneless, lower-case syllable split into onset, vowel cluster and coda. The onset also accepts any run of
 * ASCII consonants (names of ethnic minorities: "Mlô", "Ksor"); đ only stands alone.
 */
const SHAPE = /^(qu|gi|ngh|ng|nh|ch|gh|kh|ph|th|tr|đ|[bcdfghjklmnpqrstvwxz]+)?([aăâeêioôơuưy]+)(ch|ng|nh|[cmnpt])?$/;

const OPEN = '';
const STOPS_AND_NASALS = ['c', 'm', 'n', 'ng', 'p', 't'];

/** Each vowel cluster of Vietnamese and the codas it takes ('' = the syllable may end on it). */
const CODAS_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['a', [OPEN, 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']],
      ['ă', STOPS_AND_NASALS],
      ['â', STOPS_AND_NASALS],
      ['e', [OPEN, 'c', 'm', 'n', 'ng', 'p', 't']],
      ['ê', [OPEN, 'ch', 'm', 'n', 'nh', 'p', 't']],
      ['i', [OPEN, 'ch', 'm', 'n', 'nh', 'p', 't']],
      ['o', [OPEN, ...STOPS_AND_NASALS]],
      ['ô', [OPEN, ...STOPS_AND_NASALS]],
      ['ơ', [OPEN, 'm', 'n', 'p', 't']],
      ['u', [OPEN, ...STOPS_AND_NASALS]],
      ['ư', [OPEN, 'c', 'm', 'n', 'ng', 't']],
      ['y', [OPEN]],
      ['oa', [OPEN, 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']],
      ['oă', STOPS_AND_NASALS],
      ['oe', [OPEN, 'm', 'n', 't']],
      ['oo', ['c', 'ng']],
      ['uâ', ['c', 'n', 'ng', 't']],
      ['uă', STOPS_AND_NASALS],
      ['uê', [OPEN, 'ch', 'n', 'nh', 't']],
      ['uy', [OPEN, 'ch', 'n', 'nh', 'p', 't']],
      ['uơ', [OPEN]],
      ['iê', [OPEN, ...STOPS_AND_NASALS]], // open only in the Ê Đê surname "Niê"
      ['yê', STOPS_AND_NASALS],
      ['uô', ['c', 'm', 'n', 'ng', 't']],
      ['ươ', STOPS_AND_NASALS],
      ['uyê', ['n', 't']],
      ...['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu'].map(
        (glide) => [glide, [OPEN]] as const,
      ),
      ...['iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu', 'uau', 'uêu'].map(
        (glide) => [glide, [OPEN]] as const,
      ),
    ] as ReadonlyArray<readonly [string, readonly string[]]>
  ).map(([nucleus, codas]) => [nucleus, new Set(codas)]),
);

/**
 * After "qu" the u is the medial glide ("quý" rhymes as uy, "quan" as oa, old spelling "qui" as uy);
 * after "gi" an ê stands for iê ("giếng").
 */
const AFTER_QU: ReadonlyMap<string, string> = new Map([
  ['a', 'oa'], ['ă', 'oă'], ['e', 'oe'], ['i', 'uy'], ['ai', 'oai'], ['ao', 'oao'], ['ay', 'oay'], ['eo', 'oeo'],
  ['oa', 'oa'], ['oă', 'oă'], // variant spellings "quoàng", "quoắt"
]);

function rhymeNucleus(onset: string, nucleus: string): string {
  if (onset === 'qu') return AFTER_QU.get(nucleus) ?? `u${nucleus}`;
  if (onset === 'gi' && nucleus.charCodeAt(0) === 0xea) return `i${nucleus}`;
  return nucleus;
}

/**
 * Where the tone mark may sit in the vowel cluster: closed syllables on the last vowel ("hoàn", "người" aside);
 * open falling diphthongs on the first ("tài", "mía", "mưa"), triphthongs on the middle ("người", "khuỷu"),
 * oa/oe/uy on either (old "hòa", new "hoà"), uê/uơ/iê on the second ("Huế", "thuở", "Niê").
 */
function toneFits(nucleus: string, position: number, closed: boolean): boolean {
  if (closed || nucleus.length === 1) return position === nucleus.length - 1;
  if (nucleus.length === 3) return position === 1;
  if (nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy') return position === 0 || position === 1;
  if (nucleus === 'uê' || nucleus === 'uơ' || nucleus === 'iê') return position === 1;
  return position === 0;
}

/**
 * Whether `word` has the shape of one Vietnamese syllable written with its diacritics (any case, NFC): an
 * onset, a vowel cluster that exists, a coda that cluster takes, at most one tone mark, placed where
 * Vietnamese spelling puts it. A check of form, not a dictionary: it accepts "Nguyễn", "Hoà", "Hòa",
 * "Khuỷu", "Quỳnh" and rejects the shapes legacy-encoding mojibake produces ("Nguyeãn", "V¨n", "Ñöùc").
 *
 * @example isVietnameseSyllable('Nguyễn') // true
 * @example isVietnameseSyllable('Nguyeãn') // false ("uyea" is no Vietnamese vowel cluster)
 */
export function isVietnameseSyllable(word: string): boolean {
  let plain = '';
  let tones = 0;
  let tone = 0;
  let tonePosition = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      const kind = CASE_OF[c];
      if (kind === 0) return false;
      plain += kind === 2 ? String.fromCharCode(c + 32) : word[i];
      continue;
    }
    if (c === 0x110 || c === 0x111) {
      plain += 'đ';
      continue;
    }
    const v = c < VOWEL_OF.length ? VOWEL_OF[c]! : -1;
    if (v < 0) return false;
    if ((v & 7) !== 0) {
      tones++;
      tone = v & 7;
      tonePosition = i;
    }
    plain += VOWEL_BASES[v >> 3];
  }
  if (tones > 1) return false;
  const match = SHAPE.exec(plain);
  if (match === null) return false;
  const onset = match[1] ?? '';
  const nucleus = match[2]!;
  const coda = match[3] ?? OPEN;
  if (!CODAS_OF.get(rhymeNucleus(onset, nucleus))?.has(coda)) return false;
  if ((coda === 'p' || coda === 't' || coda === 'c' || coda === 'ch') && tone !== 2 && tone !== 5) return false;
  return tones === 0 || toneFits(nucleus, tonePosition - onset.length, coda !== OPEN);
}
