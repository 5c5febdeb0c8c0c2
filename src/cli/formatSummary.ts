import { DIMENSIONS, type DatasetSummary, type Lang } from '../core';

const DIMENSION_NAMES = {
  vi: { correct: 'Đúng', complete: 'Đủ', clean: 'Sạch', live: 'Sống' },
  en: { correct: 'Correct', complete: 'Complete', clean: 'Clean', live: 'Live' },
} as const;

const WORDS = {
  vi: { title: 'Kết quả kiểm tra', rows: 'bản ghi', score: 'Điểm trung bình', pass: 'đạt', warn: 'cảnh báo', fail: 'lỗi', rules: 'Quy tắc vi phạm nhiều nhất', records: 'bản ghi', examples: 'ví dụ dòng', none: 'Không có vấn đề nào.' },
  en: { title: 'Audit result', rows: 'records', score: 'Mean score', pass: 'pass', warn: 'warn', fail: 'fail', rules: 'Most frequent rules', records: 'records', examples: 'example rows', none: 'No issues.' },
} as const;

/** A short plain-text summary for the terminal: counts, scores per dimension, top rules. */
export function formatSummaryText(summary: DatasetSummary, lang: Lang = 'vi', topRules = 10): string {
  const w = WORDS[lang];
  const pct = (n: number) => (summary.rows === 0 ? '0.0' : ((n / summary.rows) * 100).toFixed(1));
  const lines = [
    `${w.title} (${summary.profile}, asOf ${summary.asOf}): ${summary.rows} ${w.rows}`,
    `  ${w.pass} ${summary.verdicts.pass} (${pct(summary.verdicts.pass)}%) · ${w.warn} ${summary.verdicts.warn} (${pct(summary.verdicts.warn)}%) · ${w.fail} ${summary.verdicts.fail} (${pct(summary.verdicts.fail)}%)`,
    `  ${w.score}: ${summary.score.mean.toFixed(3)}  —  ${DIMENSIONS.map((d) => `${DIMENSION_NAMES[lang][d]} ${summary.dimensions[d].mean.toFixed(3)}`).join(' · ')}`,
  ];
  const rules = Object.entries(summary.rules).sort((a, b) => b[1].records - a[1].records || (a[0] < b[0] ? -1 : 1));
  if (rules.length === 0) lines.push(`  ${w.none}`);
  else {
    lines.push(`  ${w.rules}:`);
    for (const [id, r] of rules.slice(0, topRules)) {
      lines.push(`    ${id.padEnd(30)} ${String(r.records).padStart(7)} ${w.records}  [${DIMENSION_NAMES[lang][r.dimension]}]  ${w.examples} ${r.examples.join(', ')}`);
    }
  }
  return lines.join('\n');
}
