import type { DatasetSummary } from '../../core';
import { formatNumber, formatPercent, formatScore } from './numberFormat';
import { oneLine } from './oneLine';
import { reportView, type RenderOptions } from './reportView';

// Every string from the summary (column names, field names, rule ids, profile) is data, not markup: a column named
// "<img onerror=…>" or "a|b" must neither run nor break the table. CommonMark lets a backslash escape any ASCII
// punctuation, and GFM tables need "|" escaped even inside code, so escaping the punctuation that starts markup is
// enough; line breaks become spaces because a table row is one line.
const MARKUP = /[\\`*_[\]<>|~&$!#]/g;

/**
 * Escapes text for a Markdown paragraph or table cell.
 *
 * @example
 * escapeMarkdown('<script>|x') // → '\\<script\\>\\|x'
 */
export function escapeMarkdown(text: string): string {
  // Other control characters (ESC, BEL from a column's name) would reach the terminal a report is viewed in.
  return oneLine(text).replace(MARKUP, (c) => `\\${c}`);
}

/** A field as a table cell: what it is called, then its id ("Ngày sinh (dateOfBirth)"), or the id alone. */
function fieldCell(field: string, label: string | null): string {
  return label === null ? escapeMarkdown(field) : `${escapeMarkdown(label)} (${escapeMarkdown(field)})`;
}

/** Provinces listed in the Markdown report (34 provinces and the unplaced group fit the HTML, not a chat message). */
export const PROVINCES_SHOWN = 20;

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * A bar of unicode blocks, `width` characters for a full share, to eighths of a character.
 *
 * @example
 * unicodeBar(0.5, 10) // → '█████'
 */
export function unicodeBar(share: number, width = 20): string {
  const eighths = Math.round(Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0)) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
}

function table(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}

/**
 * Renders a dataset summary as Markdown for pull requests and chat: headline figures, verdicts with shares, mean
 * score per dimension, the score histogram as unicode bars, the rules table, the largest provinces, fill rates, the
 * column mapping and dataset findings when the summary has them. Vietnamese unless `lang: 'en'`. Deterministic: the same summary gives
 * the same text.
 *
 * @example
 * renderMarkdown(summary, { lang: 'vi', ruleTitle: ruleTitlesFrom(RULES) });
 * // → '# Báo cáo chất lượng dữ liệu\n\n**Hồ sơ kiểm tra:** citizen · …'
 */
export function renderMarkdown(summary: DatasetSummary, options: RenderOptions = {}): string {
  const view = reportView(summary, options);
  const { labels: w, lang } = view;
  const n = (x: number) => formatNumber(x, lang);
  const out: string[] = [
    `# ${w.title}`,
    '',
    [
      `**${w.profile}:** ${escapeMarkdown(view.profile)}`,
      `**${w.asOf}:** ${escapeMarkdown(view.asOf)}`,
      `**${w.rows}:** ${n(view.rows)}`,
      `**${w.meanScore}:** ${formatScore(view.meanScore, lang)}`,
    ].join(' · '),
    '',
    `## ${w.verdicts}`,
    '',
    ...table(
      [w.verdict, w.records, w.share],
      ['l', 'r', 'r'],
      view.verdicts.map((v) => [w.verdictNames[v.verdict], n(v.count), formatPercent(v.count, view.rows, lang)]),
    ),
    '',
    `## ${w.dimensions}`,
    '',
    ...table(
      [w.dimension, w.meanScore, ''],
      ['l', 'r', 'l'],
      view.dimensions.map((d) => [w.dimensionNames[d.dimension], formatScore(d.mean, lang), unicodeBar(d.mean)]),
    ),
    '',
    `## ${w.histogram}`,
    '',
  ];
  const tallest = Math.max(1, ...view.histogram.map((b) => b.count));
  out.push(
    ...table(
      [w.scoreRange, w.records, w.share, ''],
      ['l', 'r', 'r', 'l'],
      view.histogram.map((b) => [
        `${formatNumber(b.from, lang, 1)}–${formatNumber(b.to, lang, 1)}`,
        n(b.count),
        formatPercent(b.count, view.rows, lang),
        unicodeBar(b.count / tallest),
      ]),
    ),
    '',
    `## ${w.rules}`,
    '',
  );
  if (view.rules.length === 0) out.push(w.noIssues);
  else {
    const withTitles = view.rules.some((r) => r.title !== null);
    out.push(
      ...table(
        [w.rule, ...(withTitles ? [w.ruleTitle] : []), w.dimension, w.records, w.severityNames.error, w.severityNames.warning, w.severityNames.info, w.examples],
        ['l', ...(withTitles ? (['l'] as const) : []), 'l', 'r', 'r', 'r', 'r', 'l'],
        view.rules.map((r) => [
          escapeMarkdown(r.id),
          ...(withTitles ? [escapeMarkdown(r.title ?? '')] : []),
          w.dimensionNames[r.dimension],
          n(r.records),
          n(r.issues.error),
          n(r.issues.warning),
          n(r.issues.info),
          r.examples.map(n).join(', '),
        ]),
      ),
    );
  }
  if (view.provinces) {
    const shown = view.provinces.slice(0, PROVINCES_SHOWN);
    out.push(
      '',
      `## ${w.provinces}`,
      '',
      ...table(
        [w.province, w.records, w.meanScore, w.verdictNames.pass, w.verdictNames.warn, w.verdictNames.fail],
        ['l', 'r', 'r', 'r', 'r', 'r'],
        shown.map((p) => [p.unknown ? `_${escapeMarkdown(p.label)}_` : escapeMarkdown(p.label), n(p.rows), formatScore(p.mean, lang), n(p.verdicts.pass), n(p.verdicts.warn), n(p.verdicts.fail)]),
      ),
    );
    if (view.provinces.length > shown.length) out.push('', w.provincesMore(n(view.provinces.length - shown.length)));
  }
  if (view.fields.length > 0) {
    out.push(
      '',
      `## ${w.fields}`,
      '',
      ...table(
        [w.field, w.filled, w.fillRate, ''],
        ['l', 'r', 'r', 'l'],
        view.fields.map((f) => [fieldCell(f.field, f.label), n(f.filled), `${formatNumber(f.rate * 100, lang, 1)}%`, unicodeBar(f.rate)]),
      ),
    );
  }
  if ((view.columns && view.columns.length > 0) || view.leftOut !== null) {
    out.push('', `## ${w.columns}`);
    // Rows of the file that were not records (a form's title block, its signature block): said, not silently lost.
    if (view.leftOut !== null) out.push('', escapeMarkdown(view.leftOut));
    if (view.columns && view.columns.length > 0) {
      out.push(
        '',
        ...table(
          [w.column, w.field],
          ['l', 'l'],
          view.columns.map((c) => [escapeMarkdown(c.column), c.field === null ? w.ignored : fieldCell(c.field, c.label)]),
        ),
      );
    }
  }
  if (view.findings) {
    out.push(
      '',
      `## ${w.findings}`,
      '',
      ...table(
        [w.rule, w.finding, w.severity, w.records, w.findingRows],
        ['l', 'l', 'l', 'r', 'l'],
        view.findings.map((f) => [
          escapeMarkdown(f.rule ?? ''),
          escapeMarkdown(f.label),
          f.severity === null ? '' : w.severityNames[f.severity],
          f.count === null ? '' : n(f.count),
          f.examples.map(n).join(', ') + (f.count !== null && f.count > f.examples.length ? ', …' : ''),
        ]),
      ),
    );
    if (view.findingsTotal > view.findings.length) out.push('', w.findingsShown(n(view.findings.length), n(view.findingsTotal)));
  }
  out.push('', `_${w.generatedBy}_`, '');
  return out.join('\n');
}
