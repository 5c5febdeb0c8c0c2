import { parsePhone } from '../../src/vn/phone';

/** What is wrong with a phone cell that holds valid numbers: several of them, or words beside one. */
export type PhoneCellProblem = { kind: 'several'; count: number } | { kind: 'note' };

// What people write between two numbers, never inside one: ; , / | a line break, a dash with spaces around it, "và",
// "hoặc". A dash without spaces ("0912-345-678") and single spaces are how one number is grouped.
const BETWEEN = /[;,/|\n]|\s[-–—]\s|\s(?:và|hoặc|or|and)\s/iu;
const LETTER = /\p{L}/u;

/**
 * The shortest cell that can hold a number and something else: "0912345678 (A)". A single number, however grouped
 * ("(+84) 912.345.678"), is shorter or holds no letter and no separator; the check costs the usual record nothing.
 */
const SHORTEST = 14;

/**
 * Whether a phone cell holds more than one number: two numbers ("0912345678; 0987654321", "0912345678 - 0987654321"),
 * or one number with words beside it ("0912345678 (chồng)", "Zalo 0912345678"). Each number must be valid, or retired
 * but once valid, for the cell to count: anything else is no phone cell problem but a wrong number (phone.invalid).
 *
 * @example phoneCellProblem('0912345678; 0987654321') // { kind: 'several', count: 2 }
 * @example phoneCellProblem('0912345678 (chồng)') // { kind: 'note' }
 * @example phoneCellProblem('0912 345 678') // null
 */
export function phoneCellProblem(text: string): PhoneCellProblem | null {
  if (text.length < SHORTEST || onlyOneNumber(text)) return null;
  // phone.invalid and phone.format both ask, one after the other, about the same record's value.
  if (text === last.text) return last.problem;
  last.text = text;
  last.problem = problemOf(text);
  return last.problem;
}

/**
 * Whether the text holds nothing but what one number is written with: digits, spaces, `+ . ( )` and dashes between
 * digits. Most phone cells, in any style ("+84 912 345 678", "(024) 3825.1234"), are settled here, without a split.
 */
function onlyOneNumber(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 32 || c === 43 || c === 46 || c === 40 || c === 41) continue;
    // A dash inside a number ("0912-345-678"), not one with spaces around it between two numbers.
    if (c === 45 && text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i + 1) !== 32) continue;
    return false;
  }
  return true;
}

function problemOf(text: string): PhoneCellProblem | null {
  let numbers = 0;
  let words = false;
  for (const part of text.split(BETWEEN)) {
    const digits = part.replace(/[^\d+]/gu, '');
    if (LETTER.test(part)) words = true;
    if (digits === '') continue;
    const phone = parsePhone(digits);
    // A part with digits that are no number: the cell is a wrong number, or a number with other digits in it.
    if (!phone.valid && phone.legacy === null) return null;
    numbers += 1;
  }
  if (numbers >= 2) return { kind: 'several', count: numbers };
  return numbers === 1 && words ? { kind: 'note' } : null;
}

/** The last value asked about and its answer (a pure function of the text). */
const last: { text: string | undefined; problem: PhoneCellProblem | null } = { text: undefined, problem: null };
