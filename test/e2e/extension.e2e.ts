import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile, checkText, DEFAULT_SETTINGS } from '../../extension/lib/engine.ts';
import { readPageText } from '../../extension/lib/page-functions.ts';
import {
  axeViolations,
  CHROMIUM,
  dropFile,
  EXT_DIR,
  launch,
  levelsOf,
  mdToHtml,
  ROOT,
  SHOTS,
  serve,
  shownLevels,
} from './harness.ts';

/** The one extension API the test calls from the service worker. */
type ChromeTabs = { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } };

const CORPUS = join(ROOT, 'fixtures/corpus');
const ready = existsSync(CHROMIUM) && existsSync(join(EXT_DIR, 'manifest.json'));

describe.skipIf(!ready)('the built extension in Chromium', () => {
  let context: BrowserContext;
  let id: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ context, extensionId: id } = await launch());
    const md = readFileSync(join(CORPUS, 'md/solvik-so-2023-2026.md'), 'utf8');
    ({ server, base } = await serve({
      '/overenskommelse.html': {
        type: 'text/html; charset=utf-8',
        body: mdToHtml(md, 'Solvik SÖ 2023–2026'),
      },
      '/ekby-ml-2025-2026.pdf': {
        type: 'application/pdf',
        body: readFileSync(join(CORPUS, 'pdf/ekby-ml-2025-2026.pdf')),
      },
    }));
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  async function panel(query = ''): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/sidepanel.html${query}`);
    await page.waitForSelector('textarea#draft');
    return page;
  }

  it('checks pasted text live and shows the 17 levels check() gives in Node', async () => {
    const page = await panel();
    const text = readFileSync(join(CORPUS, 'md/ekby-so-2024-2027.md'), 'utf8');
    await page.fill('#draft', text);
    await page.waitForFunction(() => document.querySelectorAll('.points .point').length === 17);
    const expected = levelsOf(checkText(text, 'Inskriven text', DEFAULT_SETTINGS).report);
    expect(await shownLevels(page)).toEqual(expected);
    await page.click('.point[data-id="K06"] summary');
    await page.screenshot({ path: join(SHOTS, 'sidepanel-paste.png'), fullPage: true });
    // Changing the document type re-checks the same text.
    await page.selectOption('.settings select', 'medborgarlofte');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=total]')?.textContent?.includes('Medborgarlöfte'),
    );
    const asMl = levelsOf(
      checkText(text, 'Inskriven text', { ...DEFAULT_SETTINGS, type: 'medborgarlofte' }).report,
    );
    expect(await shownLevels(page)).toEqual(asMl);
    await page.selectOption('.settings select', '');
    await page.close();
  });

  for (const [format, file] of [
    ['pdf', 'ekby-so-2024-2027.pdf'],
    ['docx', 'hagalund-so-2025-2028.docx'],
  ] as const) {
    it(`checks a dropped ${format.toUpperCase()} like the CLI does`, async () => {
      const page = await panel();
      const path = join(CORPUS, format, file);
      await dropFile(page, '[data-testid=dropzone]', path, file);
      await page.waitForFunction(() => document.querySelectorAll('.points .point').length === 17, null, {
        timeout: 30_000,
      });
      const expected = levelsOf(
        (await checkFile(new Uint8Array(readFileSync(path)), file, DEFAULT_SETTINGS)).report,
      );
      expect(await shownLevels(page)).toEqual(expected);
      // Evidence opens the text preview with the passage marked.
      const point = page.locator('.point:has(.evidence button)').first();
      await point.locator('summary').click();
      await point.locator('.evidence button').first().click();
      await page.waitForSelector('.preview mark.hit');
      await page.screenshot({ path: join(SHOTS, `sidepanel-${format}.png`), fullPage: true });
      await page.close();
    });
  }

  it('reads a page through the content script and highlights evidence in it', async () => {
    const site = await context.newPage();
    const url = `${base}/overenskommelse.html`;
    await site.goto(url);
    const worker = context.serviceWorkers()[0];
    const tabId = await worker?.evaluate(
      async (u) => (await (globalThis as unknown as ChromeTabs).chrome.tabs.query({ url: u }))[0]?.id,
      url,
    );
    expect(tabId).toBeTypeOf('number');
    const page = await panel(`?tab=${tabId}`);
    await page.click('text=Granska sidan');
    await page.waitForFunction(() => document.querySelectorAll('.points .point').length === 17);
    const read = await site.evaluate(readPageText, 'page' as const);
    expect(await shownLevels(page)).toEqual(
      levelsOf(checkText(read.text, read.title, DEFAULT_SETTINGS).report),
    );
    const point = page.locator('.point:has(.evidence button)').first();
    await point.locator('summary').click();
    const quote = (await point.locator('.evidence button').first().textContent()) ?? '';
    await point.locator('.evidence button').first().click();
    await page.waitForSelector('text=Stället är markerat på sidan.');
    const marked = await site.evaluate(() => {
      const h = CSS.highlights.get('samverkanskollen');
      return h ? [...h][0]?.toString() : undefined;
    });
    expect(marked?.replace(/\s+/g, ' ').toLowerCase()).toContain(
      quote.replace(/[”"]/g, '').split('…')[0]?.trim().slice(0, 20).toLowerCase(),
    );
    await site.bringToFront();
    await site.screenshot({ path: join(SHOTS, 'page-highlight.png') });
    await page.screenshot({ path: join(SHOTS, 'sidepanel-page.png'), fullPage: true });
    await page.close();
    await site.close();
  });

  it('checks the PDF open in the tab', async () => {
    const site = await context.newPage();
    const url = `${base}/ekby-ml-2025-2026.pdf`;
    await site.goto(url).catch(() => {}); // the PDF viewer may not report a load
    const worker = context.serviceWorkers()[0];
    const tabId = await worker?.evaluate(
      async (u) => (await (globalThis as unknown as ChromeTabs).chrome.tabs.query({ url: u }))[0]?.id,
      url,
    );
    const page = await panel(`?tab=${tabId}`);
    await page.click('text=Granska PDF:en i fliken');
    await page.waitForFunction(() => document.querySelectorAll('.points .point').length === 17, null, {
      timeout: 30_000,
    });
    const bytes = new Uint8Array(readFileSync(join(CORPUS, 'pdf/ekby-ml-2025-2026.pdf')));
    expect(await shownLevels(page)).toEqual(
      levelsOf((await checkFile(bytes, 'ekby-ml-2025-2026.pdf', DEFAULT_SETTINGS)).report),
    );
    await page.close();
    await site.close();
  });

  it('shows a county table for many files and compares two versions', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`chrome-extension://${id}/review.html`);
    const files = [
      'pdf/hagalund-so-2019-2021.pdf',
      'docx/hagalund-so-2025-2028.docx',
      'md/solvik-ml-2024.md',
    ];
    await page.setInputFiles(
      'input[type=file]',
      files.map((f) => join(CORPUS, f)),
    );
    await page.waitForFunction(
      () => document.querySelectorAll('.county td[data-level]').length === 3 * 17,
      null,
      {
        timeout: 30_000,
      },
    );
    await page.check('input[aria-label="Jämför hagalund-so-2019-2021.pdf"]');
    await page.check('input[aria-label="Jämför hagalund-so-2025-2028.docx"]');
    await page.waitForSelector('.compare tbody tr[data-id="K17"]');
    await page.click('button:has-text("solvik-ml-2024.md")');
    await page.waitForSelector('.detail .points .point');
    await page.screenshot({ path: join(SHOTS, 'review-county.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe-core violations in the side panel', async () => {
    const page = await panel();
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#draft', readFileSync(join(CORPUS, 'md/solvik-ml-2024.md'), 'utf8'));
    await page.waitForFunction(() => document.querySelectorAll('.points .point').length === 17);
    await page.click('.point summary');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#tab-rodtrad');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#tab-mal');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
