import type { DatasetSummary } from '../../core';
import { escapeHtml } from './htmlEscape';
import { provincesSection } from './htmlProvinces';
import { REPORT_SCRIPT, REPORT_SCRIPT_HASH } from './htmlScript';
import { REPORT_CSS } from './htmlStyle';
import { columnsSection, fieldsSection, findingsSection, rulesSection } from './htmlTables';
import { formatNumber, formatPercent, formatScore } from './numberFormat';
import { reportView, type RenderOptions, type ReportView } from './reportView';
import { columnChart, dataAttributes, horizontalBarChart, stackedBar } from './svgCharts';

// Defence in depth behind escaping: the page loads nothing (no script, font, image or frame from anywhere) and runs
// exactly one script, its own, allowed by hash; an injected <script> or onclick= would not run.
const CONTENT_SECURITY_POLICY = `default-src 'none'; script-src ${REPORT_SCRIPT_HASH}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;

/**
 * Renders a dataset summary as one self-contained HTML page for auditors: headline figures, charts (verdict
 * shares, mean score per dimension, the score histogram) as inline SVG, then the rules table, the breakdown by
 * province, fill rates, the column mapping and dataset findings when present. No network; inline CSS and one small
 * inline script (allowed by its hash) that sorts and filters every table and opens the drill-down under a rule or
 * province row. The drill-downs are rendered here, so without the script they are simply shown open. Every string
 * from the summary is escaped. Vietnamese unless `lang: 'en'`. Chart elements and table rows carry their raw
 * numbers in `data-` attributes (`data-rule`, `data-records`, `data-mean` …), which is what the script sorts by.
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
    provincesSection(view),
    fieldsSection(view),
    columnsSection(view),
    findingsSection(view),
    `<footer>${escapeHtml(w.generatedBy)}</footer>`,
    '</main>',
    `<script>${REPORT_SCRIPT}</script>`,
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
    `<p class="hint">${escapeHtml(w.detailHint)}</p>`,
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
