import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetSummary } from '../../src';
import { validCitizen, type CitizenRow } from '../support/citizens';
import { csvLine } from '../support/footerForms';
import { auditFormBytes, auditFormOutputs, expectSameOutputs } from '../support/formAudit';

// Lists made from Vietnamese forms split columns under merged cells. Voters' lists and lists of beneficiaries often
// have no sex column: the birth date (or year) is split under "Nam | Nữ" and written in the column of the person's
// sex. Some forms split the date itself under "Ngày | Tháng | Năm". Audited as the same list with a date column and
// a sex column, each must give the same reports.
const dir = mkdtempSync(join(tmpdir(), 'ddss-split-columns-'));

const TOP = ['STT', 'Họ và tên', 'Ngày sinh', '', 'Số định danh', 'Nơi thường trú', 'Số điện thoại', 'Ngày cấp', 'Ngày cập nhật'];
const SUB = ['', '', 'Nam', 'Nữ', '', '', '', '', ''];
const TWIN = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh', 'Nơi thường trú', 'Số điện thoại', 'Ngày cấp', 'Ngày cập nhật'];

const people = fc.sample(validCitizen, { seed: 83, numRuns: 1500 });
const splitRow = (p: CitizenRow, i: number) => [String(i + 1), p.ho_ten, p.gioi_tinh === 'Nữ' ? '' : p.ngay_sinh, p.gioi_tinh === 'Nữ' ? p.ngay_sinh : '', p.so_dinh_danh, p.dia_chi, p.so_dien_thoai, p.ngay_cap, p.ngay_cap_nhat];
const twinRow = (p: CitizenRow, i: number) => [String(i + 1), p.ho_ten, p.ngay_sinh, p.gioi_tinh, p.so_dinh_danh, p.dia_chi, p.so_dien_thoai, p.ngay_cap, p.ngay_cap_nhat];

describe('"Ngày sinh" over "Nam | Nữ"', () => {
  it('a CSV list reads as its twin with a sex column: the same reports and cleaned rows, with 2 workers as with none', async () => {
    expect(new Set(people.map((p) => p.gioi_tinh))).toEqual(new Set(['Nam', 'Nữ']));
    const form = join(dir, 'split.csv');
    const twin = join(dir, 'plain-list.csv');
    writeFileSync(form, `\ufeff${[TOP, SUB, ...people.map(splitRow)].map((r) => csvLine(r)).join('\r\n')}\r\n`);
    writeFileSync(twin, `${[TWIN, ...people.map(twinRow)].map((r) => csvLine(r)).join('\n')}\n`);

    const one = await auditFormOutputs(dir, form, 0, 'split-one');
    const two = await auditFormOutputs(dir, form, 2, 'split-two');
    const plain = await auditFormOutputs(dir, twin, 0, 'plain-out');
    expect(one.headers).toEqual([{ headerRow: 1, skippedRows: 0, subHeaderRow: true, numberingRow: false }]);
    expect(one.rows).toEqual(people.map((_, i) => i + 1));
    expectSameOutputs(two, one);
    expect(one.records).toBe(plain.records);

    const summary = JSON.parse(one.summary) as DatasetSummary;
    expect(summary.columns).toMatchObject({ 'Ngày sinh Nam': 'dateOfBirth', 'Ngày sinh Nữ': 'dateOfBirth', 'Số định danh': 'personalId' });
    expect(summary.leftOut).toEqual({ titleRows: 0, headerRows: 1, numberingRows: 0, footerRows: 0 });
    const twinSummary = JSON.parse(plain.summary) as DatasetSummary;
    expect(summary.verdicts).toEqual(twinSummary.verdicts);
    expect(summary.rules).toEqual(twinSummary.rules);
    expect(summary.fields).toEqual(twinSummary.fields);

    // The cleaned file keeps the split, each date in its own column; only the header is read as one row.
    const cleaned = one.cleaned.replace(/^\uFEFF/u, '').split('\r\n');
    expect(cleaned[0]!.startsWith('STT,Họ và tên,Ngày sinh Nam,Ngày sinh Nữ,Số định danh,')).toBe(true);
    const woman = people.findIndex((p) => p.gioi_tinh === 'Nữ');
    expect(cleaned[woman + 1]!.startsWith(csvLine(splitRow(people[woman]!, woman).slice(0, 5)))).toBe(true);
  });

  it('flags a date in both columns, and a date in the column the ID says is the other sex', async () => {
    const [man, woman] = [people.find((p) => p.gioi_tinh === 'Nam')!, people.find((p) => p.gioi_tinh === 'Nữ')!];
    const rows = [TOP, SUB, splitRow(man, 0), [...splitRow(woman, 1).slice(0, 2), woman.ngay_sinh, woman.ngay_sinh, ...splitRow(woman, 1).slice(4)], [...splitRow(woman, 2).slice(0, 2), woman.ngay_sinh, '', ...splitRow(woman, 2).slice(4)]];
    const { reports } = await auditFormBytes(dir, rows.map((r) => csvLine(r)).join('\n'), 'flags.csv');
    const rules = reports.map((r) => (JSON.parse(r) as { issues: { rule: string }[] }).issues.map((i) => i.rule).filter((id) => id.startsWith('field.') || id.startsWith('id.personal.sex')));
    expect(rules).toEqual([[], ['field.conflict', 'id.personal.sex-digit'], ['id.personal.sex-digit']]);
  });

  it('an XLSX list with the group merged over "Nam | Nữ" reads as the CSV', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh sách cử tri');
    for (const row of [TOP, SUB, ...people.slice(0, 40).map(splitRow)]) sheet.addRow(row);
    sheet.mergeCells('C1:D1');
    for (const cell of ['A1:A2', 'B1:B2', 'E1:E2']) sheet.mergeCells(cell);
    const xlsx = await auditFormBytes(dir, Buffer.from(await book.xlsx.writeBuffer()), 'split.xlsx');
    const csv = await auditFormBytes(dir, [TOP, SUB, ...people.slice(0, 40).map(splitRow)].map((r) => csvLine(r)).join('\n'), 'split-40.csv');
    expect(xlsx.headers).toEqual([{ headerRow: 1, skippedRows: 0, subHeaderRow: true, numberingRow: false }]);
    expect(xlsx.reports).toEqual(csv.reports);
    expect(xlsx.reports.every((r) => !r.includes('"field.missing"'))).toBe(true);
  });

});

