import type { Block, Document } from './document.ts';

const SEPARATOR = '\n\n';

/** Several files checked as one unit: their blocks in order, each remembering its file. */
export function combine(docs: Document[]): Document {
  if (docs.length === 1 && docs[0]) return docs[0];
  const blocks: Block[] = [];
  let text = '';
  for (const doc of docs) {
    if (text !== '') text += SEPARATOR;
    const shift = text.length;
    text += doc.text;
    for (const b of doc.blocks) {
      const moved: Block = {
        ...b,
        start: b.start + shift,
        end: b.end + shift,
        origin: { ...b.origin, file: doc.name },
      };
      if (b.rows)
        moved.rows = b.rows.map((r) => r.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift })));
      blocks.push(moved);
    }
  }
  return {
    name: docs.map((d) => d.name).join(' + '),
    format: docs[0]?.format ?? 'text',
    text,
    blocks,
    files: docs.map((d) => d.name),
  };
}
