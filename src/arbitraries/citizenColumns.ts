/** The fields of a citizen record, as the `citizen` profile names them (rules/profiles/citizen.ts). */
export type CitizenField = 'recordId' | 'personalId' | 'fullName' | 'dateOfBirth' | 'sex' | 'phone' | 'address' | 'idIssueDate' | 'updatedAt';

/** Which column names a generated record uses: Vietnamese exports, English ones, or the profile's own field names. */
export type CitizenColumns = 'vietnamese' | 'english' | 'semantic';

/** Column names per style; each is an alias the `citizen` profile recognises without a `columns` mapping. */
export const CITIZEN_COLUMN_NAMES = Object.freeze({
  vietnamese: {
    recordId: 'ma_ho_so', personalId: 'so_dinh_danh', fullName: 'ho_ten', dateOfBirth: 'ngay_sinh', sex: 'gioi_tinh',
    phone: 'so_dien_thoai', address: 'dia_chi', idIssueDate: 'ngay_cap', updatedAt: 'ngay_cap_nhat',
  },
  english: {
    recordId: 'record_id', personalId: 'personal_id', fullName: 'full_name', dateOfBirth: 'date_of_birth', sex: 'sex',
    phone: 'phone', address: 'address', idIssueDate: 'id_issue_date', updatedAt: 'updated_at',
  },
  semantic: {
    recordId: 'recordId', personalId: 'personalId', fullName: 'fullName', dateOfBirth: 'dateOfBirth', sex: 'sex',
    phone: 'phone', address: 'address', idIssueDate: 'idIssueDate', updatedAt: 'updatedAt',
  },
} as const satisfies Record<CitizenColumns, Record<CitizenField, string>>);

/** A citizen record keyed by the profile's field names. */
export type CitizenRecord = Record<CitizenField, string>;

/** A citizen record with the column names of style `C`, e.g. `{ ma_ho_so, so_dinh_danh, ho_ten, … }` for `vietnamese`. */
export type CitizenRow<C extends CitizenColumns = 'vietnamese'> = {
  [F in CitizenField as (typeof CITIZEN_COLUMN_NAMES)[C][F]]: string;
};

/**
 * Renames a record's fields to the column names of a style.
 *
 * @example withColumns({ personalId: '001099012345', … }, 'vietnamese') // { so_dinh_danh: '001099012345', … }
 */
export function withColumns<C extends CitizenColumns>(record: CitizenRecord, columns: C): CitizenRow<C> {
  if (columns === 'semantic') return { ...record } as unknown as CitizenRow<C>;
  const names: Record<CitizenField, string> = CITIZEN_COLUMN_NAMES[columns];
  const out: Record<string, string> = {};
  for (const field of Object.keys(record) as CitizenField[]) out[names[field]] = record[field];
  return out as CitizenRow<C>;
}
