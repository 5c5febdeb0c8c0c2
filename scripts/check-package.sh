#!/usr/bin/env bash
# Packaging checks (run by CI after the build): publint and are-the-types-wrong on the packed tarball, then the
# tarball installed into a fresh project, every subpath imported from ESM and required from CommonJS.
set -euo pipefail
cd "$(dirname "$0")/.."

npx publint
# Every resolution, node10 included: TypeScript's default for `module: commonjs` still resolves the pre-exports way,
# and finds the subpaths' types through "typesVersions".
npx attw --pack .

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund "./$tarball" fast-check >/dev/null

subpaths='ddss ddss/core ddss/text ddss/id ddss/phone ddss/address ddss/dates ddss/rules ddss/zod ddss/arbitraries'
for p in $subpaths; do
  node --input-type=module -e "const m = await import('$p'); if (Object.keys(m).length === 0) throw new Error('$p exports nothing'); console.log('esm ok  $p', Object.keys(m).length)"
  node -e "const m = require('$p'); if (Object.keys(m).length === 0) throw new Error('$p exports nothing'); console.log('cjs ok  $p', Object.keys(m).length)"
done
# exceljs is loaded only when an XLSX file is read: a service that validates records must not pay its load time.
node --input-type=module -e "import 'ddss'; import { createRequire } from 'node:module'; const n = Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('exceljs')).length; if (n > 0) throw new Error('importing ddss loaded exceljs'); console.log('esm ok  exceljs not loaded')"
node -e "require('ddss'); if (Object.keys(require.cache).some((k) => k.includes('exceljs'))) throw new Error('requiring ddss loaded exceljs'); console.log('cjs ok  exceljs not loaded')"
node --input-type=module -e "import { validateRecord } from 'ddss'; const r = validateRecord({ so_cccd: '001099012345' }, 'citizen', { asOf: '2026-11-01' }); if (r.row !== 1) throw new Error('no report'); console.log('validateRecord ok')"
npx ddss audit "$OLDPWD/examples/data/citizens-sample.csv" --as-of 2026-11-01 --fail-on never --quiet --summary summary.json --workers 2
node -e "const s = require('./summary.json'); if (s.rows !== 211) throw new Error('bin: wrong summary'); console.log('bin ok, workers ok')"
# An XLSX file through the installed package, from ESM (the bin) and from CommonJS: exceljs loads on demand in both.
node -e "
const ExcelJS = require('exceljs');
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('Dân cư');
ws.addRow(['so_cccd', 'ho_ten', 'ngay_sinh', 'gioi_tinh']);
ws.addRow(['001099012345', 'Nguyễn Văn An', '15/03/1999', 'Nam']);
wb.xlsx.writeFile('people.xlsx').then(() => console.log('xlsx written'));
"
npx ddss audit people.xlsx --as-of 2026-11-01 --fail-on never --quiet --summary xlsx-summary.json
node -e "if (require('./xlsx-summary.json').rows !== 1) throw new Error('bin: wrong xlsx summary'); console.log('esm ok  xlsx')"
node -e "require('ddss').auditFile('people.xlsx', { asOf: '2026-11-01', workers: 0 }).then((r) => { if (r.rows !== 1) throw new Error('cjs: wrong xlsx summary'); console.log('cjs ok  xlsx'); })"
