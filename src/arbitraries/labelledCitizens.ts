import fc from 'fast-check';
import type { CitizenColumns, CitizenRow } from './citizenColumns';
import { citizenRecordArb } from './citizenRecord';
import type { DayInput } from './dates';
import { defectiveCitizenArb } from './defectiveCitizen';
import { DEFECT_KINDS, type DefectKind } from './defects';

/** A generated record and its label: the defect it carries, or null for a valid one. */
export interface LabelledCitizen<C extends CitizenColumns = 'vietnamese'> {
  row: CitizenRow<C>;
  defect: DefectKind | null;
}

export interface LabelledCitizensOptions<C extends CitizenColumns = 'vietnamese'> {
  /** Default 2026-11-01, so that a sample is the same on every machine and every day. */
  asOf?: DayInput;
  columns?: C;
}

/**
 * A deterministic labelled sample — `count` valid records, then `perDefect` records of every defect kind — for
 * measuring a checker's precision and recall, or as fixture data. The same arguments give the same records.
 *
 * @example
 * const sample = labelledCitizens(400, 100, 42);
 * const recall = sample.filter((s) => s.defect?.kind === 'stale')
 *   .filter((s) => validateRecord(s.row, 'citizen', { asOf: '2026-11-01' }).issues.some((i) => i.rule === 'record.stale')).length / 100;
 */
export function labelledCitizens<C extends CitizenColumns = 'vietnamese'>(count: number, perDefect: number, seed = 42, options: LabelledCitizensOptions<C> = {}): LabelledCitizen<C>[] {
  const asOf = options.asOf ?? '2026-11-01';
  const columns = (options.columns ?? 'vietnamese') as C;
  const out: LabelledCitizen<C>[] = count > 0 ? fc.sample(citizenRecordArb({ asOf, columns }), { seed, numRuns: count }).map((row) => ({ row, defect: null })) : [];
  if (perDefect <= 0) return out;
  DEFECT_KINDS.forEach((kind, i) => {
    for (const row of fc.sample(defectiveCitizenArb(kind, { asOf, columns }), { seed: seed + i + 1, numRuns: perDefect })) out.push({ row, defect: kind });
  });
  return out;
}
