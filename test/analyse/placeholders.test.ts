import { describe, expect, it } from 'vitest';
import { withoutPlaceholders } from '../../core/analyse/placeholders.ts';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';

const template = `# Samverkansöverenskommelse Åby kommun

Källor: [Ange källor, till exempel polisens statistik och trygghetsmätningen.] Andelen otrygga ska minska till XX procent.

| Nr | Åtgärd | Ansvarig |
|---|---|---|
| [1] | [Åtgärd] | [Ansvarig] |
| 2 | Trygghetsvandring | Polisen |`;

describe('template placeholders', () => {
  const doc = withoutPlaceholders(ingestMarkdown(template, 'mall.md'));

  it('say nothing: bracketed instructions are blanked', () => {
    expect(doc.text).not.toMatch(/Ange källor|\[/);
    expect(doc.text).toContain('Källor:');
    expect(doc.text).toContain('Trygghetsvandring | Polisen');
  });

  it('keep every offset where it was, for evidence and highlighting', () => {
    const original = ingestMarkdown(template, 'mall.md');
    expect(doc.text.length).toBe(original.text.length);
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end).trim()).toBe(b.text.trim());
  });

  it('mark a table cell left to fill, so its row is not read as a group row', () => {
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.rows?.[1]?.map((c) => c.text.trim())).toEqual(['…', '…', '…']);
    expect(table?.rows?.[2]?.map((c) => c.text.trim())).toEqual(['2', 'Trygghetsvandring', 'Polisen']);
  });

  it('leave a document without placeholders untouched', () => {
    const plain = ingestMarkdown('# Överenskommelse\n\nPolisen ansvarar för kvällspassen.', 'a.md');
    expect(withoutPlaceholders(plain)).toBe(plain);
  });
});
