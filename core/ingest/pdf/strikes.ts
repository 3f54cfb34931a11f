/**
 * Struck-through text: what a revision removed, kept on the page but no longer in force. Word and
 * Markdown mark it; a PDF only draws it, as a thin line or bar across the middle of the glyphs, so
 * the page's thin horizontal paint is compared with its text and the text it strikes is dropped.
 */
import { OPS, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SEGMENT_GAP } from './lines.ts';
import type { Run } from './types.ts';

/**
 * Words with which a document says it shows struck-through text ("Överstruken text gäller inte
 * längre", "– struken", "stryks", Word's "Borttaget:" in the margin), or says it is a revision or a
 * draft, where struck text is found ("Ändringar jämfört med version 2.0", "reviderad", "Utkast").
 * Only such documents have their pages' paint read (see LoadOptions.strikes): reading it costs about
 * half as much again as reading the text, and one fixture PDF in eight opens the gate.
 */
const MENTIONS =
  /stru(?:ken|kna|ket)\b|stryk(?:s|ning)|borttag(?:en|et|na)\b|\bstruck\b|strike-?through|\bdeleted:|utgår:|ändringar\s+jämfört|reviderad\b|version\s+\d|utkast|spårade\s+ändringar/iu;

/** Whether some page's text mentions struck-through text. */
export function mentionsStrikes(pages: { runs: Run[] }[]): boolean {
  return pages.some((p) => MENTIONS.test(p.runs.map((r) => r.str).join('')));
}

/** A thin horizontal bar of paint (a filled rectangle or a stroked line) in the runs' space. */
export interface Bar {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A page's operators as pdf.js lists them (`PDFPageProxy.getOperatorList`). */
export interface OperatorList {
  fnArray: number[];
  // biome-ignore lint/suspicious/noExplicitAny: each operator has its own arguments
  argsArray: any[];
}

type Matrix = [number, number, number, number, number, number];

/** Thicker than this (points) is no strike line; the bound that decides is relative to the text. */
const MAX_BAR = 6;
/** A strike's middle sits this high above the baseline (ems): an underline is below it, at most at it. */
const BAND_LOW = 0.2;
const BAND_HIGH = 0.75;
/** A strike is at most this thick (ems); a highlight or background covers the glyphs' height. */
const MAX_THICKNESS = 0.2;
/** Share of a bar's length over the text it crosses: a rule across a row of cells is mostly gaps. */
const MIN_OVER_TEXT = 0.8;

/** A list bullet, set at most BULLET_GAP ems before its item's text. */
const BULLETS = /^[\s•◦▪▫■□●○‣⁃∙·*–—-]*$/u;
const BULLET_GAP = 3;

// pdf.js's path commands in constructPath data (its DrawOPS, not exported).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;

const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke]);
const FILL_STROKES = new Set<number>([
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

/**
 * The thin horizontal bars painted on a page, moved by (-dx, -dy) like its runs. Only the current
 * transformation matrix and line width are followed; colour, clipping and dashes are not.
 */
export function thinBars(ops: OperatorList, dx = 0, dy = 0): Bar[] {
  const bars: Bar[] = [];
  let ctm: Matrix = [1, 0, 0, 1, -dx, -dy];
  let lineWidth = 1;
  const stack: [Matrix, number][] = [];
  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === OPS.save) stack.push([ctm, lineWidth]);
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd)
      [ctm, lineWidth] = stack.pop() ?? [ctm, lineWidth];
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args) as Matrix;
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push([ctm, lineWidth]);
      if (args[0]) ctm = Util.transform(ctm, Array.from(args[0])) as Matrix;
    } else if (fn === OPS.setLineWidth) lineWidth = args[0];
    else if (fn === OPS.setGState) {
      for (const [key, value] of args[0]) if (key === 'LW') lineWidth = value;
    } else if (fn === OPS.constructPath) {
      const [paint, [data]] = args;
      const stroked = STROKES.has(paint) || FILL_STROKES.has(paint);
      if (!data || !(stroked || FILLS.has(paint))) continue;
      // A stroke's pen reaches half the line width either side of the path, scaled by the matrix.
      const pen = stroked ? (lineWidth / 2) * Math.hypot(ctm[1], ctm[3]) : 0;
      addSubpaths(bars, data, ctm, pen);
    }
  }
  return bars;
}

/** Each subpath's extent in page space, kept when it is a thin horizontal bar. */
function addSubpaths(bars: Bar[], data: ArrayLike<number>, m: Matrix, pen: number): void {
  let box: Bar | undefined;
  const flush = () => {
    if (!box) return;
    const y0 = box.y0 - pen;
    const y1 = box.y1 + pen;
    if (y1 - y0 <= MAX_BAR && box.x1 - box.x0 >= 2 * (y1 - y0) && box.x1 > box.x0)
      bars.push({ x0: box.x0, x1: box.x1, y0, y1 });
    box = undefined;
  };
  const add = (x: number, y: number) => {
    const px = m[0] * x + m[2] * y + m[4];
    const py = m[1] * x + m[3] * y + m[5];
    if (!box) box = { x0: px, x1: px, y0: py, y1: py };
    else {
      box.x0 = Math.min(box.x0, px);
      box.x1 = Math.max(box.x1, px);
      box.y0 = Math.min(box.y0, py);
      box.y1 = Math.max(box.y1, py);
    }
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    const points =
      op === CURVE_TO ? 3 : op === QUADRATIC_CURVE_TO ? 2 : op === MOVE_TO || op === LINE_TO ? 1 : 0;
    if (op === MOVE_TO) flush();
    for (let p = 0; p < points; p++, i += 2) add(data[i] as number, data[i + 1] as number);
  }
  flush();
}

