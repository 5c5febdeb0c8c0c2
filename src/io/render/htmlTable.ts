import { escapeHtml } from './htmlEscape';

/** A column header: its label, how the page's script sorts by it, and whether it holds numbers. */
export interface HeadCell {
  label: string;
  /**
   * `num:<name>` sorts by the rows' `data-<name>` attribute as a number (raw, not the formatted text);
   * `text` sorts by the cell's text; null leaves the column unsortable (a bar, say).
   */
  sort: `num:${string}` | 'text' | null;
  numeric?: boolean;
  /** The order the rows are rendered in, when it is this column's (said with `aria-sort`, script or not). */
  sorted?: 'ascending' | 'descending';
}

/** The words a table's filter box needs. */
export interface FilterLabels {
  filter: string;
  filterPlaceholder: string;
}

/**
 * A table the page's script can sort (click a header) and filter (the search box above it, hidden until the script
 * runs, since without it the box would do nothing). `rows` are rendered `<tr>`s, each optionally followed by its
 * `detailRow`. Sorting reads `data-sort` on the header cells: see `HeadCell.sort`.
 *
 * @example
 * sortableTable('fields', [{ label: 'Trường', sort: 'text' }], ['<tr data-filled="3"><td>phone</td></tr>'], LABELS.vi);
 * // → '<div class="table-tools"><input type="search" class="table-filter" aria-controls="fields-table" …'
 */
export function sortableTable(name: string, head: readonly HeadCell[], rows: readonly string[], labels: FilterLabels): string {
  const id = `${name}-table`;
  const cells = head.map((h) => {
    const cls = h.numeric ? ' class="num"' : '';
    if (h.sort === null) return `<th${cls}>${escapeHtml(h.label)}</th>`;
    const [kind, key] = h.sort === 'text' ? ['text', ''] : ['num', h.sort.slice(4)];
    const keyAttribute = key ? ` data-key="${escapeHtml(key)}"` : '';
    const sorted = h.sorted ? ` aria-sort="${h.sorted}"` : '';
    return `<th${cls} data-sort="${kind}"${keyAttribute}${sorted}><button type="button" class="sort">${escapeHtml(h.label)}</button></th>`;
  });
  return [
    `<div class="table-tools"><input type="search" class="table-filter" aria-controls="${id}" aria-label="${escapeHtml(labels.filter)}" placeholder="${escapeHtml(labels.filterPlaceholder)}" autocomplete="off"><output class="filter-count" aria-live="polite"></output></div>`,
    `<table class="${name}" id="${id}">`,
    `<thead><tr>${cells.join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

/**
 * The drill-down row under a table row: rendered by the server, so its numbers are in the page whether or not the
 * script runs; the script only hides it until its row is opened. `id` ties it to its row (`data-detail`).
 *
 * @example
 * detailRow('rules-detail-0', 8, '<p>…</p>') // → '<tr class="detail" id="rules-detail-0"><td colspan="8"><div class="detail-body"><p>…</p></div></td></tr>'
 */
export function detailRow(id: string, columns: number, body: string): string {
  return `<tr class="detail" id="${escapeHtml(id)}"><td colspan="${columns}"><div class="detail-body">${body}</div></td></tr>`;
}

/**
 * A small, unsortable table inside a drill-down; header labels are text, cells are HTML the caller escaped.
 *
 * @example
 * miniTable(['Tỉnh, thành phố', 'Bản ghi'], [false, true], [['Tỉnh Lào Cai', '4']]);
 * // → '<table class="mini"><thead><tr><th>Tỉnh, thành phố</th><th class="num">Bản ghi</th></tr></thead><tbody><tr><td>Tỉnh Lào Cai</td><td class="num">4</td></tr></tbody></table>'
 */
export function miniTable(head: readonly string[], numeric: readonly boolean[], rows: readonly (readonly string[])[]): string {
  const cell = (tag: 'th' | 'td', i: number, html: string) => `<${tag}${numeric[i] ? ' class="num"' : ''}>${html}</${tag}>`;
  return (
    `<table class="mini"><thead><tr>${head.map((h, i) => cell('th', i, escapeHtml(h))).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => cell('td', i, c)).join('')}</tr>`).join('')}</tbody></table>`
  );
}
