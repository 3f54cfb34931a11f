import { type Line, lineText, type Page } from './types.ts';

/** How far into the page (share of its height) running headers and footers may sit. */
const MARGIN_SHARE = 0.12;
/** How many lines at the very top and bottom are considered. */
const EDGE_LINES = 3;

const PAGE_NUMBER =
  /^(?:(?:sida|sid|s\.|page)\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:av|of|\/|\()\s*\d{1,4}\)?)?$/i;

/**
 * Drop running headers, footers and page numbers: lines near the top or bottom edge whose text,
 * with digits masked, recurs on many pages, and lone page numbers in the margins.
 */
export function removeFurniture(pages: Page[]): void {
  const counts = new Map<string, number>();
  const edgeLines = pages.map(edges);
  for (const edge of edgeLines) {
    const seen = new Set<string>();
    for (const line of edge) seen.add(key(line));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const [i, page] of pages.entries()) {
    const drop = new Set<Line>();
    for (const line of edgeLines[i] ?? []) {
      const text = lineText(line);
      const repeated = pages.length >= 2 && (counts.get(key(line)) ?? 0) >= needed;
      if (repeated || (PAGE_NUMBER.test(text) && isOutermost(page, line))) drop.add(line);
    }
    if (drop.size > 0) page.lines = page.lines.filter((l) => !drop.has(l) || !detached(page, drop, l));
  }
}

/**
 * Furniture stands apart from the body; a table's repeated header row sits at line distance
 * from the row below it and stays.
 */
function detached(page: Page, drop: Set<Line>, line: Line): boolean {
  const sorted = [...page.lines].sort((a, b) => b.y - a.y);
  const i = sorted.indexOf(line);
  const inner = line.y > page.height / 2 ? 1 : -1;
  for (let j = i + inner; j >= 0 && j < sorted.length; j += inner) {
    const other = sorted[j] as Line;
    if (drop.has(other)) continue;
    return Math.abs(line.y - other.y) > Math.max(line.size, other.size) * 1.6;
  }
  return true;
}

/** The outermost lines of a page that lie within its top and bottom margins. */
function edges(page: Page): Line[] {
  const lines = [...page.lines].sort((a, b) => b.y - a.y);
  const top = lines.slice(0, EDGE_LINES).filter((l) => l.y > page.height * (1 - MARGIN_SHARE));
  const bottom = lines.slice(-EDGE_LINES).filter((l) => l.y < page.height * MARGIN_SHARE);
  return [...new Set([...top, ...bottom])];
}

function isOutermost(page: Page, line: Line): boolean {
  return page.lines.every((l) => l.y <= line.y) || page.lines.every((l) => l.y >= line.y);
}

function key(line: Line): string {
  return lineText(line).replace(/\d+/g, '#').replace(/\s+/g, '').toLowerCase();
}
