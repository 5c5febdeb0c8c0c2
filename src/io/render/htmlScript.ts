import { createHash } from 'node:crypto';

/**
 * The HTML report's only script, inlined into the page: it sorts tables (header buttons, by the rows' raw `data-`
 * numbers), filters them (the search box above each, ignoring case and Vietnamese diacritics), and opens the
 * drill-down row under a rule or province row (click, Enter or Space). Everything it shows is already in the page;
 * without it, drill-down rows simply stay visible. Plain ES2017, no library, ASCII only (its hash is over these
 * exact characters). Kept as raw text: `\u0300` below is for the browser's regular expression, not for TypeScript.
 */
export const REPORT_SCRIPT = String.raw`(function () {
  'use strict';
  var root = document.querySelector('main.ddss-report');
  if (!root) return;
  var lang = document.documentElement.lang || 'vi';
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  // "ha noi" finds "Ha Noi" with its marks, "dak lak" finds "Dak Lak" with its d-bar: people type without them.
  function fold(text) {
    return String(text).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u0111/g, 'd');
  }

  // A table row and the drill-down row under it move and hide together.
  function entries(table) {
    var list = [];
    each(table.tBodies[0].rows, function (row) {
      if (row.classList.contains('detail')) {
        if (list.length > 0) list[list.length - 1].detail = row;
      } else list.push({ row: row, detail: null, index: list.length, value: null });
    });
    return list;
  }

  function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function sortTable(table, th, column) {
    var numeric = th.getAttribute('data-sort') === 'num';
    var key = 'data-' + th.getAttribute('data-key');
    var current = th.getAttribute('aria-sort');
    // Numbers start with the largest, text from A; a second click reverses.
    var ascending = current === 'ascending' ? false : current === 'descending' ? true : !numeric;
    var list = entries(table);
    each(list, function (e) {
      if (numeric) {
        var v = parseFloat(e.row.getAttribute(key));
        e.value = isNaN(v) ? -Infinity : v;
      } else e.value = e.row.cells[column] ? e.row.cells[column].textContent.trim() : '';
    });
    list.sort(function (a, b) {
      var c = numeric ? compare(a.value, b.value) : a.value.localeCompare(b.value, lang);
      return (ascending ? c : -c) || a.index - b.index;
    });
    var body = table.tBodies[0];
    each(list, function (e) {
      body.appendChild(e.row);
      if (e.detail) body.appendChild(e.detail);
    });
    each(table.tHead.rows[0].cells, function (cell) {
      if (cell.hasAttribute('data-sort')) cell.setAttribute('aria-sort', 'none');
    });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  function filterTable(table, query, counter) {
    var q = fold(query.trim());
    var list = entries(table);
    var shown = 0;
    each(list, function (e) {
      var hit = q === '' || fold(e.row.textContent).indexOf(q) !== -1;
      e.row.classList.toggle('filtered-out', !hit);
      if (e.detail) e.detail.classList.toggle('filtered-out', !hit);
      if (hit) shown += 1;
    });
    if (counter) counter.textContent = q === '' ? '' : shown + ' / ' + list.length;
  }

  function setOpen(row, open) {
    var detail = document.getElementById(row.getAttribute('aria-controls'));
    row.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (detail) detail.classList.toggle('open', open);
  }

  root.classList.add('ddss-js');
  each(root.querySelectorAll('table[id$="-table"]'), function (table) {
    if (!table.tHead || table.tBodies.length === 0) return;
    each(table.tHead.rows[0].cells, function (th, column) {
      var button = th.querySelector('button.sort');
      if (!th.hasAttribute('data-sort') || !button) return;
      if (!th.hasAttribute('aria-sort')) th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', function () { sortTable(table, th, column); });
    });
    each(table.tBodies[0].rows, function (row) {
      var id = row.getAttribute('data-detail');
      if (!id) return;
      row.setAttribute('tabindex', '0');
      row.setAttribute('aria-controls', id);
      setOpen(row, false);
      row.addEventListener('click', function () { setOpen(row, row.getAttribute('aria-expanded') !== 'true'); });
      row.addEventListener('keydown', function (event) {
        if (event.target !== row || (event.key !== 'Enter' && event.key !== ' ')) return;
        event.preventDefault();
        setOpen(row, row.getAttribute('aria-expanded') !== 'true');
      });
    });
  });
  each(root.querySelectorAll('input.table-filter'), function (input) {
    var table = document.getElementById(input.getAttribute('aria-controls'));
    if (!table) return;
    var counter = input.nextElementSibling;
    input.addEventListener('input', function () { filterTable(table, input.value, counter); });
  });
})();`;

/**
 * The script's Content-Security-Policy source (`'sha256-…'`): the page runs this script and no other, whatever
 * a hostile column name might try to inject. Computed once, over the exact text the page inlines.
 *
 * @example
 * `script-src ${REPORT_SCRIPT_HASH}` // → "script-src 'sha256-…='"
 */
export const REPORT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(REPORT_SCRIPT, 'utf8').digest('base64')}'`;
