import { Bench } from 'tinybench';

/** One measured contender: the median time per single call, over batches of inputs. */
export interface Measurement {
  name: string;
  medianNsPerOp: number;
  samples: number;
}

let sink: unknown;

/**
 * Times each contender on the same inputs in one process, so ratios are fair on a noisy machine.
 * Each tinybench iteration runs a whole batch (one call per input); the per-call figure is the
 * batch median divided by the batch size, which keeps timer resolution out of sub-microsecond calls.
 */
export async function compare<T>(
  inputs: readonly T[],
  contenders: Record<string, (input: T) => unknown>,
  options: { timeMs?: number } = {},
): Promise<Measurement[]> {
  const bench = new Bench({ time: options.timeMs ?? 1500, warmupTime: 300 });
  for (const [name, fn] of Object.entries(contenders)) {
    bench.add(name, () => {
      for (let i = 0; i < inputs.length; i++) sink = fn(inputs[i] as T);
    });
  }
  await bench.run();
  void sink;
  return bench.tasks.map((task) => {
    const result = task.result as { latency?: { p50?: number; samplesCount?: number; samples?: number[] } } | undefined;
    const p50Ms = result?.latency?.p50 ?? Number.NaN;
    return {
      name: task.name,
      medianNsPerOp: (p50Ms * 1e6) / inputs.length,
      samples: result?.latency?.samplesCount ?? result?.latency?.samples?.length ?? 0,
    };
  });
}

/** Prints a small table: name, median per call, and the ratio to the named reference contender. */
export function report(title: string, results: Measurement[], reference: string): void {
  const ref = results.find((r) => r.name === reference);
  console.log(`\n## ${title}`);
  for (const r of results) {
    const per = r.medianNsPerOp >= 1000 ? `${(r.medianNsPerOp / 1000).toFixed(2)} µs` : `${r.medianNsPerOp.toFixed(0)} ns`;
    const ratio = ref && r !== ref ? `  (${(ref.medianNsPerOp / r.medianNsPerOp).toFixed(1)}× vs ${reference})` : '';
    console.log(`  ${r.name.padEnd(44)} ${per.padStart(12)} per call, median${ratio}`);
  }
}
