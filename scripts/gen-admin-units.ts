/**
 * Regenerates src/vn/address/data/units.generated.ts from data/admin-units/.
 * Run: npx tsx scripts/gen-admin-units.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdminUnitsModule } from './address-tables';

async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const text = buildAdminUnitsModule(join(root, 'data', 'admin-units'));
  const out = join(root, 'src', 'vn', 'address', 'data', 'units.generated.ts');
  writeFileSync(out, text);
  console.log(`wrote ${out} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
