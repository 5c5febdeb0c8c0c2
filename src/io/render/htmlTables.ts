import { escapeHtml } from './htmlEscape';
import { detailRow, miniTable, sortableTable } from './htmlTable';
import { formatNumber, formatPercent } from './numberFormat';
import type { ReportView, RuleView } from './reportView';
import { dataAttributes, inlineBar } from './svgCharts';

// The report's tables below the charts. Every cell's text is escaped here; every row carries its raw numbers in
// data- attributes, which is what the page's script sorts by (formatted text like "1.234" would sort wrongly).

function section(id: string, title: string, body: string, attributes = ''): string {
  return `<section id="${id}"${attributes}>\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

/**
 * Rules by records with an issue, most first; each row opens onto its example rows and its records by province.
 *
 * @example
 * rulesSection(reportView(summary)) // → '<section id="rules">\n<h2>Quy tắc vi phạm</h2>\n<div class="table-tools">…'
 */
export function rulesSection(view: ReportView): string {
  const { labels: w, lang } = view;
  const n = (x: number) => formatNumber(x, lang);
  if (view.rules.length === 0) return section('rules', w.rules, `<p class="none">${escapeHtml(w.noIssues)}</p>`);
  const head = [
    { label: w.rule, sort: 'text' },
    { label: w.ruleTitle, sort: 'text' },
    { label: w.dimension, sort: 'text' },
    { label: w.records, sort: 'num:records', numeric: true, sorted: 'descending' },
    { label: w.severityNames.error, sort: 'num:error', numeric: true },
    { label: w.severityNames.warning, sort: 'num:warning', numeric: true },
    { label: w.severityNames.info, sort: 'num:info', numeric: true },
    { label: w.examples, sort: null },
  ] as const;
  const rows = view.rules.flatMap((r, i) => {
    const detail = `rules-detail-${i}`;
    return [
      `<tr class="has-detail"${dataAttributes({ rule: r.id, dimension: r.dimension, records: r.records, error: r.issues.error, warning: r.issues.warning, info: r.issues.info, examples: r.examples.join(' '), detail })}>` +
        `<td><code>${escapeHtml(r.id)}</code></td><td>${escapeHtml(r.title ?? '')}</td>` +
        `<td><span class="dimension dimension-${r.dimension}">${escapeHtml(w.dimensionNames[r.dimension])}</span></td>` +
        `<td class="num">${n(r.records)}</td><td class="num">${n(r.issues.error)}</td><td class="num">${n(r.issues.warning)}</td><td class="num">${n(r.issues.info)}</td>` +
        `<td>${escapeHtml(r.examples.map(n).join(', '))}</td></tr>`,
      detailRow(detail, head.length, ruleDetail(view, r)),
    ];
  });
  return section('rules', w.rules, sortableTable('rules', head, rows, w));
}

function ruleDetail(view: ReportView, rule: RuleView): string {
  const { labels: w, lang } = view;
  const n = (x: number) => formatNumber(x, lang);
  const examples = `<p><strong>${escapeHtml(w.examples)}:</strong> ${escapeHtml(rule.examples.map(n).join(', '))}</p>`;
  if (rule.provinces.length === 0) return examples;
  const byProvince = miniTable(
    [w.province, w.records, w.share],
    [false, true, true],
    rule.provinces.map((p) => [p.unknown ? `<em>${escapeHtml(p.label)}</em>` : escapeHtml(p.label), n(p.records), escapeHtml(formatPercent(p.records, rule.records, lang))]),
  );
  return `${examples}\n<h3>${escapeHtml(w.recordsByProvince)}</h3>\n${byProvince}`;
}

/**
 * Fill rate per semantic field, with a bar.
 *
 * @example
 * fieldsSection(reportView(summary)) // → '<section id="fields">\n<h2>Tỉ lệ điền theo trường</h2>…'
 */
export function fieldsSection(view: ReportView): string {
  if (view.fields.length === 0) return '';
  const { labels: w, lang } = view;
  const rows = view.fields.map(
    (f) =>
      `<tr${dataAttributes({ field: f.label ?? f.field, filled: f.filled, rate: f.rate })}><td>${fieldHtml(f.field, f.label)}</td>` +
      `<td class="num">${formatNumber(f.filled, lang)}</td><td class="num">${formatNumber(f.rate * 100, lang, 1)}%</td><td class="rate">${inlineBar(f.rate, 'clean')}</td></tr>`,
  );
  const head = [
    { label: w.field, sort: 'text', sorted: 'ascending' },
    { label: w.filled, sort: 'num:filled', numeric: true },
    { label: w.fillRate, sort: 'num:rate', numeric: true },
    { label: '', sort: null },
  ] as const;
  return section('fields', w.fields, sortableTable('fields', head, rows, w));
}

/** A field as a cell: what it is called, then its id in code, or the id alone. */
function fieldHtml(field: string, label: string | null): string {
  return label === null ? `<code>${escapeHtml(field)}</code>` : `${escapeHtml(label)} <code>${escapeHtml(field)}</code>`;
}

/**
 * How the input's columns mapped onto the profile's fields.
 *
 * @example
 * columnsSection(reportView(summary)) // → '<section id="columns">\n<h2>Ánh xạ cột</h2>…'
 */
export function columnsSection(view: ReportView): string {
  const hasColumns = view.columns !== null && view.columns.length > 0;
  if (!hasColumns && view.leftOut === null) return '';
  const w = view.labels;
  // Rows of the file that were not records (a form's title block, its signature block): said, not silently lost.
  const leftOut = view.leftOut === null ? '' : `<p class="left-out">${escapeHtml(view.leftOut)}</p>\n`;
  if (!hasColumns) return section('columns', w.columns, leftOut);
  const rows = view.columns!.map(
    (c) =>
      `<tr${dataAttributes({ column: c.column, field: c.field ?? '' })}><td>${escapeHtml(c.column)}</td>` +
      `<td>${c.field === null ? `<span class="none">${escapeHtml(w.ignored)}</span>` : fieldHtml(c.field, c.label)}</td></tr>`,
  );
  const head = [
    { label: w.column, sort: 'text', sorted: 'ascending' },
    { label: w.field, sort: 'text' },
  ] as const;
  return section('columns', w.columns, leftOut + sortableTable('columns', head, rows, w));
}

/**
 * Dataset-level findings (duplicate IDs, shared phones …), largest first, with the rows involved.
 *
 * @example
 * findingsSection(reportView(summary)) // → '<section id="findings" data-total="3">\n<h2>Phát hiện trên toàn bộ dữ liệu</h2>…'
 */
export function findingsSection(view: ReportView): string {
  if (!view.findings) return '';
  const { labels: w, lang } = view;
  const n = (x: number) => formatNumber(x, lang);
  const rows = view.findings.map(
    (f) =>
      `<tr${dataAttributes({ rule: f.rule ?? '', severity: f.severity ?? '', count: f.count ?? '', rows: f.examples.join(' ') })}>` +
      `<td><code>${escapeHtml(f.rule ?? '')}</code></td><td>${escapeHtml(f.label)}</td><td>${f.severity === null ? '' : escapeHtml(w.severityNames[f.severity])}</td>` +
      `<td class="num">${f.count === null ? '' : n(f.count)}</td>` +
      `<td>${escapeHtml(f.examples.map(n).join(', ') + (f.count !== null && f.count > f.examples.length ? ', …' : ''))}</td></tr>`,
  );
  const head = [
    { label: w.rule, sort: 'text' },
    { label: w.finding, sort: 'text' },
    { label: w.severity, sort: 'text' },
    { label: w.records, sort: 'num:count', numeric: true, sorted: 'descending' },
    { label: w.findingRows, sort: null },
  ] as const;
  const cut = view.findingsTotal > view.findings.length ? `\n<p class="none">${escapeHtml(w.findingsShown(n(view.findings.length), n(view.findingsTotal)))}</p>` : '';
  return section('findings', w.findings, sortableTable('findings', head, rows, w) + cut, dataAttributes({ total: view.findingsTotal }));
}