describe('"Ngày sinh" over "Ngày | Tháng | Năm"', () => {
  const top = ['STT', 'Họ và tên', 'Ngày sinh', '', '', 'Giới tính', 'Số định danh', 'Nơi thường trú', 'Số điện thoại', 'Ngày cấp', 'Ngày cập nhật'];
  const sub = ['', '', 'Ngày', 'Tháng', 'Năm', '', '', '', '', '', ''];
  const dated = people.filter((p) => /^\d{1,2}\/\d{1,2}\/\d{4}$/u.test(p.ngay_sinh)).slice(0, 900);
  const partsRow = (p: CitizenRow, i: number) => [String(i + 1), p.ho_ten, ...p.ngay_sinh.split('/'), p.gioi_tinh, p.so_dinh_danh, p.dia_chi, p.so_dien_thoai, p.ngay_cap, p.ngay_cap_nhat];

  it('a CSV list reads as its twin with one date column, with 2 workers as with none; the cleaned file keeps the parts', async () => {
    const form = join(dir, 'parts.csv');
    const twin = join(dir, 'parts-plain.csv');
    writeFileSync(form, [top, sub, ...dated.map(partsRow)].map((r) => csvLine(r)).join('\r\n'));
    writeFileSync(twin, [TWIN, ...dated.map(twinRow)].map((r) => csvLine(r)).join('\n'));
    const one = await auditFormOutputs(dir, form, 0, 'parts-one');
    const two = await auditFormOutputs(dir, form, 2, 'parts-two');
    const plain = await auditFormOutputs(dir, twin, 0, 'parts-plain-out');
    expect(one.headers).toEqual([{ headerRow: 1, skippedRows: 0, subHeaderRow: true, numberingRow: false }]);
    expectSameOutputs(two, one);
    expect(one.records).toBe(plain.records);
    expect((JSON.parse(one.summary) as DatasetSummary).columns).toMatchObject({ 'Ngày sinh Ngày': 'dateOfBirth', 'Ngày sinh Tháng': 'dateOfBirth', 'Ngày sinh Năm': 'dateOfBirth' });
    const cleaned = one.cleaned.replace(/^\uFEFF/u, '').split('\r\n');
    expect(cleaned[1]!.startsWith(csvLine(partsRow(dated[0]!, 0).slice(0, 6)))).toBe(true);
  });

  it('without diacritics "Ngay | Thang | Nam" is the date too, and no men\'s column', async () => {
    const rows = [
      ['Ho va ten', 'Ngay sinh', '', '', 'Gioi tinh', 'Can cuoc cong dan', ''],
      ['', 'Ngay', 'Thang', 'Nam', '', 'So', 'Ngay cap'],
      ['Nguyen Van An', '12', '03', '1985', 'Nữ', '001185012345', '01/07/2022'],
      ['Le Van Binh', '', '03', '1985', 'Nam', '001085012346', '01/07/2022'],
    ];
    const { reports, summary } = await auditFormBytes(dir, rows.map((r) => csvLine(r)).join('\n'), 'ascii-date-parts.csv');
    expect(summary.columns).toMatchObject({ 'Ngay sinh Ngay': 'dateOfBirth', 'Ngay sinh Nam': 'dateOfBirth', 'Gioi tinh': 'sex' });
    const issues = reports.map((r) => (JSON.parse(r) as { issues: { rule: string; field: string; value: string | null }[] }).issues.filter((i) => i.field === 'dateOfBirth' || i.field === 'sex'));
    expect(issues[0]).toEqual([]);
    expect(issues[1]!.map((i) => [i.rule, i.value])).toEqual([['date.invalid', '/**/1985']]);
  });
});

it('the form file is left as it was', () => {
  expect(readFileSync(join(dir, 'split.csv'), 'utf8').split('\r\n')[1]).toBe(',,Nam,Nữ,,,,,');
});
