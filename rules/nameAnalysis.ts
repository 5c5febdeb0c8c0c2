import {
  cleanWhitespace,
  isAllLowerCase,
  isNFC,
  isPlainWords,
  nameCharacterProblems,
  repairLegacyText,
  titleCaseVi,
  toNFC,
  whitespaceProblems,
  type LegacyRepair,
  type NameCharacterProblems,
  type WhitespaceProblems,
} from '../src/vn/text';

/**
 * Everything the name rules need about one name, each part computed on first use and kept: the name rules share
 * one analysis per record, and a clean name never pays for the fixes (canonical form) it does not need.
 */
export class NameAnalysis {
  private _legacy: LegacyRepair | null | undefined;
  private _cleaned: string | undefined;
  private _whitespace: WhitespaceProblems | null | undefined;
  private _characters: NameCharacterProblems | null | undefined;
  private _allLower: boolean | undefined;
  /** Plain words (see `isPlainWords`): every text check already passes, so the getters need not scan. */
  private readonly plain: boolean;

  constructor(readonly text: string) {
    this.plain = isPlainWords(text);
    if (this.plain) {
      this._legacy = null;
      this._whitespace = null;
      this._characters = null;
      this._cleaned = text;
    }
  }

  /** The text converted from TCVN3 or VNI-Windows, when it was legacy-encoded. */
  get legacy(): LegacyRepair | null {
    if (this._legacy === undefined) this._legacy = repairLegacyText(this.text);
    return this._legacy;
  }

  /** The text was not in NFC (typically NFD from macOS or some web forms). */
  get nfd(): boolean {
    return !this.plain && !isNFC(this.text);
  }

  get whitespace(): WhitespaceProblems | null {
    if (this._whitespace === undefined) this._whitespace = whitespaceProblems(this.text);
    return this._whitespace;
  }

  /** Repaired, NFC, whitespace cleaned: the name as it should read, before any change of case. */
  get cleaned(): string {
    if (this._cleaned === undefined) {
      const base = this.legacy?.text ?? this.text;
      this._cleaned = cleanWhitespace(isNFC(base) ? base : toNFC(base));
    }
    return this._cleaned;
  }

  /** Digits or symbols in the (repaired) name. */
  get characters(): NameCharacterProblems | null {
    if (this._characters === undefined) this._characters = nameCharacterProblems(this.cleaned);
    return this._characters;
  }

  get allLower(): boolean {
    if (this._allLower === undefined) this._allLower = isAllLowerCase(this.cleaned);
    return this._allLower;
  }

  /** The safe canonical form: legacy text repaired, NFC, whitespace cleaned, title case when it was all lower case. */
  get canonical(): string {
    return this.allLower ? titleCaseVi(this.cleaned) : this.cleaned;
  }
}

export function analyseName(text: string): NameAnalysis {
  return new NameAnalysis(text);
}
