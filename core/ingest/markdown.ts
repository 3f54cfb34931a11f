import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildDocument } from '../model/build.ts';
import type { Document, RawBlock } from '../model/document.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Markdown and plain text: one parser for both (plain text is Markdown without markup). */
export function ingestMarkdown(
  source: string,
  name: string,
  format: 'markdown' | 'text' = 'markdown',
): Document {
  const tree = parser.parse(source) as Root;
  const raw: RawBlock[] = [];
  for (const node of tree.children) collect(node, raw);
  return buildDocument(name, format, raw);
}

function collect(node: RootContent, out: RawBlock[]): void {
  const line = node.position?.start.line;
  const origin = line === undefined ? {} : { line };
  switch (node.type) {
    case 'heading':
      out.push({ kind: 'heading', level: node.depth, text: inlineText(node), origin });
      return;
    case 'paragraph':
    case 'code':
      out.push({ kind: 'paragraph', text: inlineText(node), origin });
      return;
    case 'list':
      for (const item of node.children) {
        const own = item.children.filter((c) => c.type !== 'list');
        out.push({ kind: 'list-item', text: own.map(inlineText).join(' '), origin: lineOf(item) });
        for (const nested of item.children) if (nested.type === 'list') collect(nested, out);
      }
      return;
    case 'table':
      out.push({
        kind: 'table',
        text: '',
        rows: node.children.map((r) => r.children.map(inlineText)),
        origin,
      });
      return;
    case 'blockquote':
      for (const child of node.children) collect(child, out);
      return;
    default:
      return;
  }
}

function lineOf(node: Nodes): { line?: number } {
  const line = node.position?.start.line;
  return line === undefined ? {} : { line };
}

/** Visible text of a node: markup dropped, hard and soft line breaks become spaces. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'html' || node.type === 'image' || node.type === 'footnoteReference') return '';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}
