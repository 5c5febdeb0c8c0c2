import { compileProfile, ProfileError, type CompiledProfile, type ProfileSpecInput } from '../core';
import { CATALOGUE, citizenProfile } from '../../rules';

/** Profiles ddss ships, by name. */
export const BUILT_IN_PROFILES: Readonly<Record<string, ProfileSpecInput>> = Object.freeze({ citizen: citizenProfile });

export type ProfileRef = string | ProfileSpecInput | CompiledProfile;

const byName = new Map<string, CompiledProfile>();
const byObject = new WeakMap<object, CompiledProfile>();

function isCompiled(p: unknown): p is CompiledProfile {
  return typeof p === 'object' && p !== null && 'fieldForColumn' in p && 'rules' in p && 'spec' in p;
}

/**
 * Compiles a profile given by name (`'citizen'`), as plain data, or already compiled; compiled once and cached.
 * `columns` maps the input's own column names to fields (`{ so_dd: 'personalId' }`).
 *
 * @throws ProfileError for an unknown name or a malformed profile.
 */
export function resolveProfile(profile: ProfileRef = 'citizen', columns?: Readonly<Record<string, string>>): CompiledProfile {
  if (isCompiled(profile)) return profile;
  const hasColumns = columns !== undefined && Object.keys(columns).length > 0;
  if (typeof profile === 'string') {
    const spec = BUILT_IN_PROFILES[profile];
    if (!spec) {
      const known = Object.keys(BUILT_IN_PROFILES).join(', ');
      throw new ProfileError(`unknown profile "${profile}" (built in: ${known})`, `không có hồ sơ kiểm tra "${profile}" (có sẵn: ${known})`);
    }
    if (hasColumns) return compileProfile(spec, CATALOGUE, columns);
    let compiled = byName.get(profile);
    if (!compiled) {
      compiled = compileProfile(spec, CATALOGUE);
      byName.set(profile, compiled);
    }
    return compiled;
  }
  if (hasColumns) return compileProfile(profile, CATALOGUE, columns);
  let compiled = byObject.get(profile);
  if (!compiled) {
    compiled = compileProfile(profile, CATALOGUE);
    byObject.set(profile, compiled);
  }
  return compiled;
}
