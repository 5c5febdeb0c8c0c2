/**
 * The input cannot be read at all (missing, empty, not the format it claims): the command exits 2 with this message.
 * `vi` is the same message in Vietnamese, printed first by the command line.
 */
export class InputError extends Error {
  override name = 'InputError';
  readonly vi: string | undefined;
  constructor(message: string, options: { vi?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.vi = options.vi;
  }
}
