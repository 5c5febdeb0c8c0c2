// Text for terminals: a value from a user's file must not carry escape sequences or break lines there.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * `text` as one terminal line: every run of control characters (line breaks, escapes, line/paragraph separators)
 * becomes one space.
 *
 * @example oneLine('Hà Nội\n\u001b[31mx') // 'Hà Nội [31mx'
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, ' ');
}
