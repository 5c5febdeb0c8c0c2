import { createHash } from 'node:crypto';

/**
 * 16 hex digits that differ between profiles that judge differently: a digest of the profile as data (fields,
 * rules with their settings, weights, options), keys sorted so that how the JSON was written does not matter. Two
 * summaries merge only when their profiles agree, and a name ("citizen") alone does not say that.
 *
 * @example profileDigest(citizenProfile) // 'c1f0…'
 */
export function profileDigest(spec: unknown): string {
  return createHash('sha256').update(canonicalJson(spec)).digest('hex').slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}
