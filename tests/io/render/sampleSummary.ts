import { summarize, type DatasetSummary, type Issue, type RecordReport } from '../../../src/core';
import type { RuleTitleLookup } from '../../../src/io/render/ruleTitles';

function issue(rule: string, dimension: Issue['dimension'], severity: Issue['severity']): Issue {
  return { rule, dimension, severity, field: 'x', message: 'm', value: null, fix: null };
}

function report(row: number, score: number, verdict: RecordReport['verdict'], issues: Issue[], correct = 1): RecordReport {
  return { row, score, verdict, dimensions: { correct, complete: 1, clean: 1, live: 1 }, issues, fixed: {} };
}

/** Four records: two pass, one warns (phone in the old format), one fails (malformed ID); a hostile column name. */
export function sampleSummary(): DatasetSummary {
  const reports = [
    { report: report(1, 1, 'pass', []), filled: ['personalId', 'phone'] },
    { report: report(2, 0.95, 'pass', [issue('phone.format', 'clean', 'info')]), filled: ['personalId', 'phone'] },
    { report: report(3, 0.875, 'warn', [issue('phone.legacy', 'live', 'warning'), issue('phone.format', 'clean', 'info')]), filled: ['personalId', 'phone'] },
    { report: report(4, 0.4, 'fail', [issue('id.personal.format', 'correct', 'error')], 0), filled: ['phone'] },
  ];
  const summary = summarize('citizen', '2026-11-01', reports, ['personalId', 'phone']);
  summary.columns = { so_dinh_danh: 'personalId', so_dien_thoai: 'phone', '<script>alert("x")</script>': null, 'ghi|chu': null };
  return summary;
}

export const ruleTitle: RuleTitleLookup = (id) =>
  ({
    'phone.format': { vi: 'Số điện thoại chưa ở dạng chuẩn E.164', en: 'Phone number not in E.164 form' },
    'phone.legacy': { vi: 'Số điện thoại theo đầu số cũ', en: 'Phone number with a retired prefix' },
    'id.personal.format': { vi: 'Số định danh sai định dạng', en: 'Malformed personal ID number' },
  })[id];

/**
 * The same four records placed in provinces: rows 1–2 in Hà Nội, row 3 in Lào Cai, row 4 not placed (its address
 * could not be read); optionally a dataset finding (rows 2 and 3 share a phone).
 */
export function sampleSummaryWithProvinces(options: { withFinding?: boolean } = {}): DatasetSummary {
  const summary = sampleSummary();
  if (options.withFinding) {
    summary.findings = [{ rule: 'dataset.shared-phone', severity: 'warning', key: 'fedcba9876543210', rows: [2, 3], count: 2, message: { vi: 'Một số điện thoại cho nhiều người', en: 'One phone for many people' } }];
  }
  const dims = (correct: number, other: number) => ({ correct, complete: other, clean: other, live: other });
  summary.groups = {
    province: {
      '': { rows: 1, verdicts: { pass: 0, warn: 0, fail: 1 }, total: 4_000, dimensions: dims(0, 10_000), rules: { 'id.personal.format': 1 }, mean: 0.4 },
      'Thành phố Hà Nội': { rows: 2, verdicts: { pass: 2, warn: 0, fail: 0 }, total: 19_500, dimensions: dims(20_000, 20_000), rules: { 'phone.format': 1 }, mean: 0.975 },
      'Tỉnh Lào Cai': { rows: 1, verdicts: { pass: 0, warn: 1, fail: 0 }, total: 8_750, dimensions: dims(10_000, 10_000), rules: { 'phone.format': 1, 'phone.legacy': 1 }, mean: 0.875 },
    },
  };
  return summary;
}
