import { DIMENSIONS, type DatasetSummary, type Lang } from '../core';
import { groupViews } from '../io/render/groupView';
import { LABELS } from '../io/render/labels';
import { formatNumber, formatPercent, formatScore } from '../io/render/numberFormat';
import { oneLine } from '../io/render/oneLine';
import { leftOutSentence } from '../io/render/reportView';

const WORDS = {
  vi: { title: 'Kết quả kiểm tra', asOf: 'ngày đối chiếu', rows: 'bản ghi', score: 'Điểm trung bình', pass: 'đạt', warn: 'cảnh báo', fail: 'lỗi', rules: 'Quy tắc vi phạm nhiều nhất', records: 'bản ghi', examples: 'ví dụ dòng', none: 'Không có vấn đề nào.', provinces: 'Tỉnh/thành phố điểm thấp nhất', unplaced: 'không xác định được tỉnh' },
  en: { title: 'Audit result', asOf: 'as of', rows: 'records', score: 'Mean score', pass: 'pass', warn: 'warn', fail: 'fail', rules: 'Most frequent rules', records: 'records', examples: 'example rows', none: 'No issues.', provinces: 'Provinces with the lowest scores', unplaced: 'province unknown' },
} as const;

/** Provinces named in the terminal summary: the lowest mean scores, where an auditor looks first. */
const PROVINCES_SHOWN = 3;

/** A short plain-text summary for the terminal: counts, scores per dimension, the provinces scoring lowest, top rules. */
export function formatSummaryText(summary: DatasetSummary, lang: Lang = 'vi', topRules = 10): string {
  const w = WORDS[lang];
  // Numbers as the reports write them in the same language: "1.234", "61,6%", "0,890" in Vietnamese.
  const n = (value: number) => formatNumber(value, lang);
  const pct = (part: number) => formatPercent(part, summary.rows, lang);
  const score = (value: number) => formatScore(value, lang);
  const lines = [
    `${w.title} (${oneLine(summary.profile)}, ${w.asOf} ${oneLine(summary.asOf)}): ${n(summary.rows)} ${w.rows}`,
    `  ${w.pass} ${n(summary.verdicts.pass)} (${pct(summary.verdicts.pass)}) · ${w.warn} ${n(summary.verdicts.warn)} (${pct(summary.verdicts.warn)}) · ${w.fail} ${n(summary.verdicts.fail)} (${pct(summary.verdicts.fail)})`,
    `  ${w.score}: ${score(summary.score.mean)}  —  ${DIMENSIONS.map((d) => `${LABELS[lang].dimensionNames[d]} ${score(summary.dimensions[d].mean)}`).join(' · ')}`,
  ];
  // Rows of the input that were not records, as the Markdown and HTML reports say: the notices on standard error
  // scroll away with the progress, the summary is what stays on the screen.
  const leftOut = leftOutSentence(summary.leftOut, LABELS[lang], lang);
  if (leftOut !== null) lines.push(`  ${oneLine(leftOut)}`);
  const provinces = summary.groups?.province ? groupViews(summary.groups.province, w.unplaced) : [];
  const placed = provinces.filter((g) => !g.unknown && g.rows > 0).sort((a, b) => a.mean - b.mean || b.rows - a.rows || (a.key < b.key ? -1 : 1));
  if (placed.length > 0) {
    const unplaced = provinces.find((g) => g.unknown)?.rows ?? 0;
    const shown = placed.slice(0, PROVINCES_SHOWN).map((g) => `${oneLine(g.label)} ${score(g.mean)} (${n(g.rows)} ${w.records})`);
    lines.push(`  ${w.provinces}: ${shown.join(' · ')}${unplaced > 0 ? `; ${n(unplaced)} ${w.records} ${w.unplaced}` : ''}`);
  }
  const rules = Object.entries(summary.rules).sort((a, b) => b[1].records - a[1].records || (a[0] < b[0] ? -1 : 1));
  if (rules.length === 0) lines.push(`  ${w.none}`);
  else {
    lines.push(`  ${w.rules}:`);
    for (const [id, r] of rules.slice(0, topRules)) {
      lines.push(`    ${oneLine(id).padEnd(30)} ${n(r.records).padStart(7)} ${w.records}  [${LABELS[lang].dimensionNames[r.dimension]}]  ${w.examples} ${r.examples.join(', ')}`);
    }
  }
  return lines.join('\n');
}
