import { spawn } from 'node:child_process';

export interface ChildResult {
  /** Exit code; null when a signal (the timeout, say) ended the child. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program to its end and collects its output. Asynchronous on purpose: a synchronous child blocks the test
 * worker, and on a loaded machine vitest's own messages then time out ("Timeout calling onTaskUpdate") although
 * every test passed.
 *
 * @example
 * const { code, stdout } = await runChild(process.execPath, ['--version']);
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number } = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, timeout: options.timeoutMs ?? 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.input);
  });
}
