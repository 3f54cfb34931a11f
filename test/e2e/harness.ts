import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXT_DIR = join(ROOT, '.output/chrome-mv3-e2e');
export const SHOTS = join(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Chromium (new headless, which loads extensions) with the e2e build of the extension; loopback only. */
export async function launch(): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'skollen-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 480, height: 1000 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}

/** A tiny Markdown-to-HTML for the test page: headings, lists, tables and paragraphs are enough. */
export function mdToHtml(md: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const inline = (s: string) => esc(s.replace(/\*\*|__|\*/g, ''));
  const body = md
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n').filter((l) => l.trim());
      const first = lines[0] ?? '';
      const h = /^(#{1,6})\s+(.*)$/.exec(first);
      if (h) return `<h${h[1]?.length}>${inline(h[2] ?? '')}</h${h[1]?.length}>`;
      if (lines.every((l) => /^\s*([-*]|\d+\.)\s/.test(l)))
        return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*([-*]|\d+\.)\s+/, ''))}</li>`).join('')}</ul>`;
      if (lines.every((l) => l.trim().startsWith('|')))
        return `<table>${lines
          .filter((l) => !/^\s*\|[\s:|-]+\|\s*$/.test(l))
          .map(
            (l) =>
              `<tr>${l
                .trim()
                .replace(/^\||\|$/g, '')
                .split('|')
                .map((c) => `<td>${inline(c.trim())}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</table>`;
      return `<p>${inline(lines.join(' '))}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main>${body}</main></body></html>`;
}

/** Serves the given routes on 127.0.0.1 and nothing else. */
export async function serve(routes: Record<string, { type: string; body: string | Buffer }>): Promise<{
  server: Server;
  base: string;
}> {
  const server = createServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': route.type }).end(route.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Drop a file from disk onto an element, as a user dragging it from the file manager would. */
export async function dropFile(page: Page, selector: string, path: string, name: string): Promise<void> {
  const bytes = [...readFileSync(path)];
  const dt = await page.evaluateHandle(
    ({ bytes, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name));
      return dt;
    },
    { bytes, name },
  );
  await page.dispatchEvent(selector, 'drop', { dataTransfer: dt });
}

/** The levels the page shows, point by point. */
export async function shownLevels(page: Page): Promise<Record<string, string>> {
  return page.$$eval('.points .point', (els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-id'), el.getAttribute('data-level')])),
  );
}

export function levelsOf(report: { checks: { id: string; level: number | null }[] }): Record<string, string> {
  return Object.fromEntries(report.checks.map((c) => [c.id, c.level === null ? 'na' : String(c.level)]));
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page (evaluated over CDP, so the page's CSP allows it). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o?: object): Promise<{ violations: AxeV[] }> } }).axe;
    type AxeV = { id: string; impact: string; nodes: unknown[] };
    const { violations } = await axe.run({ resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}
