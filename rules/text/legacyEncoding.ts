import { defineRule, hasValue, type Finding } from '../../src/core';
import { repairLegacyText } from '../../src/vn/text';
import type { NameAnalysis } from '../nameAnalysis';

const TEXT_FIELDS = ['fullName', 'address'] as const;
const ENCODING_NAMES = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows' } as const;

// Decision 72/2002/QĐ-TTg: state bodies use Unicode (TCVN 6909:2001); TCVN3 and VNI text is unreadable to other systems.
export const legacyEncoding = defineRule({
  id: 'text.legacy-encoding',
  dimension: 'clean',
  severity: 'warning',
  fields: ['*'],
  title: { vi: 'Văn bản mã cũ TCVN3/VNI', en: 'Legacy TCVN3/VNI-encoded text' },
  messages: {
    default: {
      vi: (p) => `Văn bản gõ bằng bảng mã ${p.encoding}, cần chuyển sang Unicode`,
      en: (p) => `The text is in the legacy ${p.encoding} encoding and needs converting to Unicode`,
    },
  },
  check(ctx) {
    let findings: Finding[] | null = null;
    for (const field of TEXT_FIELDS) {
      if (!ctx.present(field)) continue;
      // The name's analysis has already tried the repair; reuse it.
      const name = field === 'fullName' ? ctx.parsed<NameAnalysis>('fullName') : undefined;
      const repaired = hasValue(name) ? name.legacy : repairLegacyText(ctx.text(field));
      if (repaired !== null) (findings ??= []).push({ field, fix: repaired.text, params: { encoding: ENCODING_NAMES[repaired.encoding] } });
    }
    return findings;
  },
});
