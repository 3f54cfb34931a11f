import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocx } from '../../core/ingest/docx.ts';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';
import type { Document } from '../../core/model/document.ts';

const SETS = [
  'fixtures/corpus',
  'fixtures/own',
  'fixtures/holdout',
  'fixtures/unseen-a',
  'fixtures/unseen-b',
];

const pairs = SETS.flatMap((dir) => {
  let names: string[];
  try {
    names = readdirSync(`${dir}/md`).filter((f) => f.endsWith('.md'));
  } catch {
    return [];
  }
  return names.map((f) => ({ dir, base: f.replace(/\.md$/, '') }));
});

const headings = (d: Document) => d.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text]);
const cells = (d: Document) => d.blocks.flatMap((b) => (b.rows ?? []).map((r) => r.map((c) => c.text)));
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('docx gives the same document as its Markdown source', () => {
  it('finds the pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(14);
  });

  for (const { dir, base } of pairs) {
    it(`${dir}/${base}`, async () => {
      const md = ingestMarkdown(readFileSync(`${dir}/md/${base}.md`, 'utf8'), `${base}.md`);
      const docx = await ingestDocx(new Uint8Array(readFileSync(`${dir}/docx/${base}.docx`)), `${base}.docx`);
      expect(docx.format).toBe('docx');
      expect(headings(docx)).toEqual(headings(md));
      expect(cells(docx)).toEqual(cells(md));
      expect(docx.blocks.map((b) => squash(b.text))).toEqual(md.blocks.map((b) => squash(b.text)));
      expect(docx.blocks.map((b) => b.kind)).toEqual(md.blocks.map((b) => b.kind));
      const paragraphs = docx.blocks.map((b) => b.origin.paragraph ?? 0);
      expect(paragraphs.every((p, i) => p > (paragraphs[i - 1] ?? 0))).toBe(true);
    });
  }
});
