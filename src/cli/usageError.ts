/** A problem that stops a command before or while it runs: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
