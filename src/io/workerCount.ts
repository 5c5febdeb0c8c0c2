import { availableParallelism } from 'node:os';

/**
 * Below this input size an audit runs in the calling thread unless workers are asked for. Starting a worker costs
 * about 0.3 s of CPU (loading the modules, building the unit tables, compiling the hot code). On a 2-core machine
 * two workers were slower than none up to about 50,000 citizen rows (7.8 MB). Measured on generated citizen files:
 * - 2,000 rows: 1.3–1.5 s with workers, 0.8 s without;
 * - 20,000 rows: 2.5–3.2 s with workers, 2.1 s without;
 * - 50,000 rows: even;
 * - 100,000 rows: 5.8–6.3 s with workers, 6.6–8.3 s without.
 */
export const SMALL_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * How many worker threads audit an input: as many as asked (0 or 1: none) up to the cores available, or by default
 * the cores available, except for a file known to be smaller than `SMALL_INPUT_BYTES`, where workers would cost more
 * than they save. More workers than cores cannot go faster (each is busy computing) but each holds its own unit
 * tables: `--workers 1000` once reached 15 GB.
 *
 * @example workerCount(undefined, 2_000_000, 2) // 0 (a small file: audited in this thread)
 * @example workerCount(undefined, 160_000_000, 2) // 2
 * @example workerCount(3, 2_000_000, 4) // 3 (asked for)
 * @example workerCount(1000, 2_000_000, 4) // 4 (no more than the cores)
 * @throws RangeError when `asked` is not a whole number ≥ 0.
 */
export function workerCount(asked: number | undefined, inputBytes: number | null, cores: number = availableParallelism()): number {
  if (asked !== undefined) {
    if (typeof asked !== 'number' || !Number.isInteger(asked) || asked < 0) throw new RangeError(`workers must be a whole number ≥ 0, got ${JSON.stringify(asked)}`);
    return asked <= 1 ? asked : Math.min(asked, Math.max(cores, 2));
  }
  if (inputBytes !== null && inputBytes < SMALL_INPUT_BYTES) return 0;
  return cores;
}
