import { defineRule, type Finding } from '../../src/core';
import { labelEn, labelVi } from './fieldMissing';

// Data-quality check: a person has one personal ID, one date of birth, one sex and one name; two columns of a record holding different ones cannot both be right.
export const fieldConflict = defineRule({
  id: 'field.conflict',
  dimension: 'correct',
  severity: 'error',
  fields: ['*'],
  title: { vi: 'Hai cột của một trường ghi hai giá trị khác nhau', en: 'Two columns of one field disagree' },
  messages: {
    default: {
      // Masked, two IDs of one province and birth year (001099******) or two names with the same initials read alike:
      // say so, or the auditor sees two equal values called different.
      vi: (p) => `Hai cột cùng ghi ${p.label} nhưng khác nhau: "${p.value}" (cột ${p.column}) và "${p.other}" (cột ${p.otherColumn})${p.value === p.other ? ', giống nhau khi đã che dữ liệu cá nhân nhưng khác ở phần bị che' : ''}; không biết giá trị nào đúng`,
      en: (p) => `Two columns give different ${p.labelEn} values: "${p.value}" (column ${p.column}) and "${p.other}" (column ${p.otherColumn})${p.value === p.other ? ', alike once personal data is masked but different in the hidden part' : ''}; which one is right is unknown`,
    },
  },
  check(ctx) {
    // Empty for the usual record (one column per field): the rule costs one property read there.
    const fields = ctx.multiColumnFields;
    if (fields.length === 0) return null;
    let findings: Finding[] | null = null;
    for (const field of fields) {
      // A blank, filler or over-long value is another rule's finding, and no value to compare.
      if (!ctx.present(field) || ctx.filler(field)) continue;
      const alternatives = ctx.alternatives(field);
      if (alternatives.length === 0) continue;
      const judged = { text: ctx.text(field), raw: ctx.raw(field) };
      // One finding per field: the first column, in the profile's order of preference, that disagrees.
      const other = alternatives.find((a) => ctx.sameValue(field, judged, a) === false);
      if (other === undefined) continue;
      (findings ??= []).push({
        field,
        params: { label: labelVi(field), labelEn: labelEn(field), column: ctx.column(field) ?? field, otherColumn: other.column, value: judged.text, other: other.text },
        personal: { value: field, other: field },
        fix: null,
      });
    }
    return findings;
  },
});
