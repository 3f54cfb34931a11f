import type { RawPage } from './load.ts';
import type { Line, Page, Run, Segment } from './types.ts';

/** A horizontal gap wider than this (in ems) separates segments: table cells, columns, tab stops. */
export const SEGMENT_GAP = 0.8;
/** A gap wider than this (in ems) between runs is a word space the PDF did not spell out. */
const SPACE_GAP = 0.12;

/** Rebuild lines from a page's runs: group by baseline, order by x, split at wide gaps. */
export function buildLines(raw: RawPage): Page {
  const runs = [...raw.runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  let current: Run[] = [];
  let top = Number.POSITIVE_INFINITY;
  let baseSize = 0;
  for (const run of runs) {
    // Superscripts sit up to about half an em above the baseline; keep them on their line.
    if (current.length > 0 && top - run.y <= Math.max(baseSize, run.size) * 0.5) {
      current.push(run);
      baseSize = Math.max(baseSize, run.size);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    top = run.y;
    baseSize = run.size;
  }
  if (current.length > 0) groups.push(current);

  const lines: Line[] = [];
  for (const group of groups) {
    const line = toLine(group, raw.number);
    if (line) lines.push(line);
  }
  return { number: raw.number, width: raw.width, height: raw.height, lines };
}

function toLine(group: Run[], page: number): Line | undefined {
  const main = dominant(group);
  const runs = group
    .filter((r) => !isFootnoteMarker(r, main))
    .map((r) => ({ ...r, y: main.y }))
    .sort((a, b) => a.x - b.x);
  if (runs.length === 0) return undefined;
  const segments: Segment[] = [];
  let seg: Segment | undefined;
  for (const run of runs) {
    const em = Math.max(run.size, main.size);
    if (seg && run.x - seg.x1 < SEGMENT_GAP * em) {
      const gap = run.x - seg.x1;
      const glue = gap > SPACE_GAP * em && !/\s$/.test(seg.text) && !/^\s/.test(run.str) ? ' ' : '';
      seg.text += glue + run.str;
      seg.x1 = Math.max(seg.x1, run.x + run.width);
      seg.runs.push(run);
      continue;
    }
    seg = { x0: run.x, x1: run.x + run.width, text: run.str, runs: [run] };
    segments.push(seg);
  }
  for (const s of segments) s.text = collapseLetterSpacing(s.text.replace(/\s+/g, ' ').trim());
  return { page, y: main.y, size: main.size, segments: segments.filter((s) => s.text !== '') };
}

/** The run that defines the line's baseline and size: the one with the most characters. */
function dominant(group: Run[]): Run {
  let best = group[0] as Run;
  for (const r of group) if (r.str.length > best.str.length) best = r;
  return best;
}

/** A raised, smaller number or symbol glued to a word: a footnote reference, not text. */
function isFootnoteMarker(run: Run, main: Run): boolean {
  if (run === main) return false;
  const raised = run.y - main.y > main.size * 0.15;
  const smaller = run.size < main.size * 0.85;
  return raised && smaller && /^\s*[\d*†‡,]{1,4}\s*$/.test(run.str);
}

/** "S a m v e r k a n" (letter-spaced display type) back to "Samverkan". */
export function collapseLetterSpacing(text: string): string {
  return text.replace(/(?:^|(?<= ))(?:\p{L} ){3,}\p{L}(?= |$)/gu, (m) => m.replace(/ /g, ''));
}
