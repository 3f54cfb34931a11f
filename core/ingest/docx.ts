import type { Element, ElementContent, Root, RootContent } from 'hast';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { buildDocument } from '../model/build.ts';
import type { Document, RawBlock } from '../model/document.ts';
import { IngestError } from '../model/errors.ts';
import { messages } from './messages.ts';

/**
 * Mammoth knows "Heading N" by name and id; Swedish Word saves the ids as "RubrikN", and other
 * programs the names as "Rubrik N". A "Title" paragraph (pandoc's title block) is the top heading.
 */
const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='Rubrik ${n}'] => h${n}:fresh`,
    `p.Rubrik${n} => h${n}:fresh`,
  ]),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Rubrik'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Underrubrik'] => p:fresh",
];

const htmlParser = unified().use(rehypeParse, { fragment: true });

/**
 * Word .docx via mammoth's semantic HTML, so styles, not fonts, decide what is a heading.
 * Footnote marks are dropped and each note's text becomes a paragraph right after the block
 * that first refers to it (where a printed page shows it, and where the Markdown ingester
 * puts it), so a source cited in a note is still found.
 */
export async function ingestDocx(bytes: Uint8Array, name: string): Promise<Document> {
  let html: string;
  try {
    const arrayBuffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`; JSZip takes an ArrayBuffer for either.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    html = (await mammoth.convertToHtml(input, { styleMap: STYLE_MAP })).value;
  } catch (error) {
    // mammoth recurses once per XML level; a hostile document.xml nested thousands deep overflows it.
    if (error instanceof RangeError && /call stack/i.test(error.message))
      throw new IngestError('too-large', messages.tooDeep, { cause: error });
    throw new IngestError('corrupt', messages.corruptDocx, { cause: error });
  }
  const tree = htmlParser.parse(html) as Root;
  const raw: RawBlock[] = [];
  const notes = footnotes(tree);
  for (const node of tree.children) collect(node, raw, notes);
  if (raw.every((b) => (b.rows ? b.rows.flat().join('') : b.text).trim() === '')) {
    throw new IngestError('empty', messages.emptyDocx);
  }
  return buildDocument(name, 'docx', raw);
}

/** Footnote and endnote texts by the id their marks point to; each is emitted once. */
type Notes = Map<string, string>;

function footnotes(tree: Root): Notes {
  const notes: Notes = new Map();
  const visit = (node: RootContent | ElementContent) => {
    if (node.type !== 'element') return;
    const id = String(node.properties.id ?? '');
    if (node.tagName === 'li' && /^(foot|end)note-/.test(id)) notes.set(id, textOf(node));
    else for (const child of node.children) visit(child);
  };
  for (const node of tree.children) visit(node);
  return notes;
}

/** The notes first referred to inside these nodes, in order. */
function takeNotes(nodes: ElementContent[], notes: Notes): string[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return [];
    const href = String(node.properties.href ?? '');
    if (node.tagName === 'a' && /^#(foot|end)note-\d/.test(href)) {
      const text = notes.get(href.slice(1));
      notes.delete(href.slice(1));
      return text === undefined ? [] : [text];
    }
    return takeNotes(node.children, notes);
  });
}

function collect(node: RootContent | ElementContent, out: RawBlock[], notes: Notes): void {
  if (node.type !== 'element') return;
  const push = (block: Omit<RawBlock, 'origin'>, from: ElementContent[]) => {
    out.push({ ...block, origin: { paragraph: out.length + 1 } });
    for (const text of takeNotes(from, notes)) {
      out.push({ kind: 'paragraph', text, origin: { paragraph: out.length + 1 } });
    }
  };
  const tag = node.tagName;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    push({ kind: 'heading', level: Number(heading[1]), text: textOf(node) }, [node]);
  } else if (tag === 'p') {
    push({ kind: 'paragraph', text: textOf(node) }, [node]);
  } else if (tag === 'ul' || tag === 'ol') {
    if (isFootnoteList(node)) return;
    for (const item of node.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      const own: ElementContent[] = item.children.filter((c) => !isList(c));
      // Inline runs ("**lägesbild**, framtagen") join as written; paragraphs inside the item with a space.
      const text = own
        .map((c) => (c.type === 'element' && c.tagName === 'p' ? ` ${textOf(c)} ` : textOf(c)))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      push({ kind: 'list-item', text }, own);
      for (const nested of item.children) if (isList(nested)) collect(nested, out, notes);
    }
  } else if (tag === 'table') {
    push({ kind: 'table', text: '', rows: rowsOf(node).map((tr) => cellsOf(tr).map(textOf)) }, [node]);
  } else {
    for (const child of node.children) collect(child, out, notes);
  }
}

function isList(node: ElementContent): node is Element {
  return node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');
}

function isFootnoteList(node: Element): boolean {
  return node.children.some(
    (c) => c.type === 'element' && /^(foot|end)note-/.test(String(c.properties.id ?? '')),
  );
}

function rowsOf(table: Element): Element[] {
  return table.children.flatMap((c) => {
    if (c.type !== 'element') return [];
    if (c.tagName === 'tr') return [c];
    if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') return rowsOf(c);
    return [];
  });
}

function cellsOf(tr: Element): Element[] {
  return tr.children.filter(
    (c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
  );
}

/** Visible text: paragraphs inside a cell or item joined by a space, line breaks as spaces, footnote marks dropped. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  // A line break sets a line apart in a layout table's cell; elsewhere it is a space like any other.
  if (node.tagName === 'br') return '\n';
  // Struck-through runs are what a revision removed: no longer in force.
  if (node.tagName === 'img' || node.tagName === 's' || node.tagName === 'del') return '';
  if (node.tagName === 'sup' && isFootnoteRef(node)) return '';
  if (node.tagName === 'a' && /^#(foot|end)note-ref-/.test(String(node.properties.href ?? ''))) return '';
  const parts = node.children.map(textOf);
  return node.children.some((c) => c.type === 'element' && (c.tagName === 'p' || isList(c)))
    ? parts.join(' ')
    : parts.join('');
}

function isFootnoteRef(sup: Element): boolean {
  return sup.children.some(
    (c) =>
      c.type === 'element' && c.tagName === 'a' && /^#(foot|end)note-/.test(String(c.properties.href ?? '')),
  );
}
