/**
 * Whether a string of digits is a stand-in rather than a real number: one digit repeated
 * ("000000000000", "999999999") or a run of consecutive digits up or down ("123456789012", "987654321").
 * Data-entry staff type these to get past a mandatory field; they are never issued.
 *
 * @example isPlaceholderDigits('111111111111') // true
 * @example isPlaceholderDigits('001099012345') // false
 */
export function isPlaceholderDigits(digits: string): boolean {
  const n = digits.length;
  if (n < 2) return false;
  let same = true;
  let up = true;
  let down = true;
  const first = digits.charCodeAt(0);
  for (let i = 1; i < n; i++) {
    const prev = digits.charCodeAt(i - 1) - 48;
    const cur = digits.charCodeAt(i) - 48;
    if (cur !== first - 48) same = false;
    if (cur !== (prev + 1) % 10) up = false;
    if (cur !== (prev + 9) % 10) down = false;
    if (!same && !up && !down) return false;
  }
  return true;
}
