/** Prints the Markdown table of rules for the README: `npx tsx scripts/rules-table.ts`. A test keeps README in step. */
import { DATASET_CHECKS, RULES } from '../rules';

export function rulesTable(): string {
  const rows = [...RULES, ...DATASET_CHECKS].map((r) => `| \`${r.id}\` | ${r.dimension} | ${r.severity} | ${r.title.vi} | ${r.title.en} |`);
  return ['| rule | dimension | severity | Tiếng Việt | English |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

if (process.argv[1]?.endsWith('rules-table.ts')) console.log(rulesTable());
