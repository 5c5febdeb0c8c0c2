import { DIMENSIONS, type DatasetSummary, type Issue, type Lang, type RecordReport } from '../../core';
import { renderHtml } from './html';
import { escapeHtml } from './htmlEscape';
import { LABELS } from './labels';
import { renderMarkdown } from './markdown';
import { formatNumber, formatPercent, formatScore } from './numberFormat';
import { oneLine } from './oneLine';
import { reportView, type RenderOptions } from './reportView';

/**
 * The key Deno's Jupyter kernel looks for on a cell's value (`Deno.jupyter.$display`): a method returning a MIME
 * bundle. A registered symbol, so it works in any runtime without importing Deno's types.
 */
export const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');
/** Node's `util.inspect.custom`, by its registered name (no `node:util` import: the module also loads in Deno). */
const NODE_INSPECT = Symbol.for('nodejs.util.inspect.custom');
/** Deno's `Deno.customInspect`, which Deno's `console.log` calls. */
const DENO_INSPECT = Symbol.for('Deno.customInspect');

/** What a notebook front end picks from: the richest type it can show. */
export interface MimeBundle {
  'text/plain': string;
  'text/html': string;
  'text/markdown'?: string;
}

/** A value that shows itself in a Deno notebook. */
export interface NotebookDisplayable {
  [JUPYTER_DISPLAY](): MimeBundle;
}

/** Rules listed in a summary's text form, most records first. */
const TEXT_RULES_SHOWN = 5;
// The report page is long and its own page: a fixed-height frame the reader can drag taller, scrolling inside.
const FRAME_HEIGHT_PX = 800;
const VERDICT_COLOURS = { pass: '#2e7d32', warn: '#ed8b00', fail: '#c62828' } as const;

/**
 * A dataset summary as a few readable lines: profile and date, rows, mean score, verdicts with shares, mean score
 * per dimension, and the rules most records broke.
 *
 * @example
 * summaryText(summary, { lang: 'en' });
 * // → 'Data quality report — citizen — 2026-11-01\nRecords: 211 · Mean score: 0.838\nVerdicts: Pass 120 (56.9%) · …'
 */
export function summaryText(summary: DatasetSummary, options: RenderOptions = {}): string {
  const view = reportView(summary, options);
  const { labels: w, lang } = view;
  const lines = [
    oneLine(`${w.title} — ${view.profile} — ${view.asOf}`),
    `${w.rows}: ${formatNumber(view.rows, lang)} · ${w.meanScore}: ${formatScore(view.meanScore, lang)}`,
    `${w.verdicts}: ${view.verdicts.map((v) => `${w.verdictNames[v.verdict]} ${formatNumber(v.count, lang)} (${formatPercent(v.count, view.rows, lang)})`).join(' · ')}`,
    `${w.dimensions}: ${view.dimensions.map((d) => `${w.dimensionNames[d.dimension]} ${formatScore(d.mean, lang)}`).join(' · ')}`,
  ];
  if (view.rules.length === 0) lines.push(w.noIssues);
  else {
    lines.push(`${w.rules}:`);
    const width = Math.max(...view.rules.slice(0, TEXT_RULES_SHOWN).map((r) => r.id.length));
    for (const r of view.rules.slice(0, TEXT_RULES_SHOWN)) {
      lines.push(oneLine(`  ${r.id.padEnd(width)}  ${formatNumber(r.records, lang).padStart(7)} ${w.records.toLowerCase()}${r.title ? ` — ${r.title}` : ''}`));
    }
    if (view.rules.length > TEXT_RULES_SHOWN) lines.push(`  … +${formatNumber(view.rules.length - TEXT_RULES_SHOWN, lang)}`);
  }
  return lines.join('\n');
}

/**
 * A summary's MIME bundle: the full HTML report in a sandboxed frame, its Markdown, and its text form. The page is
 * framed (`srcdoc`, escaped) rather than inlined because notebook front ends neither run inline scripts of
 * untrusted output nor keep a page's stylesheet to itself: framed, the report looks and behaves as it does in a
 * browser, and its CSS cannot restyle the notebook. `allow-scripts` without `allow-same-origin` lets the report's
 * own script run in an opaque origin that cannot reach the notebook.
 *
 * @example
 * Deno.jupyter.display(summaryBundle(summary, { lang: 'vi' }), { raw: true });
 */
