import type { RawBlock } from '../../model/document.ts';
import { joinLines } from './join.ts';
import { headingSize, type Styles } from './styles.ts';
import { continueTable, type Table, takeTable } from './tables.ts';
import { type Line, lineX0, lineX1 } from './types.ts';

/** A short line of a few capitalised words with no punctuation: a section label. */
const LABEL_LINE = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}$/u;

const BULLET = /^([•▪◦●○■□‣⁃·*])\s*/;
const DASH = /^([-–—])\s+/;
const ORDERED = /^(\(?\d{1,2}[.)]|\(?[a-zåäö]\))\s+/i;

interface Open {
  block: RawBlock;
  /** Heading size for headings, else undefined. */
  heading?: number;
  size: number;
  /** Where wrapped lines of the block start. */
  textX: number;
  last: Line;
  right: number;
  table?: Table;
  /** Indented lines without a visible marker: list items whose bullets were drawn, not typed. */
  bare?: boolean;
}

/** Turn reading-ordered flows of lines into headings, paragraphs, list items and tables. */
export class BlockBuilder {
  readonly blocks: RawBlock[] = [];
  readonly headingSizes: number[] = [];
  #open: Open | undefined;
  readonly #styles: Styles;

  constructor(styles: Styles) {
    this.#styles = styles;
  }

