import { DIMENSIONS, VERDICTS } from '../../core';
import type { GroupView } from './groupView';
import { escapeHtml } from './htmlEscape';
import { detailRow, miniTable, sortableTable } from './htmlTable';
import { formatNumber, formatPercent, formatScore } from './numberFormat';
import type { ReportView } from './reportView';
import { dataAttributes, inlineBar } from './svgCharts';

/**
 * The breakdown by province (absent when the summary has none): records, mean score with a bar, verdict counts;
 * each row opens onto its verdict shares, its mean per dimension and its most broken rules. The records whose
 * address could not be placed are one row, labelled "Không xác định" / "Unknown".
 *
 * @example
 * provincesSection(reportView(summary)) // → '<section id="provinces">\n<h2>Theo tỉnh, thành phố</h2>…'
 */
export function provincesSection(view: ReportView): string {
  if (!view.provinces) return '';
  const { labels: w, lang } = view;
  const n = (x: number) => formatNumber(x, lang);
  const head = [
    { label: w.province, sort: 'text' },
    { label: w.records, sort: 'num:rows', numeric: true, sorted: 'descending' },
    { label: w.meanScore, sort: 'num:mean', numeric: true },
    { label: '', sort: null },
    { label: w.verdictNames.pass, sort: 'num:pass', numeric: true },
    { label: w.verdictNames.warn, sort: 'num:warn', numeric: true },
    { label: w.verdictNames.fail, sort: 'num:fail', numeric: true },
  ] as const;
  const rows = view.provinces.flatMap((p, i) => {
    const detail = `provinces-detail-${i}`;
    const name = p.unknown ? `<em>${escapeHtml(p.label)}</em>` : escapeHtml(p.label);
    return [
      `<tr class="has-detail"${dataAttributes({ province: p.key, rows: p.rows, mean: p.mean, pass: p.verdicts.pass, warn: p.verdicts.warn, fail: p.verdicts.fail, detail })}>` +
        `<td>${name}</td><td class="num">${n(p.rows)}</td><td class="num">${formatScore(p.mean, lang)}</td><td class="rate">${inlineBar(p.mean, 'correct')}</td>` +
        `<td class="num">${n(p.verdicts.pass)}</td><td class="num">${n(p.verdicts.warn)}</td><td class="num">${n(p.verdicts.fail)}</td></tr>`,
      detailRow(detail, head.length, provinceDetail(view, p)),
    ];
  });
  return `<section id="provinces">\n<h2>${escapeHtml(w.provinces)}</h2>\n${sortableTable('provinces', head, rows, w)}\n</section>`;
}

function provinceDetail(view: ReportView, p: GroupView): string {
  const { labels: w, lang } = view;
  const n = (x: number) => formatNumber(x, lang);
  const verdicts = VERDICTS.map(
    (v) => `<span class="verdict verdict-${v}">${escapeHtml(w.verdictNames[v])}: ${n(p.verdicts[v])} (${escapeHtml(formatPercent(p.verdicts[v], p.rows, lang))})</span>`,
  ).join(' · ');
  const dimensions = miniTable(
    [w.dimension, w.meanScore, ''],
    [false, true, false],
    DIMENSIONS.map((d) => [escapeHtml(w.dimensionNames[d]), formatScore(p.dimensions[d], lang), `<span class="rate">${inlineBar(p.dimensions[d], d)}</span>`]),
  );
  const titles = new Map(view.rules.map((r) => [r.id, r.title]));
  const rules =
    p.topRules.length === 0
      ? `<p class="none">${escapeHtml(w.noIssues)}</p>`
      : miniTable(
          [w.rule, w.ruleTitle, w.records, w.share],
          [false, false, true, true],
          p.topRules.map((r) => [`<code>${escapeHtml(r.id)}</code>`, escapeHtml(titles.get(r.id) ?? ''), n(r.records), escapeHtml(formatPercent(r.records, p.rows, lang))]),
        );
  return [
    `<p class="verdict-line"><strong>${escapeHtml(w.verdicts)}:</strong> ${verdicts}</p>`,
    `<div class="detail-columns"><div><h3>${escapeHtml(w.meanByDimension)}</h3>\n${dimensions}</div>`,
    `<div><h3>${escapeHtml(w.topRules)}</h3>\n${rules}</div></div>`,
  ].join('\n');
}
