import { type Line, lineX0, lineX1, type Page } from './types.ts';

/** Narrowest empty vertical strip (pt) that counts as a gutter between text columns. */
const MIN_GUTTER = 10;

/**
 * The page's lines in reading order as one or more flows. A two-column page is read left column
 * then right column, band by band between lines that span both columns (titles, wide tables).
 */
export function readingFlows(page: Page): Line[][] {
  const lines = [...page.lines].sort((a, b) => b.y - a.y);
  const gutter = findGutter(lines);
  if (gutter === undefined) return [lines];
  const flows: Line[][] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    if (left.length > 0) flows.push(left);
    if (right.length > 0) flows.push(right);
    left = [];
    right = [];
  };
  for (const line of lines) {
    const l = line.segments.filter((s) => s.x1 <= gutter.at);
    const r = line.segments.filter((s) => s.x0 >= gutter.at);
    if (l.length + r.length < line.segments.length) {
      flush();
      flows.push([line]);
      continue;
    }
    if (l.length > 0) left.push({ ...line, segments: l });
    if (r.length > 0) right.push({ ...line, segments: r });
  }
  flush();
  return flows;
}

/**
 * A gutter is an x position near the middle of the text that no segment crosses (but a few wide
 * spanning lines), with prose filling most of the width on both sides — unlike a table, whose
 * columns are narrow and unevenly filled.
 */
function findGutter(lines: Line[]): { at: number } | undefined {
  if (lines.length < 8) return undefined;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  for (const l of lines) {
    minX = Math.min(minX, lineX0(l));
    maxX = Math.max(maxX, lineX1(l));
  }
  const width = maxX - minX;
  if (width < 200) return undefined;
  const bins = new Uint16Array(Math.ceil(width) + 1);
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const typical = sizes[sizes.length >> 1] ?? 0;
  let spanning = 0;
  for (const l of lines) {
    // Wide lines and display type (a title above both columns) may cross the gutter.
    if ((lineX1(l) - lineX0(l) > width * 0.75 && l.segments.length === 1) || l.size > typical * 1.15) {
      spanning++;
      continue;
    }
    for (const s of l.segments) {
      for (let x = Math.floor(s.x0 - minX); x < Math.ceil(s.x1 - minX); x++) bins[x] = (bins[x] ?? 0) + 1;
    }
  }
  if (spanning > lines.length * 0.25) return undefined;
  let best: { from: number; to: number } | undefined;
  let runStart = -1;
  for (let x = Math.floor(width * 0.3); x <= Math.ceil(width * 0.7); x++) {
    if ((bins[x] ?? 0) === 0) {
      if (runStart < 0) runStart = x;
      const len = x - runStart + 1;
      if (len >= MIN_GUTTER && (!best || len > best.to - best.from)) best = { from: runStart, to: x };
    } else runStart = -1;
  }
  if (!best) return undefined;
  const at = minX + (best.from + best.to) / 2;
  const leftWidth = at - minX;
  const rightWidth = maxX - at;
  // Text columns hold one segment per line and mostly full lines; a table's halves hold several cells.
  let leftFill = 0;
  let rightFill = 0;
  let leftCount = 0;
  let rightCount = 0;
  let leftLines = 0;
  let rightLines = 0;
  for (const l of lines) {
    let hasLeft = false;
    let hasRight = false;
    for (const s of l.segments) {
      if (s.x1 <= at) {
        leftFill += (s.x1 - s.x0) / leftWidth;
        leftCount++;
        hasLeft = true;
      } else if (s.x0 >= at) {
        rightFill += (s.x1 - s.x0) / rightWidth;
        rightCount++;
        hasRight = true;
      }
    }
    if (hasLeft) leftLines++;
    if (hasRight) rightLines++;
  }
  if (leftLines < lines.length * 0.3 || rightLines < lines.length * 0.3) return undefined;
  if (leftCount > leftLines * 1.3 || rightCount > rightLines * 1.3) return undefined;
  if (Math.max(leftFill / leftCount, rightFill / rightCount) < 0.55) return undefined;
  return { at };
}