export function summaryBundle(summary: DatasetSummary, options: RenderOptions = {}): MimeBundle {
  const lang = options.lang ?? 'vi';
  const title = `${LABELS[lang].title} — ${summary.profile} — ${summary.asOf}`;
  const frame =
    `<iframe class="ddss-report" title="${escapeHtml(title)}" sandbox="allow-scripts" srcdoc="${escapeHtml(renderHtml(summary, options))}" ` +
    `style="width:100%;height:${FRAME_HEIGHT_PX}px;border:1px solid #d0d7de;border-radius:6px;resize:vertical"></iframe>`;
  return { 'text/plain': summaryText(summary, options), 'text/html': frame, 'text/markdown': renderMarkdown(summary, options) };
}

/**
 * A record report as text: one line for the record (row, key, verdict, score), one per issue (severity, rule,
 * field and value, message, suggested fix). Values are shown as the report holds them (masked unless unmasked).
 *
 * @example
 * reportText(validateRecord(record, 'citizen', { asOf: '2026-11-01' }), 'vi');
 * // → 'Dòng 1 · Lỗi · Điểm 0,830\n  [Lỗi] id.personal.birth-year · personalId: 001099****** — Năm sinh …'
 */
export function reportText(report: RecordReport, lang: Lang = 'vi'): string {
  const w = LABELS[lang];
  const r = LABELS[lang].record;
  const head = [`${r.row} ${report.row}`, ...(report.key === undefined ? [] : [report.key]), w.verdictNames[report.verdict], `${r.score} ${formatScore(report.score, lang)}`];
  const lines = [oneLine(head.join(' · '))];
  for (const issue of report.issues) lines.push(oneLine(`  ${issueText(issue, lang)}`));
  return lines.join('\n');
}

function issueText(issue: Issue, lang: Lang): string {
  const where = issue.value === null ? issue.field : `${issue.field}: ${issue.value}`;
  return `[${LABELS[lang].severityNames[issue.severity]}] ${issue.rule} · ${where} — ${issue.message}${issue.fix === null ? '' : ` → ${issue.fix}`}`;
}

/**
 * A record report as a compact HTML table: a caption with row, key, verdict, score and the four dimension scores,
 * then one row per issue (rule, severity, field, message, value, fix). Every string is escaped; inline styles only,
 * so it never restyles the notebook around it.
 *
 * @example
 * reportHtml(report, 'en'); // → '<table class="ddss-record" data-row="17" …'
 */
