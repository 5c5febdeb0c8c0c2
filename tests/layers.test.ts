import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(new URL('..', import.meta.url).pathname);

/** Every project file a module reaches through its relative imports. */
function reach(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const m of text.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) {
    let target = join(dirname(entry), m[1]!);
    if (!target.endsWith('.ts')) {
      try {
        readFileSync(`${target}.ts`);
        target = `${target}.ts`;
      } catch {
        target = join(target, 'index.ts');
      }
    }
    reach(target, seen);
  }
  return seen;
}

const rel = (files: Set<string>) => [...files].map((f) => f.slice(ROOT.length + 1));

describe('layers and subpath weight', () => {
  it.each(['src/vn/phone/index.ts', 'src/vn/id/index.ts', 'src/vn/text/index.ts', 'src/vn/dates/index.ts'])('%s never loads the address tables', (entry) => {
    expect(rel(reach(join(ROOT, entry))).filter((f) => f.startsWith('src/vn/address'))).toEqual([]);
  });

  it('vn/ imports nothing of ours outside vn/', () => {
    for (const entry of ['phone', 'id', 'text', 'dates', 'address', 'person']) {
      expect(rel(reach(join(ROOT, `src/vn/${entry}/index.ts`))).filter((f) => !f.startsWith('src/vn/'))).toEqual([]);
    }
  });

  it('core/ imports nothing Vietnamese and nothing above it', () => {
    expect(rel(reach(join(ROOT, 'src/core/index.ts'))).filter((f) => !f.startsWith('src/core/'))).toEqual([]);
  });

  it('rules/ uses only core and vn', () => {
    const outside = rel(reach(join(ROOT, 'rules/index.ts'))).filter((f) => !f.startsWith('rules/') && !f.startsWith('src/core/') && !f.startsWith('src/vn/'));
    expect(outside).toEqual([]);
  });
});
