import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChild } from '../support/runChild';

// `ddss audit` with an output it cannot write: exit 2 and one line naming the path as the user typed it, before
// the audit runs (never "unexpected failure", never the temporary file's name).

const ROOT = new URL('../..', import.meta.url).pathname;
const SAMPLE = join(ROOT, 'examples/data/citizens-sample.csv');
const dir = mkdtempSync(join(tmpdir(), 'ddss-cli-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const aFile = join(dir, 'a-file.txt');
writeFileSync(aFile, 'not a folder');

function ddss(args: string[]) {
  return runChild(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT });
}

describe('ddss audit with an output it cannot write', () => {
  const nowhere = join(dir, 'no-such-folder');
  it.each([
    ['--summary', 'a missing folder', join(nowhere, 's.json'), 'its folder does not exist', 'thư mục chứa nó không tồn tại'],
    ['--records', 'a missing folder', join(nowhere, 'r.ndjson'), 'its folder does not exist', 'thư mục chứa nó không tồn tại'],
    ['--cleaned', 'a missing folder', join(nowhere, 'c.csv'), 'its folder does not exist', 'thư mục chứa nó không tồn tại'],
    ['--html', 'a missing folder', join(nowhere, 'r.html'), 'its folder does not exist', 'thư mục chứa nó không tồn tại'],
    ['--markdown', 'a missing folder', join(nowhere, 'r.md'), 'its folder does not exist', 'thư mục chứa nó không tồn tại'],
    ['--summary', 'a path through a file', join(aFile, 's.json'), 'part of its folder path is a file, not a folder', 'một phần đường dẫn là tệp, không phải thư mục'],
    ['--records', 'a folder', dir, 'it is a folder', 'đó là một thư mục'],
  ])('%s into %s: exit 2, one line naming the path, in Vietnamese then English', async (option, _, path, reason, reasonVi) => {
    const r = await ddss(['audit', SAMPLE, '--as-of', '2026-11-01', '--workers', '0', option, path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ddss: không ghi được tệp kết quả "${path}": ${reasonVi} — cannot write output file "${path}": ${reason}\n`);
    expect(r.stdout).toBe(''); // stopped before the audit: no summary printed
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
