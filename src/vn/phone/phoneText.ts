/**
 * The single pass over the input text that the fast path of parsePhone relies on.
 *
 * It accepts only the shapes whose libphonenumber-js reading is fully determined by the digits:
 * an optional ASCII `+` as the very first character, ASCII or full-width digits, and the separators
 * people actually use (space, NBSP, `.`, `-`, `/`, parentheses). With only those characters
 * libphonenumber-js finds no extension, no RFC 3966 parameters and no second `+`, so its parse reduces
 * to digit arithmetic. Other shapes are decided here when libphonenumber-js cannot read them as a
 * number at all (helpers/isViablePhoneNumber.js): fewer than three digits; a `+` that is not the first
 * character (`(+84) 912…`); a character that is neither a digit, phone punctuation nor part of any
 * extension label (`0912345678 - bố`). RFC 3966 parameters (`;`) and possible extensions (`ext`, `x`,
 * `#`, `,`…) are left to libphonenumber-js itself.
 */

/** The text is in the fast-path alphabet; {@link scanned} holds its digits. */
export const SCAN_FAST = 0;
/** libphonenumber-js cannot read the text as a phone number. */
export const SCAN_NOT_A_NUMBER = 1;
/** Only libphonenumber-js can tell. */
export const SCAN_ASK_LIBRARY = 2;

/** Result of the last {@link scanPhoneText} call; reused to keep the hot path allocation-free. */
export const scanned = {
  /** ASCII codes of the digits, in order; only the first `count` entries are meaningful. */
  digits: new Uint8Array(256),
  /** How many digits the text has. */
  count: 0,
  /** The text starts with `+`. */
  plus: false,
  /** How many digits precede the first separator that follows a digit (the first written group). */
  firstGroup: 0,
};

const isSeparator = (c: number): boolean =>
  c === 0x20 || c === 0xa0 || c === 0x2e || c === 0x2d || c === 0x28 || c === 0x29 || c === 0x2f;
const isOtherDigit = (c: number): boolean => (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);

/**
 * Characters that may belong to an extension (helpers/extension/createExtensionPattern.js, matched
 * case-insensitively): the labels ext/extension/extensión/anexo/int/доб/x and their full-width forms,
 * #, ~, commas, and the `:`/`=`/`;` that follow labels. Their presence means only libphonenumber-js can tell.
 */
const EXTENSION_CHARACTERS = new Set(
  'aeinostxAEINOSTX\u00f3\u00d3\u0301\uff45\uff58\uff54\uff4e\uff49\uff25\uff38\uff34\uff2e\uff29\u0434\u043e\u0431\u0414\u041e\u0411#\uff03~\uff5e,;:='
    .split('')
    .map((ch) => ch.charCodeAt(0)),
);

/**
 * Phone punctuation other than the fast-path separators (dashes, slashes, dots, spaces and brackets in
 * their Unicode and full-width forms, constants.js VALID_PUNCTUATION): valid, but rare enough to leave
 * to libphonenumber-js.
 */
const isOtherPunctuation = (c: number): boolean =>
  (c >= 0x2010 && c <= 0x2015) ||
  c === 0x2212 ||
  c === 0x30fc ||
  c === 0xff0d ||
  c === 0xff0f ||
  c === 0xff0e ||
  c === 0xad ||
  c === 0x200b ||
  c === 0x2060 ||
  c === 0x3000 ||
  c === 0xff08 ||
  c === 0xff09 ||
  c === 0xff3b ||
  c === 0xff3d ||
  c === 0x5b ||
  c === 0x5d ||
  c === 0x2053 ||
  c === 0x223c;

/**
 * Scans `text` (at most 250 characters, libphonenumber-js's own limit), filling {@link scanned} when the
 * result is {@link SCAN_FAST}.
 *
 * @example
 * scanPhoneText('(028) 3829 1234'); // SCAN_FAST; scanned.count === 11, scanned.firstGroup === 3
 * scanPhoneText('(+84) 912 345 678'); // SCAN_NOT_A_NUMBER
 * scanPhoneText('0912 345 678 ext 5'); // SCAN_ASK_LIBRARY
 */
export function scanPhoneText(text: string): number {
  const digits = scanned.digits;
  const plus = text.charCodeAt(0) === 0x2b;
  let count = 0;
  let firstGroup = -1;
  let fast = true;
  let misplacedPlus = false;
  let semicolon = false;
  let extensionLike = false;
  let impossible = false; // a character no phone number or extension can contain
  for (let i = plus ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      digits[count++] = c;
    } else if (c >= 0xff10 && c <= 0xff19) {
      // Full-width digits (IME input); libphonenumber-js reads them as ASCII digits too.
      digits[count++] = c - 0xfee0;
    } else if (isSeparator(c)) {
      if (firstGroup < 0 && count > 0) firstGroup = count;
    } else {
      fast = false;
      // A full-width plus first is read by libphonenumber-js (then dropped); anywhere else a plus ends viability.
      if (c === 0x2b || (c === 0xff0b && i > 0)) misplacedPlus = true;
      else if (isOtherDigit(c)) count++;
      else if (EXTENSION_CHARACTERS.has(c)) {
        extensionLike = true;
        if (c === 0x3b) semicolon = true;
      } else if (!isOtherPunctuation(c) && c !== 0xff0b) impossible = true;
    }
  }
  if (count < 3) return SCAN_NOT_A_NUMBER;
  if (!fast) {
    // ";phone-context=" (RFC 3966) builds the number from elsewhere in the text: only the library knows.
    if (semicolon) return SCAN_ASK_LIBRARY;
    if (misplacedPlus || (impossible && !extensionLike)) return SCAN_NOT_A_NUMBER;
    return SCAN_ASK_LIBRARY;
  }
  scanned.count = count;
  scanned.plus = plus;
  scanned.firstGroup = firstGroup < 0 ? count : firstGroup;
  return SCAN_FAST;
}

/**
 * The scanned digits from index `from` to the end, as a string (one allocation).
 *
 * @example
 * scanPhoneText('0912 345 678');
 * scannedDigitsFrom(1); // '912345678'
 */
export function scannedDigitsFrom(from: number): string {
  const d = scanned.digits;
  const n = scanned.count - from;
  const f = String.fromCharCode;
  // Explicit arities for the usual lengths avoid building an argument array.
  if (n === 9) return f(d[from]!, d[from + 1]!, d[from + 2]!, d[from + 3]!, d[from + 4]!, d[from + 5]!, d[from + 6]!, d[from + 7]!, d[from + 8]!);
  if (n === 10) return f(d[from]!, d[from + 1]!, d[from + 2]!, d[from + 3]!, d[from + 4]!, d[from + 5]!, d[from + 6]!, d[from + 7]!, d[from + 8]!, d[from + 9]!);
  return f(...d.subarray(from, scanned.count));
}
