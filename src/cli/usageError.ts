/**
 * A problem that stops a command before or while it runs: printed as one line, exit code 2. `vi` is the same message
 * in Vietnamese, printed first.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly vi: string | undefined;
  constructor(message: string, options: { vi?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.vi = options.vi;
  }
}
