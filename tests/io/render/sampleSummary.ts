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
