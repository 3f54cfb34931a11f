import type { Block, Document } from '../model/document.ts';
import { pattern } from './pattern.ts';

/**
 * "[Ange fokusområde]", "[Beskriv orsakerna …]", "[Namn]": what a template leaves to be filled in says
 * nothing about the document. Blanked to spaces, so every offset stays where it was. A figure left to
 * fill ("[XX] procent") stays: the sentence around it states nothing, and analysis leaves it out whole.
 */
const BRACKETED = pattern(/\[(?!\s*X+\s*\])[^[\]\n]{0,400}\p{L}[^[\]\n]{0,400}\]/gu);

function blank(text: string): string {
  return text.includes('[') ? text.replace(BRACKETED, (m) => ' '.repeat(m.length)) : text;
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
  if (!doc.text.includes('[')) return doc;
  // Code units, as the offsets count them.
  const text = blank(doc.text).split('');
  const rowsOf = doc.blocks.map((b) =>
    b.rows?.map((r) =>
      r.map((c) => {
        const cell = blankCell(c.text);
        // A cell's text is the document's at its offsets: write the mark back there too.
        if (cell !== c.text && doc.text.slice(c.start, c.end) === c.text)
          for (let i = 0; i < cell.length; i++) text[c.start + i] = cell[i] as string;
        return { ...c, text: cell };
      }),
    ),
  );
  const joined = text.join('');
  const blocks = doc.blocks.map((b, i): Block => {
    const rows = rowsOf[i];
    // A table's text is its rows as the document holds them, marks included.
    const own =
      rows && doc.text.slice(b.start, b.end) === b.text ? joined.slice(b.start, b.end) : blank(b.text);
    return { ...b, text: own, headingPath: b.headingPath.map(blank), ...(rows ? { rows } : {}) };
  });
  return { ...doc, text: joined, blocks };
}
