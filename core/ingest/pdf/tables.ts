import { joinCellLines, type Words } from './join.ts';
import type { Styles } from './styles.ts';
import { type Line, lineX0, lineX1, type Segment } from './types.ts';

export interface Table {
  rows: string[][];
  /** Left edges of the columns, to recognise the same table continuing on the next page. */
  columns: number[];
  /** The last line of each cell in the last row, to finish a row the page break split. */
  tail: { line: string; room: number; em: number }[];
  end: number;
}

const ALIGN = 4;

/** A line that looks like a table row: several cells, not a list marker or a leader line. */
export function isCellLine(line: Line): boolean {
  if (line.segments.length < 2) return false;
  const first = line.segments[0]?.text ?? '';
  return !/^([•▪◦●○■□‣⁃·*\-–—]|\(?\d{1,2}[.)]|\(?[a-zåäö][.)])$/i.test(first);
}

/**
 * A table starting at line `start`: lines with several cells, and the single-cell continuation
 * lines between them, while the vertical gaps stay row-sized and the type size stays the same.
 */
export function takeTable(lines: Line[], start: number, styles: Styles, minCellLines = 2): Table | undefined {
  const lead = leadingCellLines(lines, start, styles);
  if (lead > 0) {
    const table = takeTable(lines, start + lead, styles, minCellLines);
    if (!table) return undefined;
    const head = lines.slice(start, start + lead + 1);
    const columns = table.columns;
    const fits = head.every((l) => l.segments.every((s) => columns.some((c) => Math.abs(c - s.x0) <= ALIGN)));
    if (!fits) return undefined;
    const body = lines.slice(start, table.end);
    return {
      ...toRows(body, columns, styles.pitchRatio * (lines[start] as Line).size, styles.words),
      columns,
      end: table.end,
    };
  }
  const first = lines[start];
  if (!first || !isCellLine(first)) return undefined;
  const size = first.size;
  const pitch = styles.pitchRatio * size;
  let x0 = lineX0(first);
  let x1 = lineX1(first);
  let cellLines = 1;
  let end = start + 1;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j] as Line;
    const prev = lines[j - 1] as Line;
    if (prev.y - line.y > pitch * 1.55 || Math.abs(line.size - size) > size * 0.15) break;
    if (isCellLine(line)) {
      cellLines++;
      x0 = Math.min(x0, lineX0(line));
      x1 = Math.max(x1, lineX1(line));
      end = j + 1;
      continue;
    }
    if (lineX0(line) < x0 - ALIGN || lineX1(line) - lineX0(line) > (x1 - x0) * 0.6) break;
    end = j + 1;
  }
  if (cellLines < minCellLines) return undefined;
  const body = lines.slice(start, end);
  const columns = columnStarts(body);
  if (columns.length < 2) return undefined;
  return { ...toRows(body, columns, pitch, styles.words), columns, end };
}

/**
 * How many single-cell lines precede a cell line at wrapped-line distance: the upper lines of
 * a header row whose other cells are vertically centred or bottom-aligned.
 */
function leadingCellLines(lines: Line[], start: number, styles: Styles): number {
  for (let k = 0; k < 3; k++) {
    const line = lines[start + k];
    const next = lines[start + k + 1];
    if (!line || !next || isCellLine(line)) return 0;
    if (line.y - next.y > styles.pitchRatio * line.size * 1.15 || line.size !== next.size) return 0;
    if (isCellLine(next)) return k + 1;
  }
  return 0;
}

/**
 * Left edges shared by several cell lines, plus edges seen once that no cell text runs across
 * (a header above a short continuation); a centred header cell falls inside its column instead.
 */
function columnStarts(body: Line[]): number[] {
  const cellLines = body.filter(isCellLine);
  const segments = cellLines.flatMap((l) => l.segments);
  const xs = segments.map((s) => s.x0).sort((a, b) => a - b);
  const clusters: { x: number; n: number }[] = [];
  for (const x of xs) {
    const c = clusters.at(-1);
    if (c && x - c.x <= ALIGN) c.n++;
    else clusters.push({ x, n: 1 });
  }
  if (clusters.filter((c) => c.n >= 2).length < 2) return clusters.map((c) => c.x);
  const all = body.flatMap((l) => l.segments);
  return clusters
    .filter((c) => c.n >= 2 || !all.some((s) => s.x0 < c.x - ALIGN && s.x1 > c.x + ALIGN))
    .map((c) => c.x);
}

function columnOf(seg: Segment, columns: number[]): number {
  let k = 0;
  for (let i = 0; i < columns.length; i++) if (seg.x0 >= (columns[i] ?? 0) - ALIGN) k = i;
  return k;
}

interface CellLine {
  text: string;
  x1: number;
  size: number;
}

function toRows(body: Line[], columns: number[], pitch: number, words: Words): Pick<Table, 'rows' | 'tail'> {
  let minGap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < body.length; i++)
    minGap = Math.min(minGap, (body[i - 1] as Line).y - (body[i] as Line).y);
  const inCell = Math.min(minGap, pitch * 1.02);
  const rowsOfLines: CellLine[][][] = [];
  let row: CellLine[][] | undefined;
  let prevY = Number.POSITIVE_INFINITY;
  const colMax = columns.map(() => 0);
  for (const line of body) {
    if (!row || prevY - line.y > inCell * 1.12) {
      row = columns.map(() => []);
      rowsOfLines.push(row);
    }
    prevY = line.y;
    for (const seg of line.segments) {
      const k = columnOf(seg, columns);
      row[k]?.push({ text: seg.text, x1: seg.x1, size: line.size });
      colMax[k] = Math.max(colMax[k] ?? 0, seg.x1);
    }
  }
  const rows = rowsOfLines.map((r) => r.map((cell, k) => cellText(cell, colMax[k] ?? 0, words)));
  const tail = (rowsOfLines.at(-1) ?? []).map((cell, k) => {
    const l = cell.at(-1);
    return l ? { line: l.text, room: (colMax[k] ?? 0) - l.x1, em: l.size } : { line: '', room: 0, em: 1 };
  });
  return { rows, tail };
}

function cellText(cell: CellLine[], right: number, words: Words): string {
  let text = '';
  let prevLine: CellLine | undefined;
  for (const l of cell) {
    text = prevLine ? joinCellLines(text, prevLine.text, l.text, right - prevLine.x1, l.size, words) : l.text;
    prevLine = l;
  }
  return text;
}

/** Join a table continued on the next page: drop a repeated header and finish a split row. */
export function continueTable(prev: Table, next: Table, words?: Words): string[][] {
  let rows = next.rows;
  const header = prev.rows[0];
  if (header && rows[0] && rows[0].join('\u0000') === header.join('\u0000')) rows = rows.slice(1);
  const last = prev.rows.at(-1);
  const head = rows[0];
  if (last && head && prev.rows.length > 1) {
    const filled = head.filter((c) => c !== '').length;
    const split =
      head.some((c, k) => c === '' && (last[k] ?? '') !== '') &&
      (head[0] === '' || filled * 2 <= head.length);
    if (split) {
      const merged = last.map((c, k) => {
        const t = prev.tail[k];
        return joinCellLines(c, t?.line ?? c, head[k] ?? '', t?.room ?? 0, t?.em ?? 1, words);
      });
      return [...prev.rows.slice(0, -1), merged, ...rows.slice(1)];
    }
  }
  return [...prev.rows, ...rows];
}
