import { readFile } from 'node:fs/promises';
import { ProfileError, type CompiledProfile, type Lang, type ProfileSpecInput } from '../core';
import { resolveProfile } from '../api/profiles';
import { UsageError } from './usageError';

// The options `ddss audit` and `ddss merge` share, read the same way by both.

/** `--lang`: vi or en. @throws UsageError otherwise. */
export function langOption(text: string): Lang {
  if (text === 'vi' || text === 'en') return text;
  throw new UsageError(`--lang must be vi or en, got "${text}"`, { vi: `--lang phải là vi hoặc en, nhận được "${text}"` });
}

/** `--profile`: a built-in profile's name, or a JSON profile file (ending in .json) read and parsed. */
export async function loadProfileRef(profile: string): Promise<string | ProfileSpecInput> {
  if (!profile.endsWith('.json')) return profile;
  let text: string;
  try {
    text = await readFile(profile, 'utf8');
  } catch {
    throw new UsageError(`cannot open profile file "${profile}"`, { vi: `không mở được tệp hồ sơ kiểm tra "${profile}"` });
  }
  try {
    // Windows editors save JSON with a byte order mark, which JSON.parse refuses.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as ProfileSpecInput;
  } catch (error) {
    throw new UsageError(`profile file "${profile}" is not valid JSON: ${(error as Error).message}`, { vi: `tệp hồ sơ kiểm tra "${profile}" không phải JSON hợp lệ` });
  }
}

/**
 * `--profile` read and compiled (with `--columns`, if given): the profile as given, for the library, and compiled.
 * @throws UsageError for a file that cannot be read or a profile that is not valid.
 */
export async function profileOption(profile: string, columns?: Readonly<Record<string, string>>): Promise<{ ref: string | ProfileSpecInput; compiled: CompiledProfile }> {
  const ref = await loadProfileRef(profile);
  try {
    return { ref, compiled: resolveProfile(ref, columns) };
  } catch (error) {
    if (error instanceof ProfileError) throw new UsageError(`${profile}: ${error.message}`, { vi: `hồ sơ kiểm tra (profile) ${profile}: ${error.vi}` });
    throw error;
  }
}
