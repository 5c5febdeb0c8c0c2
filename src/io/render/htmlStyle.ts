/**
 * The report's whole stylesheet, inlined into the page: the report opens offline, from a mail attachment or a
 * shared drive, with no font or stylesheet to fetch. System fonts carry Vietnamese diacritics on every desktop.
 */
export const REPORT_CSS = `
:root { --pass: #2e7d32; --warn: #ed8b00; --fail: #c62828; --correct: #1565c0; --complete: #6a1b9a; --clean: #00838f; --live: #ef6c00; --track: #eceff1; --ink: #1b1f23; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 960px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; padding: 0; list-style: none; }
.figures li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 130px; }
.figures .number { display: block; font-size: 1.4rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.figures .pass .number { color: var(--pass); } .figures .warn .number { color: var(--warn); } .figures .fail .number { color: var(--fail); }
.chart { width: 100%; height: auto; display: block; font-size: 13px; }
.chart text { fill: var(--ink); } .chart .value { font-variant-numeric: tabular-nums; }
.chart .track { fill: var(--track); } .chart .axis { stroke: var(--line); }
.chart-columns .fill { fill: var(--correct); }
.bar-correct .fill { fill: var(--correct); } .bar-complete .fill { fill: var(--complete); } .bar-clean .fill { fill: var(--clean); } .bar-live .fill { fill: var(--live); }
.part-pass { fill: var(--pass); } .part-warn { fill: var(--warn); } .part-fail { fill: var(--fail); }
.chart-stack { height: 28px; } /* full width, fixed height: the bar is stretched (preserveAspectRatio="none") */
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.dimension { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 12px; }
.dimension-correct { background: var(--correct); } .dimension-complete { background: var(--complete); } .dimension-clean { background: var(--clean); } .dimension-live { background: var(--live); }
.rate { width: 140px; } .rate svg { width: 120px; height: 10px; display: block; margin-top: 6px; }
.rate .track { fill: var(--track); }
h3 { font-size: 0.95rem; margin: 12px 0 6px; }
.hint, .table-tools { display: none; }
.ddss-js .hint { display: block; color: var(--muted); font-size: 13px; margin: -8px 0 8px; }
.ddss-js .table-tools { display: flex; align-items: center; gap: 10px; margin: 0 0 8px; }
.table-filter { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; width: 260px; max-width: 100%; }
.filter-count { color: var(--muted); font-size: 13px; font-variant-numeric: tabular-nums; }
th[data-sort] { padding: 0; }
button.sort { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 6px 8px; cursor: pointer; font-weight: 600; }
th.num button.sort { text-align: right; }
button.sort:focus-visible, tr.has-detail:focus-visible { outline: 2px solid var(--correct); outline-offset: -2px; }
.ddss-js th[aria-sort] button.sort::after { content: " \\2195"; color: var(--muted); font-weight: 400; }
.ddss-js th[aria-sort="ascending"] button.sort::after { content: " \\25B2"; color: var(--ink); }
.ddss-js th[aria-sort="descending"] button.sort::after { content: " \\25BC"; color: var(--ink); }
.ddss-js tr.has-detail { cursor: pointer; }
.ddss-js tr.has-detail:hover, .ddss-js tr.has-detail[aria-expanded="true"] { background: #f6f8fa; }
.ddss-js tr.has-detail > td:first-child::before { content: "\\25B8\\00A0"; color: var(--muted); }
.ddss-js tr.has-detail[aria-expanded="true"] > td:first-child::before { content: "\\25BE\\00A0"; }
tr.detail > td { background: #fbfcfd; padding: 4px 8px 12px 28px; }
.ddss-js tr.detail:not(.open) { display: none; }
.filtered-out { display: none !important; }
.detail-body p { margin: 6px 0; }
.detail-columns { display: flex; flex-wrap: wrap; gap: 24px; } .detail-columns > div { flex: 1 1 280px; }
table.mini { width: auto; min-width: 260px; font-size: 13px; }
table.mini th, table.mini td { padding: 3px 8px; }
.verdict-pass { color: var(--pass); } .verdict-warn { color: var(--warn); } .verdict-fail { color: var(--fail); }
.none { color: var(--muted); }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
@media print { main { max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } .table-tools { display: none !important; } tr.detail { display: table-row !important; } }
`;
