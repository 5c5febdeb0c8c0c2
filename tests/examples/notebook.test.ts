import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFile } from '../../src';
import { formatNumber } from '../../src/io/render/numberFormat';
import { runChild } from '../support/runChild';

/**
 * Executes examples/audit.ipynb the way an auditor's Jupyter would: Deno's kernel (the npm `deno` package in
 * node_modules) importing the built package, run by `jupyter nbconvert --execute` (Debian: jupyter-nbconvert).
 * Everything Jupyter and Deno write goes to a temporary directory, never to the user's home, and no network is
 * used: the npm registry and proxies point at a closed local port, so a download attempt fails the test.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const NOTEBOOK = join(ROOT, 'examples/audit.ipynb');
const SAMPLE = join(ROOT, 'examples/data/citizens-sample.csv');
const DENO = join(ROOT, 'node_modules/deno/deno');
const CLOSED_PORT = 'http://127.0.0.1:9';

const nbconvertAvailable = spawnSync('jupyter', ['nbconvert', '--version'], { encoding: 'utf8' }).status === 0;
if (!nbconvertAvailable) {
  if (process.env.CI) throw new Error('jupyter nbconvert is missing: CI executes examples/audit.ipynb (apt-get install jupyter-nbconvert)');
  console.warn('Skipping examples/audit.ipynb: jupyter nbconvert is missing. Install it with: sudo apt-get install jupyter-nbconvert');
}

interface Output {
  output_type: 'stream' | 'display_data' | 'execute_result' | 'error';
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
}
interface Cell {
  id: string;
  cell_type: 'code' | 'markdown';
  source: string | string[];
  outputs?: Output[];
  execution_count?: number | null;
}
interface Notebook {
  cells: Cell[];
  metadata: { kernelspec: { name: string; language: string } };
}

const joined = (x: string | string[] | undefined) => (Array.isArray(x) ? x.join('') : (x ?? ''));
const unescapeHtml = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
const readNotebook = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Notebook;

describe('examples/audit.ipynb as committed', () => {
  const notebook = readNotebook(NOTEBOOK);

  it('runs on the Deno kernel in TypeScript', () => {
    expect(notebook.metadata.kernelspec).toMatchObject({ name: 'deno', language: 'typescript' });
  });

  it('has its outputs cleared and names no path of any machine', () => {
    for (const cell of notebook.cells.filter((c) => c.cell_type === 'code')) {
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
    expect(readFileSync(NOTEBOOK, 'utf8')).not.toMatch(/\/(home|root|Users|tmp|work|var)\/|[A-Z]:\\\\/);
  });
});

const EXECUTOR = 'LateOutputsExecutePreprocessor';
// Outputs each code cell shows: the summary; its text form and verdicts; a count line and three record tables; one report.
const EXPECTED_OUTPUTS: Readonly<Record<string, number>> = { audit: 1, figures: 2, drill: 4, one: 1 };

describe.skipIf(!nbconvertAvailable)('examples/audit.ipynb executed by jupyter nbconvert', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddss-notebook-'));
  let executed: Notebook;
  let outputs: (id: string) => Output[];

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('the notebook imports the built package: run npm run build first');
    const kernel = join(dir, 'jupyter/kernels/deno');
    mkdirSync(kernel, { recursive: true });
    writeFileSync(join(kernel, 'kernel.json'), JSON.stringify({ argv: [DENO, 'jupyter', '--kernel', '--conn', '{connection_file}'], display_name: 'Deno', language: 'typescript' }));
    const env = {
      ...process.env,
      JUPYTER_PATH: join(dir, 'jupyter'),
      JUPYTER_DATA_DIR: join(dir, 'data'),
      JUPYTER_RUNTIME_DIR: join(dir, 'runtime'),
      JUPYTER_CONFIG_DIR: join(dir, 'config'),
      DENO_DIR: join(dir, 'deno'),
      DENO_NO_UPDATE_CHECK: '1',
      DENO_NO_PROMPT: '1',
      NO_COLOR: '1',
      NPM_CONFIG_REGISTRY: `${CLOSED_PORT}/`,
      HTTP_PROXY: CLOSED_PORT,
      HTTPS_PROXY: CLOSED_PORT,
    };
    const run = await runChild(
      'jupyter',
      // nbconvert's executor, listening a moment after each cell's "idle" for the outputs Deno's kernel sends late.
      ['nbconvert', '--to', 'notebook', `--Exporter.preprocessors=["late_outputs.${EXECUTOR}"]`, `--${EXECUTOR}.enabled=True`, `--${EXECUTOR}.timeout=120`, `--${EXECUTOR}.kernel_name=deno`, '--output-dir', dir, '--output', 'executed', NOTEBOOK],
      { cwd: join(ROOT, 'examples'), env: { ...env, PYTHONPATH: join(ROOT, 'tests/examples/support') }, timeoutMs: 90_000 },
    );
    if (run.code !== 0) throw new Error(`jupyter nbconvert failed (${run.code ?? run.signal}):\n${run.stderr}`);
    executed = readNotebook(join(dir, 'executed.ipynb'));
    outputs = (id) => executed.cells.find((c) => c.id === id)?.outputs ?? [];
  }, 100_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every output of every cell', () => {
    for (const [id, count] of Object.entries(EXPECTED_OUTPUTS)) expect({ id, outputs: outputs(id).length }).toEqual({ id, outputs: count });
  });

  it('runs every cell without an error', () => {
    const errors = executed.cells.flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === 'error').map((o) => `${c.id}: ${JSON.stringify(o)}`));
    expect(errors).toEqual([]);
    expect(executed.cells.filter((c) => c.cell_type === 'code').every((c) => typeof c.execution_count === 'number')).toBe(true);
  });

  it('shows the summary as the HTML report, with the same figures as an audit in this process', async () => {
    const expected = await auditFile(SAMPLE, { asOf: '2026-11-01', workers: 0 });
    const result = outputs('audit').find((o) => o.output_type === 'execute_result')!;
    const html = joined(result.data!['text/html']);
    const page = unescapeHtml(html.match(/ srcdoc="([^"]*)"/)![1]!);
    expect(html).toMatch(/^<iframe [^>]*sandbox="allow-scripts"/);
    expect(page).toContain('<h1>Báo cáo chất lượng dữ liệu</h1>');
    expect(page).toContain(`data-rows="${expected.rows}"`);
    expect(joined(result.data!['text/plain'])).toContain(`Số bản ghi: ${formatNumber(expected.rows, 'vi')} ·`);
    expect(joined(outputs('figures').find((o) => o.output_type === 'execute_result')!.data!['text/plain'])).toBe(
      `{ pass: ${expected.verdicts.pass}, warn: ${expected.verdicts.warn}, fail: ${expected.verdicts.fail} }`,
    );
  });

  it('drills into one rule with record reports shown as tables, personal values masked', () => {
    const shown = outputs('drill').filter((o) => o.output_type === 'display_data');
    expect(shown.length).toBeGreaterThan(0);
    for (const o of shown) {
      expect(joined(o.data!['text/html'])).toMatch(/^<table class="ddss-record" /);
      expect(joined(o.data!['text/html'])).toContain('data-rule="id.personal.birth-year"');
    }
    const count = joined(outputs('drill').find((o) => o.name === 'stdout')?.text).match(/: (\d+) bản ghi · records \(summary: (\d+)\)/);
    expect(count?.[1]).toBe(count?.[2]);
    // A 12-digit personal ID number unmasked anywhere in the outputs would be a leak.
    expect(JSON.stringify(executed.cells.map((c) => c.outputs ?? []))).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
  });

  it('validates one record', () => {
    const result = outputs('one').find((o) => o.output_type === 'execute_result')!;
    expect(joined(result.data!['text/html'])).toContain('data-rule="id.personal.birth-year"');
    expect(joined(result.data!['text/plain'])).toMatch(/^Dòng 1 · Lỗi · Điểm /);
  });
});
