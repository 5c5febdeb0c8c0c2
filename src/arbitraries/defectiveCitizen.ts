import fc from 'fast-check';
import { legacyAddressArb } from './address';
import { withColumns, type CitizenColumns, type CitizenRow } from './citizenColumns';
import { citizenDraftArb, type CitizenRecordArbOptions } from './citizenRecord';
import { DATE_TEXT_FORMATS, toCivilDate } from './dates';
import { DEFECT_RECIPES, type DefectKind, type DefectRecipe } from './defects';

function recipeOf(kind: string | DefectKind): DefectRecipe {
  const name = typeof kind === 'string' ? kind : kind.kind;
  const found = DEFECT_RECIPES.find((r) => r.kind === name);
  if (!found) throw new RangeError(`unknown defect kind "${name}" (known: ${DEFECT_RECIPES.map((r) => r.kind).join(', ')})`);
  return found;
}

/**
 * Citizen records with exactly one defect of the given kind (see `DEFECT_KINDS`), which the kind's rule
 * reports when the record is validated as of `asOf`: a valid record from `citizenRecordArb`, then broken.
 *
 * @example
 * const kind = DEFECT_KINDS.find((k) => k.kind === 'id-province')!;
 * fc.assert(fc.property(defectiveCitizenArb(kind, { asOf: '2026-01-01' }), (row) =>
 *   validateRecord(row, 'citizen', { asOf: '2026-01-01' }).issues.some((i) => i.rule === kind.rule)));
 */
export function defectiveCitizenArb<C extends CitizenColumns = 'vietnamese'>(kind: string | DefectKind, options: CitizenRecordArbOptions<C>): fc.Arbitrary<CitizenRow<C>> {
  const recipe = recipeOf(kind);
  const columns = (options.columns ?? 'vietnamese') as C;
  return fc
    .tuple(citizenDraftArb(toCivilDate(options.asOf), options.dateFormats ?? DATE_TEXT_FORMATS), fc.nat(), legacyAddressArb())
    .map(([draft, pick, legacyAddress]) => withColumns(recipe.apply(draft, { pick, legacyAddress }), columns));
}
