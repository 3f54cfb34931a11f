import type { RawBlock } from '../../model/document.ts';
import { joinCellLines, joinLines, type Words, wordsOf } from './join.ts';
import { collapseLetterSpacing } from './lines.ts';
import type { RawPage } from './load.ts';
import type { Run, StructNode } from './types.ts';

/** A gap wider than this (in ems) between runs on a line is a word space the PDF did not spell out. */
const SPACE_GAP = 0.12;

/** Roles that hold text inside a block: their content belongs to the enclosing block. */
const INLINE = new Set([
  'Span',
  'Em',
  'Strong',
  'Link',
  'NonStruct',
  'Quote',
  'Code',
  'Reference',
  'BibEntry',
  'Lbl',
  'LBody',
  'Annot',
  'Sub',
  'Formula',
  'Ruby',
  'Warichu',
  'Note',
]);

/** What the tagged pages give before blocks split by a page break are joined. */
interface PageBlock {
  block: RawBlock;
  /** A list item whose label is on an earlier page: the rest of that item. */
  continues?: boolean;
  /** Body cells' header ids by column, to recognise the same table on the next page. */
  headerIds?: string[];
  /** Columns of each row that have text on this page (a row split by the break lacks some). */
  filled?: boolean[][];
  /** Footnote numbers whose raised markers the block carries. */
  cites?: string[];
  /** The number of a footnote (an item of a list whose items end in a back-link arrow). */
  note?: string;
}

/** The back-link that pandoc and other HTML exporters put at the end of a footnote. */
const BACKLINK = /\s*\u21a9\ufe0e?$/u;

/**
 * Blocks from a tagged PDF's structure tree: headings with their levels, paragraphs, list items
 * and table cells exactly as the author's tool marked them, in the tree's reading order. Running
 * headers and footers are untagged artifacts and never appear. Undefined when the tree is
 * missing, covers too little of the text to trust, or marks no heading at all.
 */
export function taggedBlocks(pages: RawPage[]): RawBlock[] | undefined {
  let total = 0;
  let covered = 0;
  const out: PageBlock[][] = [];
  const lines = pages.map((p) => pageLines(p.runs));
  // Words seen twice are whole words; a piece of a word broken at a column edge is seen once.
  const words = wordsOf(() => lines.flatMap((ls) => ls.map((l) => l.text)), 2);
  for (const [i, page] of pages.entries()) {
    const byId = new Map<string, Run[]>();
    for (const run of page.runs) {
      const n = run.str.replace(/\s/g, '').length;
      total += n;
      if (run.mc === undefined) continue;
      const list = byId.get(run.mc);
      if (list) list.push(run);
      else byId.set(run.mc, [run]);
    }
    // pdf.js gives a list or table whole on each page it touches, with the content of other
    // pages under other page ids; what is on this page carries this page's id prefix.
    const prefix = /^p\d+R_/.exec(page.runs.find((r) => r.mc !== undefined)?.mc ?? '')?.[0] ?? '';
    const reader = new PageReader(page.number, byId, prefix, columnEdges(lines[i] ?? []), words);
    if (page.tree) reader.walk(page.tree);
    covered += reader.chars;
    out.push(reader.blocks);
  }
  if (total === 0 || covered < total * 0.8) return undefined;
  const blocks = joinPages(out);
  // A tree without a single heading is most likely tagged by rote (every line a P, as some
  // exporters do for manually formatted text); layout analysis finds headings by their type.
  return blocks.some((b) => b.kind === 'heading') ? blocks : undefined;
}

class PageReader {
  readonly blocks: PageBlock[] = [];
  chars = 0;
  /** Footnote markers dropped from the text since the last block was pushed. */
  #cites: string[] = [];
  readonly #page: number;
  readonly #byId: Map<string, Run[]>;
  readonly #prefix: string;
  readonly #edge: Edge;
  readonly #words: Words;

  constructor(page: number, byId: Map<string, Run[]>, prefix: string, edge: Edge, words: Words) {
    this.#page = page;
    this.#byId = byId;
    this.#prefix = prefix;
    this.#edge = edge;
    this.#words = words;
  }

