import cliProgress from 'cli-progress';
import type { AuditProgress } from '../io/auditFile';

/**
 * A progress bar on standard error with rows/s and ETA (cli-progress), only on a terminal: pipelines and `--quiet`
 * get none. The ETA follows bytes read when the input is a file of known size, so it holds for any row length.
 */
export function createProgressBar(stream: NodeJS.WriteStream, lang: 'vi' | 'en'): { update(p: AuditProgress): void; stop(): void } | null {
  if (!stream.isTTY) return null;
  let started = Date.now();
  let phase: AuditProgress['phase'] | null = null;
  const label = lang === 'vi' ? 'bản ghi' : 'rows';
  const phaseName = { scan: lang === 'vi' ? 'dò trùng lặp' : 'scanning', audit: lang === 'vi' ? 'kiểm tra' : 'auditing' } as const;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{phase} {bar} {percentage}% | {rows} ${label} | {speed} ${label}/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let startedBar = false;
  return {
    update(p) {
      if (p.phase !== phase) {
        // A file with dataset checks is read twice: each pass gets its own bar, speed and ETA.
        if (startedBar) bar.stop();
        startedBar = false;
        phase = p.phase;
        started = Date.now();
      }
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const payload = { phase: phaseName[p.phase], rows: p.rows, speed: Math.round(p.rows / seconds) };
      const total = p.totalBytes ?? 0;
      if (!startedBar) {
        bar.start(total > 0 ? total : 1, 0, payload);
        startedBar = true;
      }
      bar.update(total > 0 ? Math.min(p.bytes, total) : 0, payload);
    },
    stop() {
      if (startedBar) bar.stop();
    },
  };
}
