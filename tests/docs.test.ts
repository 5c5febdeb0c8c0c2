import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules';
import { rulesTable } from '../scripts/rules-table';

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('lists every rule exactly as the catalogue has it', () => {
    expect(readme).toContain(rulesTable());
    for (const r of RULES) expect(readme).toContain('`' + r.id + '`');
  });

  it('keeps the two-line quick start', () => {
    expect(readme).toContain('npm ci && npm run demo\nnpm ci && npm test\n');
  });
});
