/**
 * Functions injected into the user's tab by scripting.executeScript (an isolated-world content
 * script). Each must be self-contained: they are serialised, so they may not use imports or
 * anything outside their own body.
 */

export interface PageText {
  title: string;
  url: string;
  text: string;
  /** True when the page is a PDF shown by the browser's viewer: read the bytes instead. */
  isPdf: boolean;
}

/** The page (or the selection) as Markdown-ish text: headings keep their level so sections survive. */
export function readPageText(what: 'page' | 'selection'): PageText {
  const base = {
    title: document.title,
    url: location.href,
    isPdf: document.contentType === 'application/pdf',
  };
  if (what === 'selection') return { ...base, text: String(window.getSelection() ?? '') };
  const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,tr,pre,blockquote,dt,dd,figcaption';
  const root = document.querySelector('main, article, [role="main"]') ?? document.body;
  const out: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (el.querySelector(BLOCKS) || el.closest('nav, header, footer, script, style, [aria-hidden="true"]'))
      continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const tag = el.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) out.push(`${'#'.repeat(Number(tag[1]))} ${text}`);
    else if (tag === 'li') out.push(`- ${text}`);
    else if (tag === 'tr')
      out.push(
        [...el.children]
          .map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())
          .join(' | ')
          .replace(/^/, '| ')
          .concat(' |'),
      );
    else out.push(text);
  }
  const structured = out.join('\n\n');
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, without scripts and hidden parts.
  const plain = (root as HTMLElement).innerText ?? '';
  // Pages built of bare divs have few blocks: their rendered text is then the better reading.
  return { ...base, text: structured.length >= plain.length * 0.5 ? structured : plain };
}

/**
 * Mark a quoted passage in the page and scroll to it, matching whitespace- and case-insensitively
 * across text nodes. Uses the CSS Custom Highlight API, so the page's text nodes are left as they were.
 */
export function highlightQuote(quote: string): boolean {
  const NAME = 'samverkanskollen';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  // The page's text with runs of whitespace collapsed to one space, and where each char came from.
  let flat = '';
  const map: { node: number; offset: number }[] = [];
  let lastSpace = true;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const parent = t.parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT)$/.test(parent.tagName)) continue;
    nodes.push(t);
    starts.push(flat.length);
    const s = t.data;
    for (let i = 0; i < s.length; i++) {
      const ch = s[i] ?? '';
      if (/\s/.test(ch)) {
        if (lastSpace) continue;
        flat += ' ';
        lastSpace = true;
      } else {
        // Same quote marks as the core's normalised text, so quotes match the page's curly ones.
        flat += ch.replace(/[“”„]/, '"').replace(/[’‘]/, "'").toLowerCase();
        lastSpace = false;
      }
      map.push({ node: nodes.length - 1, offset: i });
    }
    if (!lastSpace && parent && getComputedStyle(parent).display !== 'inline') {
      flat += ' ';
      map.push({ node: nodes.length - 1, offset: s.length });
      lastSpace = true;
    }
  }
  const needle = quote.replace(/[“”„]/g, '"').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
  // A quote may be shortened with an ellipsis: look for its longest piece.
  const pieces = needle.split(/\s*…\s*/).filter(Boolean);
  const probe = pieces.sort((a, b) => b.length - a.length)[0] ?? needle;
  const at = flat.indexOf(probe);
  if (at < 0) return false;
  const from = map[at];
  const to = map[at + probe.length - 1];
  const startNode = from && nodes[from.node];
  const endNode = to && nodes[to.node];
  if (!from || !to || !startNode || !endNode) return false;
  const range = document.createRange();
  range.setStart(startNode, from.offset);
  range.setEnd(endNode, Math.min(endNode.data.length, to.offset + 1));
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (css?.highlights && HighlightCtor) {
    if (!document.getElementById(`${NAME}-style`)) {
      const style = document.createElement('style');
      style.id = `${NAME}-style`;
      style.textContent = `::highlight(${NAME}) { background: #ffd54f; color: #000; }`;
      document.head.append(style);
    }
    css.highlights.set(NAME, new HighlightCtor(range));
  } else {
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  const el = startNode.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
