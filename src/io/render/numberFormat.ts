import type { Lang } from '../../core';

// Separators by hand rather than Intl.NumberFormat: Node built with small-icu falls back to English separators for
// 'vi', and a report must be byte-identical wherever it is rendered (DESIGN: same input and asOf, same output).
// Vietnamese separators per Unicode CLDR, locale vi: decimal ",", grouping "." (1.234,5).
const SEPARATORS: Readonly<Record<Lang, { decimal: string; group: string }>> = {
  vi: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/**
 * A number with a fixed count of decimals, thousands grouped, in the language's separators.
 *
 * @example
 * formatNumber(12345.678, 'vi', 1) // → '12.345,7'
 * formatNumber(12345.678, 'en', 1) // → '12,345.7'
 */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const { decimal, group } = SEPARATORS[lang];
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${decimal}${fraction}`;
}

/**
 * A share of a whole as a percentage with one decimal ("0,0%" when the whole is empty).
 *
 * @example
 * formatPercent(1, 3, 'vi') // → '33,3%'
 */
export function formatPercent(part: number, whole: number, lang: Lang): string {
  return `${formatNumber(whole === 0 ? 0 : (part / whole) * 100, lang, 1)}%`;
}

/**
 * A 0..1 score with three decimals, as the terminal summary shows it.
 *
 * @example
 * formatScore(0.8375, 'vi') // → '0,838'
 */
export function formatScore(score: number, lang: Lang): string {
  return formatNumber(score, lang, 3);
}
