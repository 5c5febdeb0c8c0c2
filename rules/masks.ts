// Masks for personal data in rendered reports. Each states what it reveals; tests check it never reveals more.

/**
 * Personal ID: at most the first 6 characters (province, century/sex and birth year, which the ID rules explain),
 * never more than half of the value.
 * @example maskPersonalId('001099012345') // '001099******'
 */
export function maskPersonalId(text: string): string {
  const chars = Array.from(text);
  const keep = Math.min(6, Math.floor(chars.length / 2));
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

/**
 * Phone: the first 3 and last 2 digits (country or carrier prefix and a check for the reader), other digits starred,
 * separators kept. Values with fewer than 8 digits show no digit at all.
 * @example maskPhone('0912 345 678') // '091* *** *78'
 */
export function maskPhone(text: string): string {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) total++;
  }
  let seen = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      seen++;
      out += total >= 8 && (seen <= 3 || seen > total - 2) ? text[i] : '*';
    } else if (c === 43 || c === 32 || c === 46 || c === 45 || c === 40 || c === 41) out += text[i]; // + space . - ( )
    else out += '*'; // letters and anything else could spell a number out
  }
  return out;
}

/**
 * Name: the first letter of each word, then three stars, so word lengths are not revealed either.
 * @example maskName('Nguyễn Văn Đức') // 'N*** V*** Đ***'
 */
export function maskName(text: string): string {
  return text
    .normalize('NFC')
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map((w) => `${Array.from(w)[0]}***`)
    .join(' ');
}

/**
 * Birth date: the year only (4 consecutive digits), every other digit starred.
 * @example maskBirthDate('15/03/1989') // day and month starred, separators and the year 1989 kept
 */
export function maskBirthDate(text: string): string {
  const year = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/u.exec(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const inYear = year !== null && i >= year.index && i < year.index + 4;
    out += inYear || !/[\p{L}\p{N}]/u.test(ch) ? ch : '*';
  }
  return out;
}

/**
 * Address: only the last two comma-separated parts (ward and province, or district and province); the house
 * number and street are never shown.
 * @example maskAddress('12 Lê Lợi, Phường Sài Gòn, TP Hồ Chí Minh') // '***, Phường Sài Gòn, TP Hồ Chí Minh'
 */
export function maskAddress(text: string): string {
  const parts = text.split(',');
  if (parts.length <= 2) return '***';
  return ['***', ...parts.slice(-2).map((p) => p.trim())].join(', ');
}
