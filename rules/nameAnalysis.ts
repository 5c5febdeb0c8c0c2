import {
  cleanWhitespace,
  isAllLowerCase,
  isNFC,
  nameCharacterProblems,
  repairLegacyText,
  titleCaseVi,
  toNFC,
  whitespaceProblems,
} from '../src/vn/text';

/** Everything the name rules need, computed once per record. */
export interface NameAnalysis {
  text: string;
  /** The text converted from TCVN3 or VNI-Windows, when it was legacy-encoded. */
  legacy: { text: string; encoding: 'tcvn3' | 'vni' } | null;
  /** The text was not in NFC (typically NFD from macOS or some web forms). */
  nfd: boolean;
  whitespace: ReturnType<typeof whitespaceProblems>;
  /** Digits or symbols in the (repaired) name. */
  characters: ReturnType<typeof nameCharacterProblems>;
  allLower: boolean;
  /** The safe canonical form: legacy text repaired, NFC, whitespace cleaned, title case when it was all lower case. */
  canonical: string;
}

export function analyseName(text: string): NameAnalysis {
  const repaired = repairLegacyText(text);
  const base = repaired ? repaired.text : text;
  const nfd = !isNFC(text);
  const nfc = nfd ? toNFC(base) : base;
  const cleaned = cleanWhitespace(nfc);
  const allLower = isAllLowerCase(cleaned);
  return {
    text,
    legacy: repaired,
    nfd,
    whitespace: whitespaceProblems(text),
    characters: nameCharacterProblems(cleaned),
    allLower,
    canonical: allLower ? titleCaseVi(cleaned) : cleaned,
  };
}
