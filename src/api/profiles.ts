import { compileProfile, ProfileError, type CompiledProfile, type ProfileSpecInput } from '../core';
import { deepFreeze } from '../core/profile';
import { CATALOGUE, citizenProfile } from '../../rules';

/** Profiles ddss ships, by name. Frozen throughout: every caller shares them. */
export const BUILT_IN_PROFILES: Readonly<Record<string, ProfileSpecInput>> = deepFreeze({ citizen: citizenProfile });

export type ProfileRef = string | ProfileSpecInput | CompiledProfile;

const byName = new Map<string, CompiledProfile>();
const byObject = new WeakMap<object, CompiledProfile>();
/**
 * Profiles compiled with a column mapping: per profile object (a built-in's own object for its name), by the
 * mapping's content. A service passing `columns` on every call must not recompile the profile each time (58 µs a
 * record instead of 10); a caller passing ever-new mappings must not grow memory without limit.
 */
const byColumns = new WeakMap<object, Map<string, CompiledProfile>>();
const MAPPINGS_PER_PROFILE = 32;

function isCompiled(p: unknown): p is CompiledProfile {
  return typeof p === 'object' && p !== null && 'fieldForColumn' in p && 'rules' in p && 'spec' in p;
}

/**
 * Compiles a profile given by name (`'citizen'`), as plain data, or already compiled; compiled once and cached.
 * `columns` maps the input's own column names to fields (`{ so_dd: 'personalId' }`); null or undefined for none.
 *
 * The cache is kept per profile object: a profile changed after its first use is not compiled again, and the change
 * has no effect. Build the profile, then use it; to change it, make a new object
 * (`{ ...citizenProfile, rules: [...citizenProfile.rules, { id: 'phone.legacy', enabled: false }] }`). The built-in
 * profiles are frozen.
 *
 * @throws ProfileError for an unknown name or a malformed profile; TypeError for `columns` that is not an object of
 *   field names, or that is given with an already compiled profile (its columns are fixed when it is compiled).
 */
export function resolveProfile(profile: ProfileRef = 'citizen', columns?: Readonly<Record<string, string>> | null): CompiledProfile {
  const mapping = columnsKey(columns);
  if (isCompiled(profile)) {
    // Its columns were fixed when it was compiled, against a catalogue it does not keep: a mapping given now could
    // only be dropped, and every record would then be read without it.
    if (mapping !== null) {
      throw new TypeError('columns cannot be applied to an already compiled profile: pass them to compileProfile(spec, catalogue, columns), or give the profile as data or by name');
    }
    return profile;
  }
  let spec: object;
  if (typeof profile === 'string') {
    // Own keys only: "toString" or "__proto__" would otherwise find Object.prototype's, and fail confusingly.
    if (!Object.hasOwn(BUILT_IN_PROFILES, profile)) {
      const known = Object.keys(BUILT_IN_PROFILES).join(', ');
      throw new ProfileError(`unknown profile "${profile}" (built in: ${known})`, `không có hồ sơ kiểm tra "${profile}" (có sẵn: ${known})`);
    }
    if (mapping === null) {
      let compiled = byName.get(profile);
      if (!compiled) {
        compiled = compileProfile(BUILT_IN_PROFILES[profile], CATALOGUE);
        byName.set(profile, compiled);
      }
      return compiled;
    }
    spec = BUILT_IN_PROFILES[profile]!;
  } else {
    if (mapping === null) {
      let compiled = byObject.get(profile);
      if (!compiled) {
        compiled = compileProfile(profile, CATALOGUE);
        byObject.set(profile, compiled);
      }
      return compiled;
    }
    spec = profile;
  }
  // Not a WeakMap key (null, a number from untyped code): compileProfile throws its ProfileError.
  if (spec === null || typeof spec !== 'object') return compileProfile(spec, CATALOGUE, columns);
  let compiledByMapping = byColumns.get(spec);
  if (!compiledByMapping) {
    compiledByMapping = new Map();
    byColumns.set(spec, compiledByMapping);
  }
  let compiled = compiledByMapping.get(mapping);
  if (!compiled) {
    compiled = compileProfile(spec, CATALOGUE, columns);
    // The oldest mapping makes room: a Map iterates in insertion order.
    if (compiledByMapping.size >= MAPPINGS_PER_PROFILE) compiledByMapping.delete(compiledByMapping.keys().next().value!);
    compiledByMapping.set(mapping, compiled);
  }
  return compiled;
}

/**
 * The column mapping's content as a cache key, or null for no mapping (null, undefined or `{}`). A mapping is compared
 * by content, not identity: a caller may build it anew on every call, or change it between calls.
 *
 * @throws TypeError for a mapping that is not a plain object of strings (an array, a Map, a field that is not a name).
 */
function columnsKey(columns: unknown): string | null {
  if (columns === undefined || columns === null) return null;
  const proto: unknown = typeof columns === 'object' ? Object.getPrototypeOf(columns) : undefined;
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`columns must be an object mapping your column names to the profile's fields (e.g. { so_dd: 'personalId' }), got ${kindOf(columns)}`);
  }
  const names = Object.keys(columns as object);
  if (names.length === 0) return null;
  for (const name of names) {
    const field = (columns as Record<string, unknown>)[name];
    if (typeof field !== 'string') throw new TypeError(`columns[${JSON.stringify(name)}] must be the name of a field of the profile (a string), got ${kindOf(field)}`);
  }
  return JSON.stringify(columns);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `a ${(value as object).constructor?.name ?? 'object'}`;
  return typeof value;
}
