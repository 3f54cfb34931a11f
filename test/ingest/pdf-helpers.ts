import type { Document } from '../../core/model/document.ts';

/** Light normalisation for comparing PDF and Markdown ingestion of the same document. */
export const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[:.]$/, '').trim();

export const headings = (d: Document) =>
  d.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${norm(b.text)}`);

/** Running text that counts as content: not headings, tables, tables of contents or signatures. */
export const content = (d: Document) =>
  d.blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'list-item')
    .map((b) => norm(b.text))
    .join(' ');

export const cells = (d: Document) =>
  d.blocks.filter((b) => b.kind === 'table').flatMap((b) => (b.rows ?? []).flat().map((c) => norm(c.text)));

/** Word-multiset overlap (Dice): 1 when the same words occur as often in both. */
export function similarity(a: string, b: string): number {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const w of s.toLowerCase().split(/\s+/).filter(Boolean)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const ma = count(a);
  const mb = count(b);
  let common = 0;
  let total = 0;
  for (const [w, n] of ma) {
    common += Math.min(n, mb.get(w) ?? 0);
    total += n;
  }
  for (const n of mb.values()) total += n;
  return total === 0 ? 1 : (2 * common) / total;
}
