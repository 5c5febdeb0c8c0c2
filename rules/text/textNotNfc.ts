import { defineRule, hasValue, type Finding } from '../../src/core';
import { isNFC, toNFC } from '../../src/vn/text';
import type { NameAnalysis } from '../nameAnalysis';

const TEXT_FIELDS = ['fullName', 'address'] as const;

// Decision 72/2002/QĐ-TTg: state bodies exchange Vietnamese text in Unicode TCVN 6909:2001; precomposed (NFC) form keeps matching exact.
export const textNotNfc = defineRule({
  id: 'text.nfd',
  dimension: 'clean',
  severity: 'warning',
  weight: 0.5,
  fields: ['*'],
  title: { vi: 'Văn bản Unicode tổ hợp (NFD)', en: 'Decomposed Unicode text (NFD)' },
  messages: {
    default: {
      vi: () => 'Văn bản dùng Unicode tổ hợp (dấu tách rời); cần chuẩn dựng sẵn NFC để tìm kiếm và so khớp đúng',
      en: () => 'The text uses decomposed Unicode (separate accent marks); precomposed NFC is needed for search and matching',
    },
  },
  check(ctx) {
    let findings: Finding[] | null = null;
    for (const field of TEXT_FIELDS) {
      if (!ctx.present(field)) continue;
      const text = ctx.text(field);
      // The name's analysis knows already (a plain name needs no scan); reuse it.
      const name = field === 'fullName' ? ctx.parsed<NameAnalysis>('fullName') : undefined;
      const nfd = hasValue(name) ? name.nfd : !isNFC(text);
      if (nfd) (findings ??= []).push({ field, fix: toNFC(text) });
    }
    return findings;
  },
});
