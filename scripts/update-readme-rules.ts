/** Rewrites the rules table in README.md from the catalogue: `npx tsx scripts/update-readme-rules.ts`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesTable } from './rules-table';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const start = readme.indexOf('| rule | dimension |');
const end = readme.indexOf('\n\n', start);
if (start < 0 || end < 0) throw new Error('README has no rules table');
writeFileSync(path, readme.slice(0, start) + rulesTable() + readme.slice(end));
console.log('README rules table updated');
