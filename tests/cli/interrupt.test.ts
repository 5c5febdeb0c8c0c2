import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const SAMPLE = readFileSync(join(ROOT, 'examples/data/citizens-sample.csv'), 'utf8');
// More than the 64 KiB the format and encoding are judged on, so that the audit starts while input keeps coming.
const ROWS = SAMPLE.split('\n').slice(1).join('\n');
const INPUT = SAMPLE + ROWS.repeat(3);

describe('ddss audit stopped by a signal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: exits %i with one line, and leaves no output or temporary file', async (signal, exitCode) => {
    const dir = mkdtempSync(join(tmpdir(), 'ddss-sig-'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'audit', '-', '--as-of', '2026-11-01', '--records', join(dir, 'r.ndjson'), '--quiet'], { cwd: ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const ended = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Standard input stays open: the audit is under way, waiting for more rows, once its output has begun.
    child.stdin.write(INPUT);
    for (let tries = 0; readdirSync(dir).length === 0 && tries < 600; tries++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
    child.kill(signal);
    expect(await ended).toBe(exitCode);
    expect(stderr.trim()).toBe(`ddss: đã dừng theo yêu cầu (${signal}): không ghi tệp kết quả nào — interrupted (${signal}): stopped, no output written`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
