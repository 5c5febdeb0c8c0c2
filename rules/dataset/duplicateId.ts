import { defineDatasetCheck, type DatasetFinding, type MessageTemplate, type Finding } from '../../src/core';
import { findingKey, groupOf, memoized, rowTableState, type RowGroup, type RowTable } from '../../src/core/datasetTable';
import { maskPersonalId } from '../masks';
import { idText, personKeys } from './personKeys';
import { rowsText } from './rowsText';

/** Whether the rows of one ID are different people (error) or the same person recorded twice (warning). */
type Verdict = 'different-people' | 'same-person';

const state = rowTableState((hi, lo) => maskPersonalId(idText(hi, lo)));

function verdictOf(group: RowGroup): Verdict {
  return memoized(group, judge);
}

function judge(group: RowGroup): Verdict {
  // Values: name hash, birth code; 0 is unknown and never counts as a difference (a blank is not another person).
  let name = 0;
  let dob = 0;
  let verdict: Verdict = 'same-person';
  for (let i = 0; i < group.values.length; i += 2) {
    const n = group.values[i]!;
    const d = group.values[i + 1]!;
    if ((n !== 0 && name !== 0 && n !== name) || (d !== 0 && dob !== 0 && d !== dob)) {
      verdict = 'different-people';
      break;
    }
    if (name === 0) name = n;
    if (dob === 0) dob = d;
  }
  return verdict;
}

const ID = 'dataset.duplicate-id';
const SEVERITY = 'error' as const;
const MESSAGES = {
  default: {
    vi: (p) => `Số định danh ${p.id} có trên ${p.count} hồ sơ khác họ tên hoặc ngày sinh (dòng ${p.rows}); mỗi số định danh chỉ cấp cho một người`,
    en: (p) => `Personal ID ${p.id} is on ${p.count} records with different names or dates of birth (rows ${p.rows}); an ID belongs to one person only`,
  },
  'same-person': {
    vi: (p) => `Hồ sơ trùng lặp: số định danh ${p.id} có trên ${p.count} hồ sơ của cùng một người (dòng ${p.rows})`,
    en: (p) => `Duplicate records: personal ID ${p.id} is on ${p.count} records of the same person (rows ${p.rows})`,
  },
} satisfies Record<string, { vi: MessageTemplate; en: MessageTemplate }>;

// Law on Identification 2023, art. 12: a personal ID is issued to one citizen only and never reused.
// Chosen split with dataset.near-duplicate: every group of rows under one ID is this check's (different people: error;
// the same person twice: a duplicate record, warning); near-duplicate only reports one person under several IDs.
export const duplicateId = defineDatasetCheck<RowTable>({
  id: ID,
  dimension: 'clean',
  severity: SEVERITY,
  fields: ['personalId', 'fullName', 'dateOfBirth'],
  title: { vi: 'Một số định danh cho nhiều người, hoặc hồ sơ trùng lặp', en: 'One personal ID for several people, or duplicate records' },
  messages: MESSAGES,
  ...state,
  observe(table, row, ctx) {
    const k = personKeys(ctx);
    if (k.idHi !== 0 || k.idLo !== 0) table.add(k.idHi, k.idLo, row, k.nameHash, k.dob);
  },
  findings(table, _options, view = {}) {
    const out: DatasetFinding[] = [];
    table.forEachGroup((hi, lo, group) => {
      const key = findingKey(table, hi, lo);
      const id = table.digest.kind === 'none' ? (view.mask === false ? idText(hi, lo) : maskPersonalId(idText(hi, lo))) : table.labels.get(key) ?? '?';
      const verdict = verdictOf(group);
      const message = verdict === 'same-person' ? MESSAGES['same-person'] : MESSAGES.default;
      const params = { id, count: group.rows.length, rows: rowsText(group.rows) };
      out.push({ rule: ID, severity: verdict === 'same-person' ? 'warning' : 'error', key, rows: [...group.rows], count: group.rows.length, message: { vi: message.vi(params), en: message.en(params) } });
    });
    return out.sort(byFirstRow);
  },
  issuesFor(table, _row, ctx) {
    const k = personKeys(ctx);
    if (k.idHi === 0 && k.idLo === 0) return null;
    const group = groupOf(table, k.idHi, k.idLo);
    if (group === null) return null;
    const params = { id: idText(k.idHi, k.idLo), count: group.rows.length, rows: rowsText(group.rows) };
    const finding: Finding =
      verdictOf(group) === 'same-person'
        ? { message: 'same-person', severity: 'warning', params, personal: { id: 'personalId' } }
        : { related: ['fullName', 'dateOfBirth'], params, personal: { id: 'personalId' } };
    return [finding];
  },
});

/** Findings by their first row, then key: the order a reader meets them in the file, and deterministic. */
export function byFirstRow(a: DatasetFinding, b: DatasetFinding): number {
  return a.rows[0]! - b.rows[0]! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
