/**
 * The run was stopped by a signal (Ctrl-C, a pipeline's kill): the audit cancelled itself and left no output behind.
 * `exitCode` is the shell's convention, 128 + the signal's number.
 */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor(
    readonly signal: 'SIGINT' | 'SIGTERM',
    readonly exitCode: number = signal === 'SIGINT' ? 130 : 143,
  ) {
    super(`interrupted (${signal}): stopped, no output written`);
    this.vi = `đã dừng theo yêu cầu (${signal}): không ghi tệp kết quả nào`;
  }
  /** The same message in Vietnamese, printed first. */
  readonly vi: string;
}

/**
 * Runs `work` with a signal that Ctrl-C (SIGINT) or SIGTERM aborts, with an `Interrupted` reason, instead of killing
 * the process: an audit then stops its workers and deletes the outputs it had begun. The handlers are removed after.
 */
export async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInt = () => controller.abort(new Interrupted('SIGINT'));
  const onTerm = () => controller.abort(new Interrupted('SIGTERM'));
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}
