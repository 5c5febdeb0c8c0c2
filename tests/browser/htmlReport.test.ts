import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { DIMENSIONS, HISTOGRAM_BINS, SCORE_SCALE, UNKNOWN_GROUP, type DatasetSummary, type Lang } from '../../src/core';
import { auditFile } from '../../src/io/auditFile';

// The HTML report in a real browser: Debian's chromium driven by playwright-core (both installed by .ci/run). The
// page must run its script under its own CSP, show the summary's numbers, sort, filter and open drill-downs.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SAMPLE = join(import.meta.dirname, '../../examples/data/citizens-sample.csv');
const SCREENSHOT = join(import.meta.dirname, '../../test-artifacts/html-report.png');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) {
  console.warn(`Browser test skipped: no chromium at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
}

/** A number as the report prints it: "1.234" and "0,875" in Vietnamese, "1,234" and "0.875" in English. */
function parseShown(text: string, lang: Lang): number {
  const plain = text.trim().replace(/%$/, '');
  const normal = lang === 'vi' ? plain.replaceAll('.', '').replace(',', '.') : plain.replaceAll(',', '');
  expect(normal, `"${text}" is a number`).toMatch(/^-?\d+(\.\d+)?$/);
  return Number(normal);
}

/** A score as shown (3 decimals) equals the summary's (4 decimals) to within the display's rounding. */
function expectScore(text: string, value: number, lang: Lang, what = ''): void {
  expect(Math.abs(parseShown(text, lang) - value), `${what} ${text} vs ${value}`).toBeLessThanOrEqual(0.0005 + 1e-9);
}

/** Case and diacritics folded as the page's filter folds them. */
const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replaceAll('đ', 'd');

/** The visible text of every cell of a table's (non-drill-down) rows, in screen order. */
async function tableCells(page: Page, table: string): Promise<string[][]> {
  // The project compiles without the DOM library: the row's shape is spelled out.
  type Row = { offsetParent: unknown; cells: ArrayLike<{ innerText: string }> };
  return page.$$eval(`#${table}-table > tbody > tr:not(.detail)`, (rows) =>
    (rows as unknown as Row[]).filter((r) => r.offsetParent !== null).map((r) => Array.from(r.cells, (c) => c.innerText.trim())),
  );
}

