import { defineDatasetCheck, type DatasetFinding, type MessageTemplate } from '../../src/core';
import { findingKey, groupOf, rowTableState, type RowTable } from '../../src/core/datasetTable';
import { byFirstRow } from './duplicateId';
import { personKey, personKeys } from './personKeys';
import { distinctIds, rowsText } from './rowsText';

// No label: the key is a hash of a name and a birth date, which a finding must not print even masked.
const state = rowTableState(() => undefined);

const ID = 'dataset.near-duplicate';
const SEVERITY = 'warning' as const;
const MESSAGES = {
  default: {
    vi: (p) => `Có thể là một người được đăng ký nhiều lần: ${p.count} hồ sơ cùng họ tên và ngày sinh nhưng có ${p.ids} số định danh khác nhau (dòng ${p.rows})`,
    en: (p) => `Possibly one person registered more than once: ${p.count} records share a name and date of birth under ${p.ids} different personal IDs (rows ${p.rows})`,
  },
} satisfies Record<string, { vi: MessageTemplate; en: MessageTemplate }>;

// Law on Identification 2023, art. 12: one citizen, one personal ID. The same folded name and date of birth under
// several IDs may be one person registered twice; namesakes born the same day exist, hence a warning, not an error.
// One ID under several names or birth dates is dataset.duplicate-id's finding, not this one's: no group is reported twice.
export const nearDuplicate = defineDatasetCheck<RowTable>({
  id: ID,
  dimension: 'clean',
  severity: SEVERITY,
  fields: ['personalId', 'fullName', 'dateOfBirth'],
  title: { vi: 'Có thể một người có nhiều số định danh', en: 'Possibly one person under several personal IDs' },
  messages: MESSAGES,
  ...state,
  observe(table, row, ctx) {
    const k = personKeys(ctx);
    if (k.idHi === 0 && k.idLo === 0) return;
    const key = personKey(k);
    if (key !== null) table.add(key[0], key[1], row, k.idHi, k.idLo);
  },
  findings(table) {
    const out: DatasetFinding[] = [];
    table.forEachGroup((hi, lo, group) => {
      const ids = distinctIds(group);
      if (ids < 2) return;
      const params = { ids, count: group.rows.length, rows: rowsText(group.rows) };
      const m = MESSAGES.default;
      out.push({ rule: ID, severity: SEVERITY, key: findingKey(table, hi, lo), rows: [...group.rows], count: group.rows.length, message: { vi: m.vi(params), en: m.en(params) } });
    });
    return out.sort(byFirstRow);
  },
  issuesFor(table, _row, ctx) {
    const k = personKeys(ctx);
    if (k.idHi === 0 && k.idLo === 0) return null;
    const key = personKey(k);
    if (key === null) return null;
    const group = groupOf(table, key[0], key[1]);
    if (group === null) return null;
    const ids = distinctIds(group);
    if (ids < 2) return null;
    return [{ related: ['fullName', 'dateOfBirth'], params: { ids, count: group.rows.length, rows: rowsText(group.rows) } }];
  },
});
