import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile, DEFAULT_SETTINGS } from '../../extension/lib/engine.ts';
import { axeViolations, CHROMIUM, ROOT, SHOTS } from './harness.ts';

const PAGE = join(ROOT, 'dist/web/index.html');
const CORPUS = join(ROOT, 'fixtures/corpus');

describe.skipIf(!existsSync(CHROMIUM) || !existsSync(PAGE))('the static web page opened from disk', () => {
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'skollen-web-')), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => context?.close());

  it('checks a PDF and a DOCX in the page, with nothing requested from the network', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on(
      'request',
      (r) => !r.url().startsWith('file:') && !r.url().startsWith('blob:') && problems.push(r.url()),
    );
    await page.goto(pathToFileURL(PAGE).href);
    await page.waitForSelector('text=Granska flera dokument');
    const files = ['pdf/solvik-so-2023-2026.pdf', 'docx/ekby-ml-2025-2026.docx'];
    await page.setInputFiles(
      'input[type=file]',
      files.map((f) => join(CORPUS, f)),
    );
    await page.waitForFunction(
      () => document.querySelectorAll('.county td[data-level]').length === 2 * 17,
      null,
      {
        timeout: 30_000,
      },
    );
    for (const f of files) {
      const name = f.split('/')[1] ?? '';
      const shown = await page.$$eval(`tr[data-row="${name}"] td[data-level]`, (tds) =>
        tds.map((td) => td.getAttribute('data-level')),
      );
      const report = (await checkFile(new Uint8Array(readFileSync(join(CORPUS, f))), name, DEFAULT_SETTINGS))
        .report;
      expect(shown).toEqual(report.checks.map((c) => (c.level === null ? 'na' : String(c.level))));
    }
    await page.screenshot({ path: join(SHOTS, 'web-county.png'), fullPage: true });
    expect(problems).toEqual([]);
    // After the problem check: axe itself fetches the stylesheets to read them, which the CSP refuses.
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
