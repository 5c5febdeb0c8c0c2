import type { Lang } from '../core';

/**
 * Reads the `lang` option: Vietnamese (default) or English.
 * @throws RangeError for anything else: a typo must not turn every message into nothing.
 */
export function resolveLang(lang: unknown): Lang {
  if (lang === undefined || lang === 'vi') return 'vi';
  if (lang === 'en') return 'en';
  throw new RangeError(`lang must be "vi" or "en", got ${JSON.stringify(lang)}`);
}
