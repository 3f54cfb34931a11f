import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';
import type { Document } from '../../core/model/document.ts';

const own = (base: string): Document =>
  ingestMarkdown(readFileSync(`fixtures/own/md/${base}.md`, 'utf8'), `${base}.md`);
const kinds = (doc: Document, kind: string) => doc.blocks.filter((b) => b.kind === kind);

describe('Markdown ingestion', () => {
  it('undoes line-end hyphenation pasted from a PDF but keeps suspended compounds', () => {
    const doc = ingestMarkdown(
      `Överenskommelsen gäller till och med den 31 de-
cember 2028 och bygger på läges-
bilden. Miljö- och tillståndsenheten och LUPP-
enkäten ingår.`,
      'klistrad.md',
    );
    expect(doc.blocks[0]?.text).toBe(
      'Överenskommelsen gäller till och med den 31 december 2028 och bygger på lägesbilden. Miljö- och tillståndsenheten och LUPP- enkäten ingår.',
    );
  });

  it('reads a pipe table as rows of cell texts, header first, with offsets into the text', () => {
    const doc = own('salgvik-aktivitetsplan-2026');
    const tables = kinds(doc, 'table');
    expect(tables).toHaveLength(3);
    const rows = tables[0]?.rows ?? [];
    expect(rows[0]?.map((c) => c.text)).toEqual(['Åtgärd', 'Ansvarig', 'När', 'Uppföljning']);
    expect(rows).toHaveLength(5);
    for (const cell of rows.flat()) expect(doc.text.slice(cell.start, cell.end)).toBe(cell.text);
    expect(tables[0]?.headingPath).toEqual([
      'Aktivitetsplan 2026',
      'Fokusområde 1: Trygg offentlig miljö i Sälgviks centrum',
    ]);
  });

  it('gives every item of a nested list its own block, without the marker', () => {
    const items = kinds(own('salgvik-aktivitetsplan-2026'), 'list-item').map((b) => b.text);
    expect(items).toEqual([
      'Fältgruppen',
      'kvällsarbete tre kvällar i veckan',
      'kontakt med skolornas elevhälsa',
      'Polisens ungdomsgrupp',
      'orossamtal med vårdnadshavare',
      'besök i skolor i årskurs 7–9',
      'Fritidsgårdarna i Sälgvik och Norrby',
    ]);
  });

  it('marks dot-leader lines as table of contents even without a heading', () => {
    const doc = own('granaker-so-2026-2029');
    const toc = kinds(doc, 'toc').map((b) => b.text);
    expect(toc).toHaveLength(10);
    expect(toc[0]).toBe('Innehållsförteckning');
    expect(toc[1]).toMatch(/^1 Inledning \.{10,} 2$/);
    expect(doc.blocks.find((b) => b.text === '1 Inledning')?.kind).toBe('heading');
  });

  it('drops running footers with a page marker that recur, digits aside, through the text', () => {
    const page = (n: number) =>
      `## Bild ${n}\n\nStyrgruppen möts fyra gånger om året.\n\nTärnbacka kommun · Polisen LPO Tärnbacka · SÖ 2025–2027 · Bild ${n}`;
    const doc = ingestMarkdown([1, 2, 3].map(page).join('\n\n'), 'deck.md');
    expect(doc.blocks.some((b) => b.text.includes('· Bild'))).toBe(false);
    expect(doc.blocks.filter((b) => b.text.startsWith('Styrgruppen'))).toHaveLength(3);
  });

  it('keeps a line with a page marker that occurs only once', () => {
    const doc = ingestMarkdown('## Bilagor\n\nSe sida 4 av bilagan.', 'once.md');
    expect(doc.blocks.map((b) => b.text)).toContain('Se sida 4 av bilagan.');
  });

  it('marks a bold "Läsanvisning" and the guide under it, up to the next heading, as table of contents', () => {
    const doc = ingestMarkdown(
      '> **Läsanvisning**\n>\n> - **Steg 5** – hur vi följer upp, inklusive kommunikationsplanen.\n\n## 1 Organisation\n\nStyrgruppen möts fyra gånger om året.',
      'guide.md',
    );
    expect(kinds(doc, 'toc').map((b) => b.text)).toEqual([
      'Läsanvisning',
      'Steg 5 – hur vi följer upp, inklusive kommunikationsplanen.',
    ]);
    expect(doc.blocks.find((b) => b.text.startsWith('Styrgruppen'))?.kind).toBe('paragraph');
  });

  it('marks a list under an "Innehåll" heading as table of contents', () => {
    const doc = ingestMarkdown(readFileSync('fixtures/corpus/md/ekby-so-2024-2027.md', 'utf8'), 'ekby.md');
    const toc = kinds(doc, 'toc');
    expect(toc).toHaveLength(17);
    expect(toc.every((b) => b.headingPath.at(-1) === 'Innehåll')).toBe(true);
    expect(doc.blocks.find((b) => b.text === '1. Bakgrund')?.kind).toBe('heading');
  });

  it('marks the signature block under its heading', () => {
    const doc = own('granaker-so-2026-2029');
    const signed = kinds(doc, 'signature').map((b) => b.text);
    expect(signed).toEqual([
      'Granåker den 10 februari 2026',
      'För Granåkers kommun',
      'Lena Åkerlund Kommunstyrelsens ordförande',
      'För Polismyndigheten',
      'Tomas Wiberg Lokalpolisområdeschef, lokalpolisområde Granåker–Vimmerö',
    ]);
  });

  it('marks an unheaded signature block at the end of the text', () => {
    const doc = own('tornevik-so-2025-2027');
    expect(kinds(doc, 'signature').map((b) => b.text)).toEqual([
      'Tornevik den 20 mars 2025',
      'Anna-Karin Holm Kommunstyrelsens ordförande, Tornevik kommun',
      'Jonas Ekström Lokalpolisområdeschef, lokalpolisområde Norra Sjöbygden',
    ]);
    expect(doc.blocks.at(-4)?.kind).toBe('paragraph');
  });

  it('drops footnote marks and puts each note after the block citing it, as the Word ingester does', () => {
    const doc = own('bjorkhamn-lagesbild-2025');
    expect(doc.text).not.toContain('[^');
    const texts = doc.blocks.map((b) => b.text);
    const cited = texts.findIndex((t) => t.startsWith('Lägesbilden bygger på polisens statistik'));
    expect(texts[cited]).toContain('(NTU) på kommunnivå, kommunens skolenkät');
    expect(texts[cited + 1]).toBe(
      'Brottsförebyggande rådet, Nationella trygghetsundersökningen 2024, kommunala resultat.',
    );
    expect(doc.blocks[cited + 1]?.kind).toBe('paragraph');
    expect(texts.filter((t) => t.startsWith('Lag (2023:196)'))).toHaveLength(1);
    expect(texts.at(-1)).toMatch(/^Lägesbilden uppdateras årligen|^Kommunen föreslår/);
  });

  it('keeps heading levels and paths', () => {
    const doc = own('granaker-so-2026-2029');
    const h = doc.blocks.find((b) => b.text === '4.2 Unga och narkotika');
    expect(h?.level).toBe(3);
    expect(h?.headingPath).toEqual([
      'Samverkansöverenskommelse för ett tryggare Granåker 2026–2029',
      '4 Orsaksanalys',
    ]);
  });
});

describe('trailing signature block', () => {
  it('keeps a closing sentence that names a role as content', () => {
    const doc = ingestMarkdown(
      'Text.\n\nÄndringar i planen beslutas av kommunstyrelsen och lokalpolisområdeschefen.\n',
      'x.md',
    );
    expect(doc.blocks.at(-1)?.kind).toBe('paragraph');
  });

  it('marks name and role lines after a place and date as the signature', () => {
    const doc = ingestMarkdown(
      'Text.\n\nVästby den 3 mars 2025\n\nAnna Berg\nKommunstyrelsens ordförande\n\nOlle Ek\nLokalpolisområdeschef\n',
      'x.md',
    );
    expect(doc.blocks.slice(1).map((b) => b.kind)).toEqual(['signature', 'signature', 'signature']);
  });
});
