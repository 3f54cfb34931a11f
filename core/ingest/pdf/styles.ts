import { type Words, wordsOf } from './join.ts';
import { type Line, lineText, lineX0, lineX1, type Page } from './types.ts';

/** What "ordinary text" looks like in this document, measured once over all pages. */
export interface Styles {
  bodySize: number;
  bodyFont: string;
  /** Baseline-to-baseline distance of wrapped lines, per em. */
  pitchRatio: number;
  /** Fonts used for larger type and never mixed into body lines: heading fonts even at body size. */
  headingFonts: Set<string>;
  /** The document's words, to tell a word broken in a narrow cell from a wrapped one. */
  words: Words;
}

const round = (n: number) => Math.round(n * 2) / 2;

export function measureStyles(pages: Page[]): Styles {
  const bySize = new Map<number, number>();
  const byFont = new Map<string, number>();
  // Body text is prose: lines of one segment. Table cells (several per line) can outweigh it.
  for (const p of pages)
    for (const l of p.lines)
      if (l.segments.length === 1)
        for (const r of l.segments[0]?.runs ?? [])
          bySize.set(round(r.size), (bySize.get(round(r.size)) ?? 0) + r.str.length);
  const bodySize = argmax(bySize) ?? 12;
  for (const p of pages)
    for (const l of p.lines)
      for (const s of l.segments)
        for (const r of s.runs)
          if (round(r.size) === bodySize) byFont.set(r.font, (byFont.get(r.font) ?? 0) + r.str.length);
  const bodyFont = argmax(byFont) ?? '';

  const larger = new Set<string>();
  const mixed = new Set<string>();
  const gaps: number[] = [];
  for (const p of pages) {
    let prev: Line | undefined;
    for (const l of [...p.lines].sort((a, b) => b.y - a.y)) {
      const runs = l.segments.flatMap((s) => s.runs);
      let bodyChars = 0;
      for (const r of runs) {
        if (r.size > bodySize * 1.08 && r.str.length > 1) larger.add(r.font);
        if (r.font === bodyFont) bodyChars += r.str.length;
      }
      if (bodyChars >= 3) for (const r of runs) if (r.font !== bodyFont) mixed.add(r.font);
      if (prev && round(prev.size) === bodySize && round(l.size) === bodySize) {
        const gap = prev.y - l.y;
        if (gap > 0 && gap < bodySize * 2) gaps.push(gap / bodySize);
      }
      prev = l;
    }
  }
  gaps.sort((a, b) => a - b);
  // The most common gap is the line pitch; paragraph gaps are rarer and larger.
  const pitchRatio = mode(gaps) ?? 1.2;
  const headingFonts = new Set([...larger].filter((f) => !mixed.has(f) && f !== bodyFont));
  const words = wordsOf(() => pages.flatMap(proseLines).map(lineText));
  return { bodySize, bodyFont, pitchRatio, headingFonts, words };
}

/**
 * Lines of running text: one segment at least half as wide as the page's widest line. Narrow
 * table cells, where words may be broken at any letter, are left out.
 */
function proseLines(page: Page): Line[] {
  const width = (l: Line) => lineX1(l) - lineX0(l);
  const widest = Math.max(0, ...page.lines.map(width));
  return page.lines.filter((l) => l.segments.length === 1 && width(l) >= widest * 0.5);
}

function argmax<K>(m: Map<K, number>): K | undefined {
  let best: K | undefined;
  let n = -1;
  for (const [k, v] of m)
    if (v > n) {
      best = k;
      n = v;
    }
  return best;
}

function mode(sorted: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const g of sorted) {
    const k = Math.round(g * 20) / 20;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return argmax(counts);
}

/** Size of a line's type, and whether all of it is set as a heading. */
export function headingSize(line: Line, styles: Styles): number | undefined {
  let total = 0;
  let heading = 0;
  let size = 0;
  for (const s of line.segments)
    for (const r of s.runs) {
      const n = r.str.replace(/\s/g, '').length;
      total += n;
      const large = r.size > styles.bodySize * 1.08;
      const bodyHeading =
        Math.abs(r.size - styles.bodySize) < styles.bodySize * 0.08 && styles.headingFonts.has(r.font);
      if (large || bodyHeading) {
        heading += n;
        size = Math.max(size, round(r.size));
      }
    }
  return total > 0 && heading / total >= 0.9 ? size : undefined;
}
