import { defineDatasetCheck, type DatasetFinding, type MessageTemplate } from '../../src/core';
import { findingKey, groupOf, rowTableState, type RowTable } from '../../src/core/datasetTable';
import { maskPhone } from '../masks';
import { byFirstRow } from './duplicateId';
import { personKeys, phoneText } from './personKeys';
import { distinctIds, rowsText } from './rowsText';

/**
 * Default for `options.maxIdsPerPhone`. No law sets it: it is a data-quality threshold. A household often gives one
 * landline or one parent's mobile for everyone, so a few IDs per number are normal; beyond that the number is more
 * likely a placeholder, an official's or an agent's phone typed in for many people.
 */
export const DEFAULT_MAX_IDS_PER_PHONE = 3;

const state = rowTableState((hi, lo) => maskPhone(phoneText(hi, lo)));

function maxIds(options: Readonly<Record<string, unknown>>): number {
  const m = options.maxIdsPerPhone;
  return typeof m === 'number' && Number.isInteger(m) && m >= 1 ? m : DEFAULT_MAX_IDS_PER_PHONE;
}

const ID = 'dataset.shared-phone';
const SEVERITY = 'warning' as const;
const MESSAGES = {
  default: {
    vi: (p) => `Số điện thoại ${p.phone} được ghi cho ${p.ids} số định danh khác nhau (quá ${p.max}) trên ${p.count} hồ sơ (dòng ${p.rows})`,
    en: (p) => `Phone number ${p.phone} is given for ${p.ids} different personal IDs (more than ${p.max}) on ${p.count} records (rows ${p.rows})`,
  },
} satisfies Record<string, { vi: MessageTemplate; en: MessageTemplate }>;

export const sharedPhone = defineDatasetCheck<RowTable>({
  id: ID,
  dimension: 'clean',
  severity: SEVERITY,
  fields: ['phone', 'personalId'],
  options: { maxIdsPerPhone: { min: 1, integer: true } },
  title: { vi: 'Một số điện thoại dùng cho quá nhiều số định danh', en: 'One phone number shared by too many personal IDs' },
  messages: MESSAGES,
  ...state,
  observe(table, row, ctx) {
    const k = personKeys(ctx);
    // Records without a usable ID cannot be counted as distinct IDs; they are left out.
    if ((k.phoneHi !== 0 || k.phoneLo !== 0) && (k.idHi !== 0 || k.idLo !== 0)) table.add(k.phoneHi, k.phoneLo, row, k.idHi, k.idLo);
  },
  findings(table, options, view = {}) {
    const max = maxIds(options);
    const out: DatasetFinding[] = [];
    table.forEachGroup((hi, lo, group) => {
      const ids = distinctIds(group);
      if (ids <= max) return;
      const key = findingKey(table, hi, lo);
      const phone = table.digest.kind === 'none' ? (view.mask === false ? phoneText(hi, lo) : maskPhone(phoneText(hi, lo))) : table.labels.get(key) ?? '?';
      const params = { phone, ids, max, count: group.rows.length, rows: rowsText(group.rows) };
      const m = MESSAGES.default;
      out.push({ rule: ID, severity: SEVERITY, key, rows: [...group.rows], count: group.rows.length, message: { vi: m.vi(params), en: m.en(params) } });
    });
    return out.sort(byFirstRow);
  },
  issuesFor(table, _row, ctx, options) {
    const k = personKeys(ctx);
    if ((k.phoneHi === 0 && k.phoneLo === 0) || (k.idHi === 0 && k.idLo === 0)) return null;
    const group = groupOf(table, k.phoneHi, k.phoneLo);
    if (group === null) return null;
    const max = maxIds(options);
    const ids = distinctIds(group);
    if (ids <= max) return null;
    return [{ params: { phone: phoneText(k.phoneHi, k.phoneLo), ids, max, count: group.rows.length, rows: rowsText(group.rows) }, personal: { phone: 'phone' }, related: ['personalId'] }];
  },
});