export function reportHtml(report: RecordReport, lang: Lang = 'vi'): string {
  const w = LABELS[lang];
  const r = LABELS[lang].record;
  const cell = 'style="text-align:left;padding:2px 8px;border-bottom:1px solid #d0d7de;vertical-align:top"';
  const dims = DIMENSIONS.map((d) => `${escapeHtml(w.dimensionNames[d])} ${formatScore(report.dimensions[d], lang)}`).join(' · ');
  const caption =
    `<caption style="text-align:left;padding:4px 0"><strong>${escapeHtml(r.row)} ${report.row}</strong>` +
    (report.key === undefined ? '' : ` · <code>${escapeHtml(report.key)}</code>`) +
    ` · <strong style="color:${VERDICT_COLOURS[report.verdict]}">${escapeHtml(w.verdictNames[report.verdict])}</strong>` +
    ` · ${escapeHtml(r.score)} ${formatScore(report.score, lang)} · ${dims}</caption>`;
  const head = [w.rule, w.severity, w.field, r.message, r.value, r.fix].map((h) => `<th ${cell}>${escapeHtml(h)}</th>`).join('');
  const rows =
    report.issues.length === 0
      ? [`<tr><td ${cell} colspan="6">${escapeHtml(w.noIssues)}</td></tr>`]
      : report.issues.map(
          (i) =>
            `<tr data-rule="${escapeHtml(i.rule)}" data-severity="${i.severity}"><td ${cell}><code>${escapeHtml(i.rule)}</code></td>` +
            `<td ${cell}>${escapeHtml(w.severityNames[i.severity])}</td><td ${cell}><code>${escapeHtml(i.field)}</code></td>` +
            `<td ${cell}>${escapeHtml(i.message)}</td><td ${cell}>${i.value === null ? '' : `<code>${escapeHtml(i.value)}</code>`}</td>` +
            `<td ${cell}>${i.fix === null ? '' : `<code>${escapeHtml(i.fix)}</code>`}</td></tr>`,
        );
  return (
    `<table class="ddss-record" data-row="${report.row}" data-verdict="${report.verdict}" style="border-collapse:collapse;font-size:13px">` +
    `${caption}<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/**
 * A record report's MIME bundle: the compact table and the text form.
 *
 * @example
 * Deno.jupyter.display(reportBundle(report, 'vi'), { raw: true });
 */
export function reportBundle(report: RecordReport, lang: Lang = 'vi'): MimeBundle {
  return { 'text/plain': reportText(report, lang), 'text/html': reportHtml(report, lang) };
}

// The display methods of reports live on one shared prototype per language: a service gate makes millions of
// reports, and giving each its own properties would cost more than the 2 % of validateRecord allowed for it.
// Non-enumerable and inherited, they leave JSON, Object.keys, spreading and deep equality untouched.
function reportPrototypeFor(lang: Lang): object {
  return Object.create(Object.prototype, {
    [JUPYTER_DISPLAY]: { value: function display(this: RecordReport) { return reportBundle(this, lang); } },
    [NODE_INSPECT]: { value: function inspect(this: RecordReport) { return reportText(this, lang); } },
    [DENO_INSPECT]: { value: function inspect(this: RecordReport) { return reportText(this, lang); } },
  }) as object;
}

const REPORT_PROTOTYPES: Readonly<Record<Lang, object>> = Object.freeze({ vi: reportPrototypeFor('vi'), en: reportPrototypeFor('en') });

/**
 * The prototype that makes record reports display themselves in the given language: a notebook shows the table,
 * `console.log` and `util.inspect` the text. For code that builds reports by the million (hand it to core's
 * `evaluate` as `reportPrototype`, or `Object.create` it).
 *
 * @example
 * evaluate(record, profile, { row: 1, asOf, lang: 'vi', reportPrototype: reportPrototype('vi') });
 */
export function reportPrototype(lang: Lang = 'vi'): object {
  return REPORT_PROTOTYPES[lang];
}

/**
 * Makes a plain record report display itself (in place; returns it). A report that already has a prototype of its
 * own is left as it is.
 *
 * @example
 * for await (const report of reports) if (report.verdict === 'fail') Deno.jupyter.display(displayableReport(report, 'vi'));
 */
export function displayableReport<T extends RecordReport>(report: T, lang: Lang = 'vi'): T & NotebookDisplayable {
  if (Object.getPrototypeOf(report) === Object.prototype) Object.setPrototypeOf(report, REPORT_PROTOTYPES[lang]);
  return report as T & NotebookDisplayable;
}

/**
 * Makes a dataset summary display itself (in place; returns it): the HTML report in a notebook, the text form in
 * `console.log` and `util.inspect`. The methods are non-enumerable, so the summary serialises and merges as before.
 *
 * @example
 * const summary = displayableSummary(await auditRecords(records), { lang: 'vi', ruleTitle: ruleTitlesFrom(RULES) });
 * summary; // the last expression of a notebook cell: the report
 */
export function displayableSummary<T extends DatasetSummary>(summary: T, options: RenderOptions = {}): T & NotebookDisplayable {
  const hidden = (value: () => unknown): PropertyDescriptor => ({ value, configurable: true, writable: true, enumerable: false });
  Object.defineProperties(summary, {
    [JUPYTER_DISPLAY]: hidden(() => summaryBundle(summary, options)),
    [NODE_INSPECT]: hidden(() => summaryText(summary, options)),
    [DENO_INSPECT]: hidden(() => summaryText(summary, options)),
  });
  return summary as T & NotebookDisplayable;
}
