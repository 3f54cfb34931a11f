import { browser } from 'wxt/browser';
import { highlightQuote, type PageText, readPageText } from './page-functions.ts';

/** The tab the panel works on: `?tab=ID` when opened for one, else the active tab of the panel's window. */
export async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Run a page function in the tab. The activeTab grant (from the toolbar button or the context menu)
 * usually covers it; if not, ask for this one site, which the user confirms.
 */
async function inTab<A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A): Promise<R> {
  const run = async () => {
    const [res] = await browser.scripting.executeScript({ target: { tabId }, func, args });
    return res?.result as R;
  };
  try {
    return await run();
  } catch (error) {
    if (!(await askForSite(tabId))) throw error;
    return await run();
  }
}

async function askForSite(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const origin = tab?.url && /^https?:/.test(tab.url) ? `${new URL(tab.url).origin}/*` : undefined;
  if (!origin) return false;
  return browser.permissions.request({ origins: [origin] }).catch(() => false);
}

export class PageError extends Error {}

export async function readTab(tabId: number, what: 'page' | 'selection'): Promise<PageText> {
  try {
    return await inTab(tabId, readPageText, [what]);
  } catch {
    throw new PageError(
      'Sidan kunde inte läsas. Klicka på Samverkanskollens knapp i verktygsfältet på sidan och försök igen (webbläsarens egna sidor kan inte läsas).',
    );
  }
}

export async function highlightInTab(tabId: number, quote: string): Promise<boolean> {
  try {
    return await inTab(tabId, highlightQuote, [quote]);
  } catch {
    return false;
  }
}

/** The PDF shown in the tab, fetched from where the browser got it (needs access to that site). */
export async function fetchTabPdf(tabId: number): Promise<{ bytes: Uint8Array; name: string }> {
  const tab = await browser.tabs.get(tabId);
  let url = tab.url;
  if (!url) {
    await askForSite(tabId);
    url = (await browser.tabs.get(tabId)).url;
  }
  if (!url || !/^(https?|file):/.test(url))
    throw new PageError(
      'Fliken visar ingen PDF som kan läsas. Öppna PDF:en i en egen flik, eller släpp filen här.',
    );
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'dokument.pdf');
  const get = () => fetch(url, { credentials: 'include' });
  let res: Response;
  try {
    res = await get();
  } catch {
    if (!(await askForSite(tabId)))
      throw new PageError('Samverkanskollen fick inte läsa PDF:en från webbplatsen.');
    res = await get();
  }
  if (!res.ok) throw new PageError(`PDF:en kunde inte hämtas (HTTP ${res.status}).`);
  return { bytes: new Uint8Array(await res.arrayBuffer()), name };
}
