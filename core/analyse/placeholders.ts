import type { Block, Document } from '../model/document.ts';
import { pattern } from './pattern.ts';

/**
 * "[Ange fokusområde]", "[Beskriv orsakerna …]", "[Namn]", "XX procent": what a template leaves to be
 * filled in says nothing about the document. Blanked to spaces, so every offset stays where it was.
 */
const BRACKETED = pattern(/\[[^[\]\n]{0,400}\p{L}[^[\]\n]{0,400}\]/gu);
const UNFILLED_FIGURE = pattern(/(?<![\p{L}\d])X{2,}(?![\p{L}\d])/gu);

function blank(text: string): string {
  if (!text.includes('[') && !text.includes('XX')) return text;
  return text
    .replace(BRACKETED, (m) => ' '.repeat(m.length))
    .replace(UNFILLED_FIGURE, (m) => ' '.repeat(m.length));
}

/**
 * "| [1] | [Åtgärd] | [Ansvarig] |": in a template's table even a bracketed number is a slot to fill. A cell
 * left to fill keeps a mark, so its row does not read as a group row with only a name.
 */
function blankCell(text: string): string {
  const blanked = /^\s*\[[^[\]]*\]\s*$/u.test(text) ? ' '.repeat(text.length) : blank(text);
  return blanked.trim() === '' && text.trim() !== '' ? `…${blanked.slice(1)}` : blanked;
}

export function withoutPlaceholders(doc: Document): Document {
  if (!doc.text.includes('[') && !doc.text.includes('XX')) return doc;
  // Code units, as the offsets count them.
  const text = blank(doc.text).split('');
  const blocks = doc.blocks.map((b): Block => {
    const rows = b.rows?.map((r) =>
      r.map((c) => {
        const cell = blankCell(c.text);
        // A cell's text is the document's at its offsets: write the mark back there too.
        if (cell !== c.text && doc.text.slice(c.start, c.end) === c.text)
          for (let i = 0; i < cell.length; i++) text[c.start + i] = cell[i] as string;
        return { ...c, text: cell };
      }),
    );
    return { ...b, text: blank(b.text), headingPath: b.headingPath.map(blank), ...(rows ? { rows } : {}) };
  });
  const joined = text.join('');
  blocks.forEach((b, i) => {
    if (b.rows && doc.text.slice(b.start, b.end) === doc.blocks[i]?.text)
      b.text = joined.slice(b.start, b.end);
  });
  return { ...doc, text: joined, blocks };
}
