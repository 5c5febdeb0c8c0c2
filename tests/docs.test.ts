import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

  it('shows a custom rule that runs as written', async () => {
    const block = /```ts\n(import \{ CATALOGUE[\s\S]*?my\.name\.test-data[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const source = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const file = join(mkdtempSync(join(tmpdir(), 'ddss-readme-')), 'customRule.ts');
    writeFileSync(file, `${block!.replace("from 'ddss'", `from ${JSON.stringify(source)}`)}\nexport { report };\n`);
    const { report } = await import(file);
    expect(report.issues).toContainEqual(expect.objectContaining({ rule: 'my.name.test-data', severity: 'error', message: 'Tên "T*** U***" là dữ liệu thử' }));
  });
});
