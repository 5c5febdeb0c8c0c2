#!/usr/bin/env bash
# Packaging checks (run by CI after the build): publint and are-the-types-wrong on the packed tarball, then the
# tarball installed into a fresh project, every subpath imported from ESM and required from CommonJS.
set -euo pipefail
cd "$(dirname "$0")/.."

npx publint
# ddss needs Node >= 20, which reads "exports": the pre-exports node10 resolution does not apply.
npx attw --pack . --profile node16

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
node --input-type=module -e "import { validateRecord } from 'ddss'; const r = validateRecord({ so_cccd: '001099012345' }, 'citizen', { asOf: '2026-11-01' }); if (r.row !== 1) throw new Error('no report'); console.log('validateRecord ok')"
npx ddss audit "$OLDPWD/examples/data/citizens-sample.csv" --as-of 2026-11-01 --fail-on never --quiet --summary summary.json --workers 2
node -e "const s = require('./summary.json'); if (s.rows !== 211) throw new Error('bin: wrong summary'); console.log('bin ok, workers ok')"
