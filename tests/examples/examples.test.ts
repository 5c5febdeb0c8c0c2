import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEtl } from '../../examples/etl';
import { createGate } from '../../examples/service-gate';

const SAMPLE = new URL('../../examples/data/citizens-sample.csv', import.meta.url).pathname;

describe('examples/etl.ts', () => {
  const out = mkdtempSync(join(tmpdir(), 'ddss-etl-'));
  it('fails the pipeline on the sample (it has failing records) and writes every output', async () => {
    expect(await runEtl(SAMPLE, out, '2026-11-01')).toBe(1);
    for (const f of ['cleaned.csv', 'reports.ndjson', 'summary.json', 'report.html']) expect(existsSync(join(out, `citizens-sample.${f}`))).toBe(true);
  });
  it('passes a clean export', async () => {
    const clean = join(out, 'clean.csv');
    writeFileSync(clean, 'so_cccd,ho_ten,ngay_sinh,gioi_tinh,dia_chi\n001099012345,Nguyễn Văn An,15/03/1999,Nam,"12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh"\n');
    expect(await runEtl(clean, out, '2026-11-01')).toBe(0);
    expect(readFileSync(join(out, 'clean.cleaned.csv'), 'utf8')).toContain('pass');
  });
});

describe('examples/service-gate.ts over loopback', () => {
  const server = createGate({ asOf: '2026-11-01', lang: 'en' });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/check`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = async (body: string) => {
    const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    return { status: res.status, json: (await res.json()) as { accepted: boolean; reasons: { rule: string }[]; fixes: Record<string, string> } };
  };

  it('accepts a good record', async () => {
    const r = await post(JSON.stringify({ so_cccd: '001099012345', ho_ten: 'Nguyễn Văn An', ngay_sinh: '15/03/1999', gioi_tinh: 'Nam', dia_chi: '12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh' }));
    expect(r.status).toBe(200);
    expect(r.json.accepted).toBe(true);
  });

  it('rejects a bad record with reasons and suggested fixes', async () => {
    const r = await post(JSON.stringify({ so_cccd: '001099012345', ho_ten: 'nguyễn văn an', ngay_sinh: '15/03/1989', gioi_tinh: 'Nam', sdt: '0168 123 4567', dia_chi: '12 Lê Lợi, Phường Sài Gòn, TP HCM' }));
    expect(r.status).toBe(422);
    expect(r.json.reasons.map((x) => x.rule)).toEqual(expect.arrayContaining(['id.personal.birth-year', 'name.lowercase', 'phone.legacy']));
    expect(r.json.fixes).toMatchObject({ fullName: 'Nguyễn Văn An', phone: '+84381234567' });
  });

  it('answers 400 to a body that is not JSON and 404 elsewhere', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect((await fetch(url.replace('/check', '/'))).status).toBe(404);
  });
});

describe('examples/data/danh-sach-cu-tri.csv (a voters\' list as a commune prints it)', () => {
  it('audits the records only, reading the split name and the birth date under "Nam | Nữ", and finds the four defects placed in it', async () => {
    const { auditFile } = await import('../../src');
    const summary = await auditFile(new URL('../../examples/data/danh-sach-cu-tri.csv', import.meta.url).pathname, { asOf: '2026-11-01' });
    expect(summary.rows).toBe(12);
    expect(summary.leftOut).toEqual({ titleRows: 3, headerRows: 1, numberingRows: 1, footerRows: 6 });
    expect(summary.columns).toMatchObject({ 'Họ và tên đệm': 'fullName', Tên: 'fullName', 'Ngày sinh Nam': 'dateOfBirth', 'Ngày sinh Nữ': 'dateOfBirth', 'Số định danh cá nhân': 'personalId' });
    expect(Object.fromEntries(Object.entries(summary.rules).map(([id, r]) => [id, r.examples]))).toEqual({
      'id.personal.sex-digit': [5],
      'name.lowercase': [8],
      'id.personal.placeholder': [10],
      'id.personal.separators': [12],
    });
  });
});