describe.runIf(haveChromium || Boolean(process.env.CI))('HTML report in headless Chromium', () => {
  let dir = '';
  let context: BrowserContext | null = null;
  const summaries: Partial<Record<Lang, DatasetSummary>> = {};
  const problems: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`CI has no chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    dir = await mkdtemp(join(tmpdir(), 'ddss-browser-'));
    for (const lang of ['vi', 'en'] as const) {
      await auditFile(SAMPLE, { asOf: '2026-11-01', workers: 1, lang, html: join(dir, `report-${lang}.html`), summary: join(dir, `summary-${lang}.json`) });
      summaries[lang] = JSON.parse(await readFile(join(dir, `summary-${lang}.json`), 'utf8')) as DatasetSummary;
    }
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1100, height: 900 } });
    context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
  }, 30_000);

  afterAll(async () => {
    await context?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  async function open(lang: Lang): Promise<Page> {
    const page = await context!.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`network request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(join(dir, `report-${lang}.html`)).href);
    // The script ran (a CSP hash mismatch would have stopped it, and logged an error).
    await expect.poll(() => page.getAttribute('main', 'class')).toContain('ddss-js');
    return page;
  }

  it('shows the summary\'s numbers (Vietnamese)', async () => {
    const s = summaries.vi!;
    const page = await open('vi');
    const figure = (cls: string) => page.innerText(`#overview .figures li.${cls} .number`);
    expect(parseShown(await figure('rows'), 'vi')).toBe(s.rows);
    expectScore(await figure('score'), s.score.mean, 'vi');
    for (const v of ['pass', 'warn', 'fail'] as const) expect(parseShown(await figure(v), 'vi'), v).toBe(s.verdicts[v]);

    for (const d of DIMENSIONS) {
      const shown = await page.textContent(`#dimensions g.bar-${d} text.value`);
      expectScore(shown ?? '', s.dimensions[d].mean, 'vi', d);
    }
    const bins = await page.$$eval('#histogram g.column text.value', (texts) => texts.map((t) => t.textContent ?? ''));
    expect(bins.map((b) => parseShown(b, 'vi'))).toEqual(s.score.histogram);
    expect(bins).toHaveLength(HISTOGRAM_BINS);

    const rules = await tableCells(page, 'rules');
    expect(rules.map((r) => r[0]).sort()).toEqual(Object.keys(s.rules).sort());
    for (const [id, , , records] of rules) expect(parseShown(records!, 'vi'), id).toBe(s.rules[id!]!.records);
    for (let i = 1; i < rules.length; i++) expect(parseShown(rules[i - 1]![3]!, 'vi')).toBeGreaterThanOrEqual(parseShown(rules[i]![3]!, 'vi'));

    const fields = await tableCells(page, 'fields');
    // Each field is shown by what it is called, then its id: "Ngày sinh dateOfBirth".
    const ids = fields.map((f) => f[0]!.split(' ').at(-1)!);
    expect(ids.sort()).toEqual(Object.keys(s.fields).sort());
    expect(fields.find((f) => f[0]!.endsWith(' dateOfBirth'))?.[0]).toBe('Ngày sinh dateOfBirth');
    for (const [shown, filled, rate] of fields) {
      const field = shown!.split(' ').at(-1);
      expect(parseShown(filled!, 'vi'), field).toBe(s.fields[field!]!.filled);
      expect(Math.abs(parseShown(rate!, 'vi') - s.fields[field!]!.rate * 100), field).toBeLessThanOrEqual(0.05 + 1e-9);
    }

    if (s.findings && s.findings.length > 0) {
      const findings = await tableCells(page, 'findings');
      expect(findings.length).toBe(Math.min(50, s.findings.length));
      const counts = findings.map((f) => parseShown(f[3]!, 'vi'));
      expect(counts).toEqual(s.findings.map((f) => f.count).sort((a, b) => b - a).slice(0, 50));
    }

    // The citizen profile groups records by the current province of their address.
    const provinces = s.groups?.province;
    expect(provinces, 'summary.groups.province').toBeDefined();
    {
      const shown = await tableCells(page, 'provinces');
      expect(shown).toHaveLength(Object.keys(provinces!).length);
      for (const [name, rows, mean, , pass, warn, fail] of shown) {
        const key = name === 'Không xác định' ? UNKNOWN_GROUP : name!;
        const g = provinces![key]!;
        expect(g, name).toBeDefined();
        expect(parseShown(rows!, 'vi'), name).toBe(g.rows);
        expectScore(mean!, Math.round(g.total / g.rows) / SCORE_SCALE, 'vi', name);
        expect([pass, warn, fail].map((x) => parseShown(x!, 'vi')), name).toEqual([g.verdicts.pass, g.verdicts.warn, g.verdicts.fail]);
      }
    }
    await page.close();
  });

  it('sorts, filters and opens drill-downs; saves a screenshot', async () => {
    const s = summaries.vi!;
    const page = await open('vi');
    const records = async () => (await tableCells(page, 'rules')).map((r) => parseShown(r[3]!, 'vi'));
    const recordsHeader = page.locator('#rules-table th[data-key="records"]');
    expect(await recordsHeader.getAttribute('aria-sort')).toBe('descending');

    // Sort: the records column flips to ascending, then back; the id column sorts by text.
    await recordsHeader.locator('button').click();
    expect(await recordsHeader.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await records();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await recordsHeader.locator('button').click();
    expect(await records()).toEqual([...ascending].sort((a, b) => b - a));
    await page.locator('#rules-table th').first().locator('button').click();
    const ids = (await tableCells(page, 'rules')).map((r) => r[0]!);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b, 'vi')));
    expect(await recordsHeader.getAttribute('aria-sort')).toBe('none');

    // Filter: typed without diacritics, it finds the titles that have them; the counter says how many.
    const filter = page.locator('input[aria-controls="rules-table"]');
    const titles = new Map(RULES.map((r) => [r.id, r.title.vi]));
    const expected = Object.keys(s.rules).filter((id) => fold(`${id} ${titles.get(id) ?? ''}`).includes('dien thoai'));
    expect(expected.length).toBeGreaterThan(0);
    await filter.fill('dien thoai');
    expect((await tableCells(page, 'rules')).map((r) => r[0]).sort()).toEqual(expected.sort());
    expect(await page.innerText('#rules .filter-count')).toBe(`${expected.length} / ${Object.keys(s.rules).length}`);
    await filter.fill('');
    expect(await tableCells(page, 'rules')).toHaveLength(Object.keys(s.rules).length);

    // Drill-down: closed until its row is clicked (or Enter pressed); then it shows the rule's example rows.
    const first = page.locator('#rules-table > tbody > tr.has-detail').first();
    const firstId = await first.getAttribute('data-rule');
    const detail = page.locator(`#${await first.getAttribute('aria-controls')}`);
    expect(await detail.isVisible()).toBe(false);
    await first.click();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    expect(await detail.isVisible()).toBe(true);
    // The sample has fewer than 1 000 rows: row numbers show without separators.
    expect(await detail.innerText()).toContain(s.rules[firstId!]!.examples.join(', '));
    const second = page.locator('#rules-table > tbody > tr.has-detail').nth(1);
    await second.focus();
    await page.keyboard.press('Enter');
    expect(await second.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press(' ');
    expect(await second.getAttribute('aria-expanded')).toBe('false');

    {
      const provinceFilter = page.locator('input[aria-controls="provinces-table"]');
      await provinceFilter.fill('ha noi');
      expect((await tableCells(page, 'provinces')).map((r) => r[0])).toEqual(['Thành phố Hà Nội']);
      await provinceFilter.fill('');
      const hanoi = page.locator('#provinces-table > tbody > tr[data-province="Thành phố Hà Nội"]');
      await hanoi.click();
      const body = await page.locator(`#${await hanoi.getAttribute('aria-controls')}`).innerText();
      const g = s.groups!.province!['Thành phố Hà Nội']!;
      expect(body).toContain(`Đạt: ${g.verdicts.pass} (`);
      expect(body).toContain(`Lỗi: ${g.verdicts.fail} (`);
    }

    await mkdir(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await page.close();
  });

  it('shows everything without its script: drill-downs open, no filter box that would do nothing', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error (no script): ${m.text()}`);
      });
      await page.goto(pathToFileURL(join(dir, 'report-vi.html')).href);
      expect(await page.getAttribute('main', 'class')).toBe('ddss-report');
      const details = page.locator('tr.detail');
      expect(await details.count()).toBe(Object.keys(summaries.vi!.rules).length + Object.keys(summaries.vi!.groups!.province!).length);
      for (const i of [0, (await details.count()) - 1]) expect(await details.nth(i).isVisible()).toBe(true);
      expect(await page.locator('input.table-filter').first().isVisible()).toBe(false);
    } finally {
      await browser.close();
    }
  });

  it('speaks English with --lang en, with the same numbers', async () => {
    const s = summaries.en!;
    const page = await open('en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.innerText('h1')).toBe('Data quality report');
    expect(parseShown(await page.innerText('#overview .figures li.rows .number'), 'en')).toBe(s.rows);
    expectScore(await page.innerText('#overview .figures li.score .number'), s.score.mean, 'en');
    const rules = await tableCells(page, 'rules');
    for (const [id, , , records] of rules) expect(parseShown(records!, 'en'), id).toBe(s.rules[id!]!.records);
    for (const [name, rows, mean] of await tableCells(page, 'provinces')) {
      const g = s.groups!.province![name === 'Unknown' ? UNKNOWN_GROUP : name!]!;
      expect(g, name).toBeDefined();
      expect(parseShown(rows!, 'en'), name).toBe(g.rows);
      expectScore(mean!, g.total / g.rows / SCORE_SCALE, 'en', name);
    }
    await page.close();
  });
});
