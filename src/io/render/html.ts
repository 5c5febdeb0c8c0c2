import type { DatasetSummary } from '../../core';
import { escapeHtml } from './htmlEscape';
import { REPORT_CSS } from './htmlStyle';
import { formatNumber, formatPercent, formatScore } from './numberFormat';
import { reportView, type RenderOptions, type ReportView } from './reportView';
import { columnChart, dataAttributes, horizontalBarChart, stackedBar } from './svgCharts';

// Defence in depth behind escaping: the page may load nothing (no script, font, image or frame from anywhere) and
// run no script. The later interactive version adds its inline script by hash here.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * Renders a dataset summary as one self-contained HTML page for auditors: headline figures, charts (verdict
 * shares, mean score per dimension, the score histogram) as inline SVG, then the rules table, fill rates, the
 * column mapping and dataset findings when present. No network, no script, inline CSS; every string from the
 * summary is escaped. Vietnamese unless `lang: 'en'`. Each section, chart element and table row carries its raw
 * numbers in `data-` attributes (`data-rule`, `data-records`, `data-mean` …) for the sorting and filtering to come.
 *
 * @example
 * await writeFileAtomic('report.html', renderHtml(summary, { lang: 'vi', ruleTitle: ruleTitlesFrom(RULES) }));
 */
