import type { FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildDocument } from '../model/build.ts';
import type { Document, RawBlock } from '../model/document.ts';
import { IngestError } from '../model/errors.ts';
import { MAX_NESTING } from './limits.ts';
import { messages } from './messages.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Markdown and plain text: one parser for both (plain text is Markdown without markup).
 * A footnote's text becomes a paragraph after the block that first cites it.
 */
export function ingestMarkdown(
  source: string,
  name: string,
  format: 'markdown' | 'text' = 'markdown',
): Document {
  if (nestingDepth(source) > MAX_NESTING) throw new IngestError('too-large', messages.tooDeep);
  const tree = parser.parse(source) as Root;
  const raw: RawBlock[] = [];
  const notes: Notes = new Map();
  for (const node of tree.children) if (node.type === 'footnoteDefinition') notes.set(node.identifier, node);
  for (const node of tree.children) collect(node, raw, notes);
  return buildDocument(name, format, raw);
}

/**
 * The most containers any line opens: quote and list markers at its start (`> - 1. x` is three),
 * plus list nesting by indentation. Linear in the text; the parser itself is not, in depth.
 */
export function nestingDepth(source: string): number {
  let deepest = 0;
  for (const m of source.matchAll(/^([ \t]*)((?:(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$))+)/gm)) {
    const markers = (m[2] as string).match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    const depth = markers + Math.floor((m[1] as string).replace(/\t/g, '    ').length / 2);
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** Footnote definitions by identifier; each is emitted once, after the block first citing it. */
type Notes = Map<string, FootnoteDefinition>;

function collect(node: RootContent, out: RawBlock[], notes: Notes): void {
  const line = node.position?.start.line;
  const origin = line === undefined ? {} : { line };
  const push = (block: RawBlock, from: Nodes[]) => {
    out.push(block);
    // Where a printed page shows the note, and where the Word ingester puts it.
    for (const note of takeNotes(from, notes)) {
      out.push({ kind: 'paragraph', text: note.children.map(inlineText).join(' '), origin: lineOf(note) });
    }
  };
  switch (node.type) {
    case 'heading':
      push({ kind: 'heading', level: node.depth, text: inlineText(node), origin }, [node]);
      return;
    case 'paragraph':
    case 'code':
      push({ kind: 'paragraph', text: inlineText(node), origin }, [node]);
      return;
    case 'list':
      for (const item of node.children) {
        const own = item.children.filter((c) => c.type !== 'list');
        push({ kind: 'list-item', text: own.map(inlineText).join(' '), origin: lineOf(item) }, own);
        for (const nested of item.children) if (nested.type === 'list') collect(nested, out, notes);
      }
      return;
    case 'table':
      push({ kind: 'table', text: '', rows: node.children.map((r) => r.children.map(inlineText)), origin }, [
        node,
      ]);
      return;
    case 'blockquote':
      for (const child of node.children) collect(child, out, notes);
      return;
    default:
      return;
  }
}

function takeNotes(nodes: Nodes[], notes: Notes): FootnoteDefinition[] {
  return nodes.flatMap((node) => {
    if (node.type === 'footnoteReference') {
      const note = notes.get(node.identifier);
      notes.delete(node.identifier);
      return note ? [note] : [];
    }
    return 'children' in node ? takeNotes(node.children as Nodes[], notes) : [];
  });
}

function lineOf(node: Nodes): { line?: number } {
  const line = node.position?.start.line;
  return line === undefined ? {} : { line };
}

/** Text of a node in force: markup and struck text dropped, hard and soft line breaks become spaces. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'break') return ' ';
  // "<br>" in a table cell sets a line apart; outside layout tables it is a space like any other.
  if (node.type === 'html' && /^<br\s*\/?>$/iu.test(node.value.trim())) return '\n';
  // Struck-through text ("~~Mål 3: …~~") is what a revision removed: no longer in force.
  if (
    node.type === 'html' ||
    node.type === 'image' ||
    node.type === 'footnoteReference' ||
    node.type === 'delete'
  )
    return '';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}
