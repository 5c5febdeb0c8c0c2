import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseColumns } from '../../src/cli/audit';
import { loadProfileRef } from '../../src/cli/commonOptions';
import { citizenProfile } from '../../rules';
import { validateRecord } from '../../src';

describe('parseColumns (--columns)', () => {
  it.each([
    ['so_dd=personalId', { so_dd: 'personalId' }],
    [' a = fullName , b=phone', { a: 'fullName', b: 'phone' }],
    ['x=y=personalId', { 'x=y': 'personalId' }], // the last "=" separates
  ])('%j → %j', (text, expected) => {
    expect(parseColumns(text)).toEqual(expected);
  });

  it('keeps a column named __proto__ as a column', () => {
    const columns = parseColumns('__proto__=personalId')!;
    expect(Object.keys(columns)).toEqual(['__proto__']);
    const record = JSON.parse('{"__proto__": "001099012345", "ho_ten": "Nguyễn Văn An"}');
    const report = validateRecord(record, 'citizen', { asOf: '2026-11-01', columns });
    expect(report.issues.some((i) => i.field === 'personalId' && i.rule === 'field.missing')).toBe(false);
  });
});

describe('loadProfileRef (--profile)', () => {
  it('reads a JSON profile saved with a byte order mark', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ddss-profile-')), 'p.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(citizenProfile)}`);
    expect(await loadProfileRef(file)).toMatchObject({ name: citizenProfile.name });
  });
});
