import { parsePhone } from './parsePhone';

/**
 * The Vietnamese national significant number (no `+84`, no trunk `0`) of a written phone number, or null
 * when the text is not a Vietnamese number of a possible length. Valid or not: use it as a join key or to
 * count numbers shared by many people, and {@link parsePhone} to judge them.
 *
 * @example
 * normalizePhoneDigits('+84 (91) 234-5678'); // '912345678'
 * normalizePhoneDigits('0168 123 4567'); // '1681234567' (legacy, still normalised)
 * normalizePhoneDigits('+1 202 555 0123'); // null
 */
export function normalizePhoneDigits(text: string): string | null {
  const { e164, country } = parsePhone(text);
  return country === 'VN' && e164 !== null ? e164.slice(3) : null;
}