/** Whether a bar crosses a run at the middle of its glyphs and is thin for its size. */
function crosses(bar: Bar, run: Run): boolean {
  const mid = (bar.y0 + bar.y1) / 2 - run.y;
  return (
    bar.y1 - bar.y0 <= MAX_THICKNESS * run.size &&
    mid >= BAND_LOW * run.size &&
    mid <= BAND_HIGH * run.size &&
    Math.min(bar.x1, run.x + run.width) > Math.max(bar.x0, run.x)
  );
}

/**
 * The runs without the text struck through by the bars. A struck run is dropped, a partly struck
 * one loses its struck words, and the rest of its line closes up as if they had never been set.
 */
export function dropStruck(runs: Run[], bars: Bar[]): Run[] {
  if (bars.length === 0) return runs;
  const struck = new Map<Run, [number, number][]>();
  for (const bar of bars) {
    const crossed = runs.filter((r) => crosses(bar, r));
    if (crossed.length === 0) continue;
    const spans = crossed.map((r): [number, number] => [
      Math.max(bar.x0, r.x),
      Math.min(bar.x1, r.x + r.width),
    ]);
    if (covered(spans) < MIN_OVER_TEXT * (bar.x1 - bar.x0)) continue;
    for (const [i, r] of crossed.entries())
      struck.set(r, [...(struck.get(r) ?? []), spans[i] as [number, number]]);
  }
  if (struck.size === 0) return runs;
  const out = new Map<Run, Run | undefined>();
  for (const run of struck.keys()) if (!out.has(run)) closeUp(lineOf(runs, run), struck, out);
  return runs.flatMap((r) => {
    if (!out.has(r)) return [r];
    const kept = out.get(r);
    return kept ? [kept] : [];
  });
}

/** The runs on a run's line (superscripts included, as lines.ts groups them), left to right. */
function lineOf(runs: Run[], run: Run): Run[] {
  return runs
    .filter((r) => Math.abs(r.y - run.y) <= Math.max(r.size, run.size) * 0.5)
    .sort((a, b) => a.x - b.x);
}

/** Sets each run of a line to what is left of it, moved left by the struck text before it. */
function closeUp(line: Run[], struck: Map<Run, [number, number][]>, out: Map<Run, Run | undefined>): void {
  let shift = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [i, run] of line.entries()) {
    // Only text flowing on from the struck text closes up, not the next cell or column.
    if (run.x - end >= SEGMENT_GAP * run.size) shift = 0;
    end = Math.max(end, run.x + run.width);
    const spans = struck.get(run);
    const str = spans ? keptText(run, spans) : run.str;
    if (str.trim() === '') {
      const next = line[i + 1];
      shift += next && next.x - end < SEGMENT_GAP * run.size ? next.x - run.x : run.width;
      out.set(run, undefined);
      continue;
    }
    const width = str === run.str ? run.width : (run.width * weight(str)) / weight(run.str);
    if (shift !== 0 || str !== run.str) out.set(run, { ...run, str, x: run.x - shift, width });
    shift += run.width - width;
  }
  // A list item struck whole leaves its bullet, which marks nothing now.
  const first = line.find((r) => struck.has(r)) as Run;
  const left = line.filter((r) => !out.has(r) || out.get(r));
  const bullet = (r: Run) =>
    r.x < first.x && first.x - (r.x + r.width) < BULLET_GAP * first.size && BULLETS.test(r.str);
  if (left.every(bullet)) for (const r of left) out.set(r, undefined);
}

/** A run's text without the words struck through (over half their width); empty when all are. */
function keptText(run: Run, spans: [number, number][]): string {
  const unit = run.width / weight(run.str);
  let at = run.x;
  const words: string[] = [];
  let dropped = false;
  for (const token of run.str.match(/\s+|\S+/g) ?? []) {
    const a = at;
    at += weight(token) * unit;
    if (/^\s/.test(token)) continue;
    if (covered(spans.map(([s, e]) => [Math.max(s, a), Math.min(e, at)])) < 0.5 * (at - a)) words.push(token);
    else dropped = true;
  }
  if (!dropped) return run.str;
  if (words.length === 0) return '';
  const lead = /^\s*/.exec(run.str)?.[0] ?? '';
  const trail = /\s*$/.exec(run.str)?.[0] ?? '';
  return lead + words.join(' ') + trail;
}

/** Length covered by some spans (which may overlap). */
function covered(spans: [number, number][]): number {
  const sorted = spans.filter(([a, b]) => b > a).sort((p, q) => p[0] - q[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [a, b] of sorted) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** A string's rough advance in ems, to place words inside a run whose glyph widths are unknown. */
function weight(s: string): number {
  let w = 0;
  for (const c of s)
    w += /[\sijlI.,:;'!|()[\]ft-]/.test(c) ? 0.3 : /[mwMW]/.test(c) ? 0.85 : /[A-ZÅÄÖ]/.test(c) ? 0.68 : 0.52;
  return w;
}
