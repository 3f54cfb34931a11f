/**
 * The HTML reports in real Chromium: they render, fetch nothing, run no script from a document, and
 * leave screenshots in test-results/ to look at. Skips when /usr/bin/chromium is absent (CI installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../core/batch/compare.ts';
import { inventory } from '../../core/batch/inventory.ts';
import { check } from '../../core/check.ts';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';
import { renderHtml, renderHtmlBatch, renderHtmlCompare } from '../../core/render/html.ts';
import { skane2019 } from '../../rules/index.ts';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(import.meta.dirname, '../../test-results');
const MD = join(import.meta.dirname, '../../fixtures/corpus/md');
const present = existsSync(CHROMIUM);
if (!present)
  console.warn(`Hoppar över webbläsartesterna: ${CHROMIUM} saknas (apt-get install -y chromium).`);

function report(file: string, extra = '') {
  const text = readFileSync(join(MD, file), 'utf8') + extra;
  return check(skane2019, [ingestMarkdown(text, file)], { referenceDate: '2026-01-15' });
}

describe.skipIf(!present)('HTML reports in Chromium', { timeout: 120_000 }, () => {
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'sk-chromium-'));
    // A fresh profile per run: Playwright takes it as launchPersistentContext's userDataDir.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 1200, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function show(name: string, html: string) {
    const path = join(OUT, `${name}.html`);
    writeFileSync(path, html);
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(pathToFileURL(path).href);
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    await page.screenshot({ path: join(OUT, `${name}-full.png`), fullPage: true });
    return { page, requests, dialogs, path };
  }

  it('renders one document with a hostile quote as text, fetching nothing', async () => {
    const hostile =
      '\n\n## Lägesbild\n\nPolisens lägesbild <script>alert("xss")</script> <img src=x onerror=alert(1)> visar otrygghet.\n';
    const r = report('ekby-so-2024-2027.md', hostile);
    const { page, requests, dialogs, path } = await show('html-check', renderHtml([r]));
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([pathToFileURL(path).href]);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('.point').count()).toBe(17);
    expect(await page.locator('script, img').count()).toBe(0);
    await page.getByRole('heading', { name: 'Röd tråd', exact: true }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -80));
    await page.screenshot({ path: join(OUT, 'html-check-goals.png') });
    await page.close();
  });

  it('renders a county batch with the heat map and the share chart', async () => {
    const files = [
      'ekby-so-2024-2027.md',
      'ekby-ml-2025-2026.md',
      'hagalund-so-2019-2021.md',
      'solvik-so-2023-2026.md',
      'lindas-ml-2025.md',
      'bergsjo-trygghetsrapport-2024.md',
    ];
    const reports = files.map((f) => report(f));
    const errors = [
      { file: 'mossby-so-2024.pdf', error: 'PDF-filen saknar textlager (inskannad).', code: 'no-text-layer' },
    ];
    const { page, requests, path } = await show(
      'html-batch',
      renderHtmlBatch({ reports, errors, inventory: inventory(reports, errors) }),
    );
    expect(requests).toEqual([pathToFileURL(path).href]);
    expect(await page.locator('table.heat tbody tr').count()).toBe(files.length + 1);
    expect(await page.locator('svg rect').count()).toBeGreaterThan(17);
    const box = await page.locator('table.heat').boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    await page
      .locator('svg')
      .first()
      .screenshot({ path: join(OUT, 'html-batch-chart.png') });
    await page.close();
  });

  it('renders a comparison side by side', async () => {
    const cmp = compareReports(report('hagalund-so-2019-2021.md'), report('hagalund-so-2025-2028.md'));
    const { page } = await show('html-compare', renderHtmlCompare(cmp));
    const sides = await page.locator('.sides > .card').all();
    expect(sides).toHaveLength(2);
    const [a, b] = await Promise.all(sides.map((s) => s.boundingBox()));
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);
    await page.close();
  });
});