export function renderHtml(summary: DatasetSummary, options: RenderOptions = {}): string {
  const view = reportView(summary, options);
  const w = view.labels;
  const title = `${w.title} — ${view.profile} — ${view.asOf}`;
  return [
    '<!doctype html>',
    `<html lang="${view.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="ddss">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<main class="ddss-report"${dataAttributes({ profile: view.profile, asOf: view.asOf, rows: view.rows, meanScore: view.meanScore })}>`,
    headline(view),
    dimensionsSection(view),
    histogramSection(view),
    rulesSection(view),
    fieldsSection(view),
    columnsSection(view),
    findingsSection(view),
    `<footer>${escapeHtml(w.generatedBy)}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function headline(view: ReportView): string {
  const { labels: w, lang } = view;
  const figure = (cls: string, label: string, number: string, note = '') =>
    `<li class="${cls}"><span class="number">${escapeHtml(number)}</span>${escapeHtml(label)}${note ? ` · ${escapeHtml(note)}` : ''}</li>`;
  return [
    `<header id="overview">`,
    `<h1>${escapeHtml(w.title)}</h1>`,
    `<p class="meta">${escapeHtml(w.profile)}: <strong>${escapeHtml(view.profile)}</strong> · ${escapeHtml(w.asOf)}: <strong>${escapeHtml(view.asOf)}</strong></p>`,
    '<ul class="figures">',
    figure('rows', w.rows, formatNumber(view.rows, lang)),
    figure('score', w.meanScore, formatScore(view.meanScore, lang)),
    ...view.verdicts.map((v) => figure(v.verdict, w.verdictNames[v.verdict], formatNumber(v.count, lang), formatPercent(v.count, view.rows, lang))),
    '</ul>',
    `<section id="verdicts" aria-label="${escapeHtml(w.verdicts)}">`,
    stackedBar(
      w.verdicts,
      view.verdicts.map((v) => ({
        series: v.verdict,
        label: `${w.verdictNames[v.verdict]}: ${formatNumber(v.count, lang)} (${formatPercent(v.count, view.rows, lang)})`,
        share: view.rows === 0 ? 0 : v.count / view.rows,
        valueText: formatNumber(v.count, lang),
        data: { verdict: v.verdict, count: v.count },
      })),
    ),
    '</section>',
    '</header>',
  ].join('\n');
}

function dimensionsSection(view: ReportView): string {
  const { labels: w, lang } = view;
  const chart = horizontalBarChart(
    w.dimensions,
    view.dimensions.map((d) => ({
      series: d.dimension,
      label: w.dimensionNames[d.dimension],
      share: d.mean,
      valueText: formatScore(d.mean, lang),
      data: { dimension: d.dimension, mean: d.mean },
    })),
  );
  return `<section id="dimensions">\n<h2>${escapeHtml(w.dimensions)}</h2>\n${chart}\n</section>`;
}

function histogramSection(view: ReportView): string {
  const { labels: w, lang } = view;
  const tallest = Math.max(1, ...view.histogram.map((b) => b.count));
  const chart = columnChart(
    w.histogram,
    view.histogram.map((b) => ({
      label: `${formatNumber(b.from, lang, 1)}–${formatNumber(b.to, lang, 1)}`,
      share: b.count / tallest,
      valueText: formatNumber(b.count, lang),
      data: { from: b.from, to: b.to, count: b.count },
    })),
  );
  return `<section id="histogram">\n<h2>${escapeHtml(w.histogram)}</h2>\n${chart}\n</section>`;
}

function rulesSection(view: ReportView): string {
  const { labels: w, lang } = view;
  const n = (x: number) => formatNumber(x, lang);
  if (view.rules.length === 0) return `<section id="rules">\n<h2>${escapeHtml(w.rules)}</h2>\n<p class="none">${escapeHtml(w.noIssues)}</p>\n</section>`;
  const head =
    `<tr><th>${escapeHtml(w.rule)}</th><th>${escapeHtml(w.ruleTitle)}</th><th>${escapeHtml(w.dimension)}</th>` +
    `<th class="num">${escapeHtml(w.records)}</th><th class="num">${escapeHtml(w.severityNames.error)}</th>` +
    `<th class="num">${escapeHtml(w.severityNames.warning)}</th><th class="num">${escapeHtml(w.severityNames.info)}</th><th>${escapeHtml(w.examples)}</th></tr>`;
  const rows = view.rules.map(
    (r) =>
      `<tr${dataAttributes({ rule: r.id, dimension: r.dimension, records: r.records, error: r.issues.error, warning: r.issues.warning, info: r.issues.info, examples: r.examples.join(' ') })}>` +
      `<td><code>${escapeHtml(r.id)}</code></td><td>${escapeHtml(r.title ?? '')}</td>` +
      `<td><span class="dimension dimension-${r.dimension}">${escapeHtml(w.dimensionNames[r.dimension])}</span></td>` +
      `<td class="num">${n(r.records)}</td><td class="num">${n(r.issues.error)}</td><td class="num">${n(r.issues.warning)}</td><td class="num">${n(r.issues.info)}</td>` +
      `<td>${escapeHtml(r.examples.map(n).join(', '))}</td></tr>`,
  );
  return `<section id="rules">\n<h2>${escapeHtml(w.rules)}</h2>\n<table class="rules">\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</section>`;
}

function fieldsSection(view: ReportView): string {
  if (view.fields.length === 0) return '';
  const { labels: w, lang } = view;
  const rows = view.fields.map((f) => {
    const bar = `<svg viewBox="0 0 120 10" aria-hidden="true"><rect class="track" width="120" height="10" rx="2"/><rect class="fill" width="${Math.round(Math.min(1, Math.max(0, f.rate)) * 12000) / 100}" height="10" rx="2"/></svg>`;
    return (
      `<tr${dataAttributes({ field: f.field, filled: f.filled, rate: f.rate })}><td><code>${escapeHtml(f.field)}</code></td>` +
      `<td class="num">${formatNumber(f.filled, lang)}</td><td class="num">${formatNumber(f.rate * 100, lang, 1)}%</td><td class="rate">${bar}</td></tr>`
    );
  });
  const head = `<tr><th>${escapeHtml(w.field)}</th><th class="num">${escapeHtml(w.filled)}</th><th class="num">${escapeHtml(w.fillRate)}</th><th></th></tr>`;
  return `<section id="fields">\n<h2>${escapeHtml(w.fields)}</h2>\n<table class="fields">\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</section>`;
}

function columnsSection(view: ReportView): string {
  if (!view.columns || view.columns.length === 0) return '';
  const w = view.labels;
  const rows = view.columns.map(
    (c) =>
      `<tr${dataAttributes({ column: c.column, field: c.field ?? '' })}><td>${escapeHtml(c.column)}</td>` +
      `<td>${c.field === null ? `<span class="none">${escapeHtml(w.ignored)}</span>` : `<code>${escapeHtml(c.field)}</code>`}</td></tr>`,
  );
  const head = `<tr><th>${escapeHtml(w.column)}</th><th>${escapeHtml(w.field)}</th></tr>`;
  return `<section id="columns">\n<h2>${escapeHtml(w.columns)}</h2>\n<table class="columns">\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</section>`;
}

function findingsSection(view: ReportView): string {
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
  const head = `<tr><th>${escapeHtml(w.rule)}</th><th>${escapeHtml(w.finding)}</th><th>${escapeHtml(w.severity)}</th><th class="num">${escapeHtml(w.records)}</th><th>${escapeHtml(w.findingRows)}</th></tr>`;
  const cut = view.findingsTotal > view.findings.length ? `\n<p class="none">${escapeHtml(w.findingsShown(n(view.findings.length), n(view.findingsTotal)))}</p>` : '';
  return `<section id="findings"${dataAttributes({ total: view.findingsTotal })}>\n<h2>${escapeHtml(w.findings)}</h2>\n<table class="findings">\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>${cut}\n</section>`;
}
