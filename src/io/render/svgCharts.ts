import { escapeHtml } from './htmlEscape';

/** `data-` attributes carrying a chart element's raw numbers, for the sorting and filtering a later version adds. */
export type DataAttributes = Readonly<Record<string, string | number>>;

/**
 * Renders ` data-name="value"` pairs; names are the renderer's own (camelCase becomes kebab-case), values escaped.
 *
 * @example
 * dataAttributes({ dimension: 'correct', mean: 0.91 }) // → ' data-dimension="correct" data-mean="0.91"'
 */
export function dataAttributes(data: DataAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(data)) {
    out += ` data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escapeHtml(String(value))}"`;
  }
  return out;
}

// SVG coordinates rounded to 1/100 px: shorter output, and the same figure on every platform.
const px = (x: number) => String(Math.round(x * 100) / 100);
const clampShare = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export interface BarItem {
  /** A CSS class suffix naming the series (e.g. `correct`, `pass`), from the renderer, not from data. */
  series: string;
  label: string;
  /** Bar length as a share of the full width, 0..1. */
  share: number;
  valueText: string;
  data: DataAttributes;
}

/**
 * A horizontal bar per item: label, bar over a track, value. Scales with its container (viewBox).
 *
 * @example
 * horizontalBarChart('Score by dimension', [{ series: 'correct', label: 'Correct', share: 0.9, valueText: '0.900', data: { mean: 0.9 } }]);
 * // → '<svg class="chart chart-bars" viewBox="0 0 560 36" role="img" …'
 */
export function horizontalBarChart(title: string, items: readonly BarItem[]): string {
  const row = 30;
  const labelWidth = 150;
  const barWidth = 330;
  const height = items.length * row + 6;
  const bars = items.map((item, i) => {
    const y = i * row + 6;
    const width = clampShare(item.share) * barWidth;
    return (
      `<g class="bar bar-${item.series}"${dataAttributes(item.data)}>` +
      `<text class="label" x="0" y="${px(y + 15)}">${escapeHtml(item.label)}</text>` +
      `<rect class="track" x="${labelWidth}" y="${y}" width="${barWidth}" height="20" rx="3"/>` +
      `<rect class="fill" x="${labelWidth}" y="${y}" width="${px(width)}" height="20" rx="3"/>` +
      `<text class="value" x="${labelWidth + barWidth + 10}" y="${px(y + 15)}">${escapeHtml(item.valueText)}</text>` +
      `</g>`
    );
  });
  return `<svg class="chart chart-bars" viewBox="0 0 560 ${height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${bars.join('')}</svg>`;
}

export interface ColumnItem {
  label: string;
  /** Column height as a share of the tallest, 0..1. */
  share: number;
  valueText: string;
  data: DataAttributes;
}

/**
 * Vertical columns side by side (a histogram): value above each column, label below.
 *
 * @example
 * columnChart('Score distribution', [{ label: '0.0', share: 1, valueText: '3', data: { count: 3 } }]);
 * // → '<svg class="chart chart-columns" viewBox="0 0 560 230" role="img" …'
 */
export function columnChart(title: string, items: readonly ColumnItem[]): string {
  const plotTop = 20;
  const plotBottom = 200;
  const left = 10;
  const slot = (560 - 2 * left) / Math.max(1, items.length);
  const columns = items.map((item, i) => {
    const height = clampShare(item.share) * (plotBottom - plotTop);
    const x = left + i * slot;
    const middle = x + slot / 2;
    return (
      `<g class="column"${dataAttributes(item.data)}>` +
      `<rect class="fill" x="${px(x + 3)}" y="${px(plotBottom - height)}" width="${px(slot - 6)}" height="${px(height)}" rx="2"/>` +
      `<text class="value" x="${px(middle)}" y="${px(plotBottom - height - 5)}" text-anchor="middle">${escapeHtml(item.valueText)}</text>` +
      `<text class="label" x="${px(middle)}" y="${plotBottom + 20}" text-anchor="middle">${escapeHtml(item.label)}</text>` +
      `</g>`
    );
  });
  return (
    `<svg class="chart chart-columns" viewBox="0 0 560 230" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>` +
    `<line class="axis" x1="${left}" y1="${plotBottom}" x2="${560 - left}" y2="${plotBottom}"/>${columns.join('')}</svg>`
  );
}

/**
 * One bar split into parts (verdict shares), each part titled for a hover tooltip.
 *
 * @example
 * stackedBar('Verdicts', [{ series: 'pass', label: 'Pass 80%', share: 0.8, valueText: '8', data: { count: 8 } }]);
 * // → '<svg class="chart chart-stack" viewBox="0 0 560 28" preserveAspectRatio="none" role="img" …'
 */
export function stackedBar(title: string, parts: readonly BarItem[]): string {
  let x = 0;
  const rects = parts.map((part) => {
    const width = clampShare(part.share) * 560;
    const rect = `<rect class="part part-${part.series}"${dataAttributes(part.data)} x="${px(x)}" y="0" width="${px(width)}" height="28"><title>${escapeHtml(part.label)}</title></rect>`;
    x += width;
    return rect;
  });
  return `<svg class="chart chart-stack" viewBox="0 0 560 28" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title><rect class="track" x="0" y="0" width="560" height="28"/>${rects.join('')}</svg>`;
}

/**
 * A small bar for a table cell (a fill rate, a mean score), decorative: the cell beside it carries the number.
 * `series` picks the colour (`bar-<series>`), as in the charts.
 *
 * @example
 * inlineBar(0.75, 'clean') // → '<svg class="inline-bar bar-clean" viewBox="0 0 120 10" aria-hidden="true">…<rect class="fill" width="90" …'
 */
export function inlineBar(share: number, series: string): string {
  return `<svg class="inline-bar bar-${series}" viewBox="0 0 120 10" aria-hidden="true"><rect class="track" width="120" height="10" rx="2"/><rect class="fill" width="${px(clampShare(share) * 120)}" height="10" rx="2"/></svg>`;
}