  addFlow(lines: Line[]): void {
    const bodyX = bodyLeft(lines, this.#styles);
    const right = Math.max(0, ...lines.map(lineX1));
    let prev: Line | undefined;
    for (let i = 0; i < lines.length; ) {
      // A table continued from the previous page may show only its repeated header and one line.
      const continuing = prev === undefined && this.#open?.table !== undefined;
      const table = takeTable(lines, i, this.#styles, continuing ? 1 : 2);
      if (table) {
        this.#addTable(table, lines[i] as Line, prev === undefined);
        i = table.end;
        prev = lines[i - 1];
        continue;
      }
      const line = lines[i] as Line;
      this.#addLine(line, prev, bodyX, right);
      prev = line;
      i++;
    }
  }

  #addTable(table: Table, first: Line, startOfFlow: boolean): void {
    const open = this.#open;
    if (startOfFlow && open?.table && sameColumns(open.table.columns, table.columns)) {
      const rows = continueTable(open.table, table, this.#styles.words);
      open.block.rows = rows;
      open.table = { ...table, rows };
      return;
    }
    const block: RawBlock = { kind: 'table', text: '', rows: table.rows, origin: { page: first.page } };
    this.blocks.push(block);
    this.#open = { block, size: first.size, textX: lineX0(first), last: first, right: 0, table };
  }

  #addLine(line: Line, prev: Line | undefined, bodyX: number, right: number): void {
    const styles = this.#styles;
    const text = line.segments.map((s) => s.text).join(' ');
    const heading = headingSize(line, styles);
    const em = line.size;
    const x0 = lineX0(line);
    const open = this.#open;
    const marker = listMarker(line);

    // A title or line wrapped just across a column boundary: carry on from the block's last line.
    if (prev === undefined && open && open.last.page === line.page && open.last.y > line.y) {
      const gap = open.last.y - line.y;
      if (gap <= styles.pitchRatio * line.size * 1.6 && Math.abs(lineX0(open.last) - x0) < em * 2)
        prev = open.last;
    }
    let continues = false;
    if (open && !open.table && open.heading === heading && Math.abs(open.size - line.size) < em * 0.1) {
      if (prev === undefined) {
        // A new page or column: carry on a paragraph or item that stopped mid-sentence.
        continues =
          heading === undefined &&
          marker === undefined &&
          !/[.!?:]$/.test(open.block.text) &&
          x0 <= bodyX + em;
        if (continues && open.bare) continues = x0 > bodyX + em * 0.8;
        // "Samverkansområden" at the foot of a page over "Parterna ska …" on the next: a label, not a sentence cut off.
        if (continues && LABEL_LINE.test(open.block.text) && /^\p{Lu}/u.test(text)) continues = false;
      } else {
        const gap = prev.y - line.y;
        const pitch = styles.pitchRatio * line.size;
        continues = gap <= pitch * (heading ? 1.6 : 1.3) && gap > 0;
        if (continues && open.block.kind === 'list-item') continues = x0 >= open.textX - em * 0.5;
        else if (continues) continues = Math.abs(x0 - open.textX) <= em * 1.5;
        if (continues && open.bare && (roomFor(open, line) || sentenceBreak(open.block.text, text)))
          continues = false;
      }
      if (continues && marker) {
        // "2023. Kvinnor är …" can begin a wrapped line; a typed bullet or a tab after the number cannot.
        const strong = marker.strong || open.block.kind === 'list-item' || /:$/.test(open.block.text);
        if (strong || roomFor(open, line)) continues = false;
      }
    }

    if (continues && open) {
      open.block.text = joinLines(open.block.text, text);
      open.last = line;
      return;
    }

    let kind: RawBlock['kind'] = 'paragraph';
    let body = text;
    let textX = x0;
    let bare = false;
    if (heading !== undefined) kind = 'heading';
    else if (marker) {
      kind = 'list-item';
      body = marker.text;
      textX = marker.textX;
    } else if (x0 > bodyX + em * 0.8 && x0 < bodyX + em * 6) {
      kind = 'list-item';
      bare = true;
    }
    const block: RawBlock = { kind, text: body, origin: { page: line.page } };
    if (heading !== undefined) {
      // The size for now; assignLevels turns sizes into levels once all headings are known.
      block.level = heading;
      this.headingSizes.push(heading);
    }
    this.blocks.push(block);
    this.#open = { block, size: line.size, textX, last: line, right, bare };
    if (heading !== undefined) this.#open.heading = heading;
  }

  /** Heading levels from size rank: the largest heading type is level 1. */
  assignLevels(): void {
    const sizes = [...new Set(this.headingSizes)].sort((a, b) => b - a);
    const bodyRank = sizes.indexOf(this.#styles.bodySize);
    for (const b of this.blocks) {
      if (b.kind !== 'heading') continue;
      const rank = sizes.indexOf(Number(b.level ?? 0));
      // Bold body-size lines below three larger heading sizes are emphasis, not a fourth level.
      if (rank === bodyRank && rank >= 3) {
        b.kind = 'paragraph';
        delete b.level;
        continue;
      }
      b.level = Math.min(6, rank + 1);
    }
    deepenByNumbering(this.blocks);
  }
}

/**
 * "3.1 Kommunens lägesbild" set in the same type as "3. Underlag" is still one level deeper:
 * a heading numbered one step deeper than the last heading of its level goes below it.
 */
export function deepenByNumbering(blocks: RawBlock[]): void {
  const depthAt = new Map<number, number>();
  for (const b of blocks) {
    if (b.kind !== 'heading' || b.level === undefined) continue;
    const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S/.exec(b.text);
    if (!m) continue;
    const depth = (m[1] ?? '').split('.').length;
    const shallower = depthAt.get(b.level);
    if (shallower !== undefined && depth > shallower) b.level = Math.min(6, b.level + depth - shallower);
    else depthAt.set(b.level, depth);
  }
}

/** In a list whose bullets were drawn, a sentence that ends with its line most likely ends the item. */
function sentenceBreak(prev: string, next: string): boolean {
  return /[.!?]$/.test(prev) && /^[\p{Lu}\d]/u.test(next);
}

/** Would the line's first word have fitted at the end of the open block's last line? */
function roomFor(open: Open, line: Line): boolean {
  const first = line.segments[0];
  if (!first) return false;
  const word = first.text.split(' ')[0] ?? '';
  const wordWidth = ((first.x1 - first.x0) * word.length) / Math.max(1, first.text.length);
  return open.right - lineX1(open.last) > wordWidth + line.size * 0.5;
}

function listMarker(line: Line): { text: string; textX: number; strong: boolean } | undefined {
  const [first, second] = line.segments;
  if (!first) return undefined;
  const onlyMarker = BULLET.test(first.text) || DASH.test(`${first.text} `) || ORDERED.test(`${first.text} `);
  if (second && onlyMarker && first.text.length <= 4) {
    const text = line.segments
      .slice(1)
      .map((s) => s.text)
      .join(' ');
    return { text, textX: second.x0, strong: true };
  }
  const m = BULLET.exec(first.text) ?? ORDERED.exec(first.text) ?? DASH.exec(first.text);
  if (!m) return undefined;
  const rest = line.segments
    .map((s) => s.text)
    .join(' ')
    .slice(m[0].length);
  if (rest === '') return undefined;
  const share = m[0].length / first.text.length;
  return { text: rest, textX: first.x0 + (first.x1 - first.x0) * share, strong: BULLET.test(first.text) };
}

/** The left edge of running text in a flow: the commonest start of body-size lines. */
function bodyLeft(lines: Line[], styles: Styles): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    if (Math.abs(l.size - styles.bodySize) > 0.6) continue;
    const x = Math.round(lineX0(l));
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  let best = lines[0] ? lineX0(lines[0]) : 0;
  let n = 0;
  for (const [x, c] of counts)
    if (c > n || (c === n && x < best)) {
      best = x;
      n = c;
    }
  return best;
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? 0)) < 6);
}