  /** Whether any of the node's content is on this page (a drawn bullet's label has no text). */
  #onPage(node: StructNode): boolean {
    return node.children.some((c) => (isNode(c) ? this.#onPage(c) : c.id?.startsWith(this.#prefix)));
  }

  walk(node: StructNode): void {
    const role = node.role;
    const h = /^H([1-6])?$/.exec(role);
    if (role === 'Figure' || role === 'Artifact') return;
    if (h) this.#push({ kind: 'heading', level: Number(h[1] ?? 1), text: this.#text(node) });
    else if (role === 'P' || role === 'TOCI' || role === 'Caption' || !hasBlocks(node))
      this.#push(this.#leaf(node));
    else if (role === 'L') this.#list(node);
    else if (role === 'Table') this.#table(node);
    else this.#container(node);
  }

  #container(node: StructNode): void {
    // A container: consecutive inline children between its blocks form a paragraph.
    let inline: StructNode = { role: 'P', children: [] };
    const flush = () => {
      if (inline.children.length > 0) this.#push(this.#leaf(inline));
      inline = { role: 'P', children: [] };
    };
    for (const child of node.children) {
      if (isNode(child) && (!INLINE.has(child.role) || hasBlocks(child))) {
        flush();
        this.walk(child);
      } else inline.children.push(child);
    }
    flush();
  }

  #leaf(node: StructNode): RawBlock {
    return { kind: 'paragraph', text: this.#text(node), origin: { page: this.#page } };
  }

  #push(b: Omit<RawBlock, 'origin'> & { origin?: RawBlock['origin'] }, extra: Omit<PageBlock, 'block'> = {}) {
    const cites = this.#cites;
    this.#cites = [];
    if (b.text === '' && b.kind !== 'table') return;
    const pb: PageBlock = { block: { ...b, origin: { page: this.#page } }, ...extra };
    if (cites.length > 0) pb.cites = cites;
    this.blocks.push(pb);
  }

  #list(node: StructNode): void {
    let notes = 0;
    for (const item of node.children) {
      if (!isNode(item)) continue;
      if (item.role === 'L') {
        this.#list(item);
        continue;
      }
      const own: StructNode = { role: 'LI', children: [] };
      const nested: StructNode[] = [];
      let label = false;
      for (const c of item.children) {
        if (isNode(c) && c.role === 'Lbl') label ||= this.#onPage(c);
        else if (isNode(c) && c.role === 'L') nested.push(c);
        else if (isNode(c) && c.role === 'LBody') {
          for (const cc of c.children)
            (isNode(cc) && cc.role === 'L' ? nested : own.children).push(cc as StructNode);
        } else own.children.push(c);
      }
      const text = this.#text(own);
      if (BACKLINK.test(text)) {
        notes++;
        const note = String(notes);
        this.#push({ kind: 'paragraph', text: text.replace(BACKLINK, '') }, { note });
      } else if (text !== '') this.#push({ kind: 'list-item', text }, { continues: !label });
      for (const l of nested) this.#list(l);
    }
  }

  #table(node: StructNode): void {
    const rows: StructNode[] = [];
    const collectRows = (n: StructNode) => {
      for (const c of n.children) {
        if (!isNode(c)) continue;
        if (c.role === 'TR') rows.push(c);
        else if (c.role === 'THead' || c.role === 'TBody' || c.role === 'TFoot') collectRows(c);
      }
    };
    collectRows(node);
    // Columns by header id where the cells name their headers; otherwise by position in the row.
    // Column headers are the header cells of rows holding nothing else (a header cell that
    // starts a body row heads that row); a table continued from the previous page names
    // headers tagged there.
    const headerIds: string[] = [];
    for (const r of rows) {
      const cells = r.children.filter(isNode);
      if (!cells.every((c) => c.role === 'TH')) continue;
      for (const c of cells) if (c.structId && !headerIds.includes(c.structId)) headerIds.push(c.structId);
    }
    const rowHeads = new Set<string>();
    for (const r of rows)
      for (const c of r.children)
        if (isNode(c) && c.structId && !headerIds.includes(c.structId)) rowHeads.add(c.structId);
    const columnOf = (c: StructNode) =>
      [c.structId, ...(c.headers ?? [])].find((id) => id !== undefined && !rowHeads.has(id));
    for (const r of rows)
      for (const c of r.children) {
        const id = isNode(c) ? columnOf(c) : undefined;
        if (id !== undefined && !headerIds.includes(id)) headerIds.push(id);
      }
    const width = Math.max(headerIds.length, ...rows.map((r) => r.children.filter(isNode).length));
    const texts: string[][] = [];
    const filled: boolean[][] = [];
    for (const r of rows) {
      const cells = new Array<string>(width).fill('');
      const has = new Array<boolean>(width).fill(false);
      let k = 0;
      for (const c of r.children) {
        if (!isNode(c)) continue;
        const id = columnOf(c);
        const at = id !== undefined && headerIds.includes(id) ? headerIds.indexOf(id) : k;
        cells[at] = this.#text(c);
        has[at] = this.#onPage(c);
        k = at + 1;
      }
      if (!has.some(Boolean)) continue;
      texts.push(cells);
      filled.push(has);
    }
    if (texts.length === 0) return;
    this.#push({ kind: 'table', text: '', rows: texts }, { headerIds, filled });
  }

