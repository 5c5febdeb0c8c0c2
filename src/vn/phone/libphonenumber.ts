import { createRequire } from 'node:module';
import type parsePhoneNumberFromString from 'libphonenumber-js/max';

/**
 * libphonenumber-js/max, loaded on first use (ADR 0014).
 *
 * Compiling it is most of what `import 'ddss/phone'` costs (about 60 of 70 ms), yet parsePhone answers nearly every
 * Vietnamese number from compiled tables and asks the library only about foreign numbers, letters and odd texts.
 * A static import would make every service and CLI worker pay that on start-up. A dynamic `import()` cannot be used:
 * it is asynchronous and parsePhone must stay synchronous. So the library is `require`d, which is synchronous, on
 * the first call that needs it. libphonenumber-js ships CommonJS for `./max` (its package.json `exports.require`).
 *
 * `createRequire(import.meta.url)` works from the sources (vitest, tsx), from the ESM build, and from the CommonJS
 * build, where tsup's `shims` option rewrites `import.meta.url` to the chunk's own file URL; in each case the module
 * is resolved from this package's place, as the static import was.
 */

type ParsePhoneNumber = typeof parsePhoneNumberFromString;

let parse: ParsePhoneNumber | null = null;

/**
 * The library's default export, whichever way `require` hands it over. Its CommonJS build sets `module.exports` to
 * the function itself (with a `default` property pointing to the same function, for Babel interop); a runtime that
 * requires an ES module instead (Node 22+ `require(esm)`, should a later release drop CommonJS) returns the
 * namespace, whose `default` is the function. Anything else is a packaging change we want to hear about at once.
 */
function defaultExport(loaded: unknown): ParsePhoneNumber {
  const candidate = typeof loaded === 'function' ? loaded : (loaded as { default?: unknown } | null)?.default;
  if (typeof candidate !== 'function') {
    throw new TypeError('libphonenumber-js/max: require() returned no parse function');
  }
  return candidate as ParsePhoneNumber;
}

/**
 * libphonenumber-js/max's `parsePhoneNumberFromString`, loading the library on the first call (tens of
 * milliseconds, once per process or worker) and returning the same function afterwards.
 *
 * @example
 * libphonenumberParse()('+1 202 555 0123', { defaultCountry: 'VN', extract: false })?.country; // 'US'
 */
export function libphonenumberParse(): ParsePhoneNumber {
  if (parse === null) {
    // Created here rather than at the top so that a process that never needs the library does no work for it at all.
    const requireHere = createRequire(import.meta.url);
    parse = defaultExport(requireHere('libphonenumber-js/max'));
  }
  return parse;
}

/**
 * Whether this module instance has loaded libphonenumber-js yet; for tests and diagnostics that check the fast path
 * stays free of it.
 */
export function libphonenumberLoaded(): boolean {
  return parse !== null;
}
