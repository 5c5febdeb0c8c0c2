/**
 * `npm run bench`: every performance claim, measured beside its peer in the same process.
 * Medians per call; ratios are what to quote (these machines are noisy, absolute figures drift).
 */
import { benchValidateRecord } from './validateRecord';

async function main(): Promise<void> {
  const only = process.argv[2];
  const suites: Record<string, () => Promise<unknown>> = {
    validateRecord: benchValidateRecord,
  };
  for (const name of ['phone', 'address', 'text', 'csvParsers', 'auditFile']) {
    try {
      const mod = (await import(`./${name}.ts`)) as Record<string, () => Promise<unknown>>;
      const fn = Object.entries(mod).find(([k, v]) => k.startsWith('bench') && typeof v === 'function');
      if (fn) suites[name] = fn[1];
    } catch {
      // A suite whose module is absent is simply not run.
    }
  }
  console.log(`ddss benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
  for (const [name, run] of Object.entries(suites)) {
    if (only && only !== name) continue;
    await run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