  /** A node's text: its runs in tree order, lines joined and hyphenation undone. */
  #text(node: StructNode): string {
    const runs: Run[] = [];
    const gather = (n: StructNode) => {
      for (const c of n.children) {
        if (isNode(c)) {
          if (c.role !== 'Artifact') gather(c);
        } else if (c.id !== undefined) runs.push(...(this.#byId.get(c.id) ?? []));
      }
    };
    gather(node);
    for (const r of runs) this.chars += r.str.replace(/\s/g, '').length;
    return runsToText(runs, this.#edge, this.#words, (marker) => this.#cites.push(marker.trim()));
  }
}

function isNode(c: StructNode | { type: string }): c is StructNode {
  return 'role' in c;
}

function hasBlocks(node: StructNode): boolean {
  return node.children.some((c) => isNode(c) && (!INLINE.has(c.role) || hasBlocks(c)));
}

/** Runs in reading order to text: a run well below the previous one starts a new line. */
export function runsToText(
  runs: Run[],
  edge: Edge,
  words: Words,
  onMarker?: (marker: string) => void,
): string {
  const body = Math.max(0, ...runs.map((r) => r.size));
  const lines: { text: string; x0: number; x1: number; y: number; size: number }[] = [];
  let line = { text: '', x0: 0, x1: 0, y: 0, size: 0 };
  let prev: Run | undefined;
  for (const run of runs) {
    if (prev && isFootnoteMarker(run, prev, body)) {
      onMarker?.(run.str);
      continue;
    }
    const em = Math.max(run.size, prev?.size ?? 0);
    const sameLine = prev !== undefined && Math.abs(run.y - prev.y) < em * 0.5 && run.x >= prev.x - em;
    if (prev && !sameLine) {
      lines.push(line);
      line = { text: '', x0: run.x, x1: 0, y: run.y, size: 0 };
    }
    if (!prev) line = { text: '', x0: run.x, x1: 0, y: run.y, size: 0 };
    if (prev && sameLine) {
      const gap = run.x - (prev.x + prev.width);
      if (gap > SPACE_GAP * em && !/\s$/.test(line.text) && !/^\s/.test(run.str)) line.text += ' ';
    }
    line.text += run.str;
    line.x1 = Math.max(line.x1, run.x + run.width);
    line.size = Math.max(line.size, run.size);
    prev = run;
  }
  lines.push(line);
  for (const l of lines) l.text = tidy(l.text);
  let text = '';
  for (const [i, l] of lines.entries()) {
    const before = lines[i - 1];
    if (!before) {
      text = l.text;
      continue;
    }
    // A word too long for a narrow column or cell is broken at any letter and fills its line
    // from the left edge to the right edge that other lines of the same column reach.
    const right = edge(before.x0, before.y);
    const room = before.x1 > right + before.size * 0.2 ? Number.POSITIVE_INFINITY : right - before.x1;
    text = joinCellLines(text, before.text, l.text, room, before.size, words);
  }
  return text;
}

/** The right edge other lines starting at x reach on the page: a column's or a cell's width. */
type Edge = (x0: number, y: number) => number;

/** Each marked-content section's lines on a page: their extent and text. */
function pageLines(runs: Run[]): { x0: number; x1: number; y: number; text: string }[] {
  const lines = new Map<string, { x0: number; x1: number; y: number; text: string }>();
  for (const r of runs) {
    const key = `${r.mc}:${Math.round(r.y)}`;
    const l = lines.get(key);
    if (l) {
      l.x0 = Math.min(l.x0, r.x);
      l.x1 = Math.max(l.x1, r.x + r.width);
      l.text += r.str;
    } else lines.set(key, { x0: r.x, x1: r.x + r.width, y: r.y, text: r.str });
  }
  return [...lines.values()];
}

function columnEdges(lines: { x0: number; x1: number; y: number }[]): Edge {
  return (x0, y) => {
    let right = Number.NEGATIVE_INFINITY;
    for (const l of lines)
      if (Math.abs(l.x0 - x0) < 1.5 && Math.abs(l.y - y) > 0.5) right = Math.max(right, l.x1);
    return right;
  };
}

const tidy = (line: string) => collapseLetterSpacing(line.replace(/\s+/g, ' ').trim());

/** A raised, smaller number glued to a word: a footnote reference, not text. */
function isFootnoteMarker(run: Run, prev: Run, body: number): boolean {
  return run.size < body * 0.85 && run.y - prev.y > body * 0.15 && /^\s*[\d*†‡,]{1,4}\s*$/.test(run.str);
}

/**
 * Join what a page break split: a list item continued without its label, a paragraph that stops
 * mid-sentence, and a table whose cells name the same headers (its repeated header row dropped,
 * a row that broke across the pages finished).
 */
function joinPages(pages: PageBlock[][]): RawBlock[] {
  const out: PageBlock[] = [];
  for (const page of pages) {
    for (const [i, pb] of page.entries()) {
      const last = out.at(-1);
      if (i === 0 && last && joinAcross(last, pb)) continue;
      out.push(pb);
    }
  }
  return placeNotes(out).map((pb) => pb.block);
}

/** A footnote goes after the block that first cites it, where the Markdown and Word ingesters put it. */
function placeNotes(blocks: PageBlock[]): PageBlock[] {
  const notes = new Map<string, PageBlock>();
  for (const pb of blocks) if (pb.note !== undefined && !notes.has(pb.note)) notes.set(pb.note, pb);
  if (notes.size === 0) return blocks;
  const placed = new Set<PageBlock>();
  const out: PageBlock[] = [];
  for (const pb of blocks) {
    if (notes.get(pb.note ?? '') === pb && placed.has(pb)) continue;
    if (!placed.has(pb)) out.push(pb);
    placed.add(pb);
    for (const n of pb.cites ?? []) {
      const note = notes.get(n);
      if (note && !placed.has(note)) {
        out.push(note);
        placed.add(note);
      }
    }
  }
  return out;
}

function joinAcross(last: PageBlock, next: PageBlock): boolean {
  const a = last.block;
  const b = next.block;
  if (a.kind === 'list-item' && b.kind === 'list-item' && next.continues) {
    a.text = joinLines(a.text, b.text);
    return true;
  }
  if (a.kind === 'paragraph' && b.kind === 'paragraph' && !/[.!?:]$/.test(a.text)) {
    a.text = joinLines(a.text, b.text);
    return true;
  }
  if (a.kind !== 'table' || b.kind !== 'table' || !a.rows || !b.rows) return false;
  const ids = last.headerIds ?? [];
  const nextIds = next.headerIds ?? [];
  if (nextIds.length === 0 || !nextIds.every((id) => ids.includes(id))) return false;
  // Put the continuation's cells in the columns of the headers they name.
  const remap = <T>(row: T[], empty: T) => {
    const r = new Array<T>(ids.length).fill(empty);
    row.forEach((v, k) => {
      const at = ids.indexOf(nextIds[k] ?? '');
      r[at < 0 ? k : at] = v;
    });
    return r;
  };
  let rows = b.rows.map((r) => remap(r, ''));
  let filled = (next.filled ?? []).map((r) => remap(r, false));
  if (rows[0] && a.rows[0] && rows[0].join('\u0000') === a.rows[0].join('\u0000')) {
    rows = rows.slice(1);
    filled = filled.slice(1);
  }
  const tail = a.rows.at(-1);
  if (tail && rows[0] && filled[0] && !filled[0][0]) {
    a.rows[a.rows.length - 1] = tail.map((c, k) => joinLines(c, rows[0]?.[k] ?? ''));
    rows = rows.slice(1);
  }
  a.rows.push(...rows);
  return true;
}
