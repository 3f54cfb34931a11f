import { describe, expect, it } from 'vitest';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';

const headings = (md: string) =>
  ingestMarkdown(md, 'x.md')
    .blocks.filter((b) => b.kind === 'heading')
    .map((b) => [b.text, b.level]);

describe('outline-numbered headings', () => {
  it('reads short numbered lines with clauses numbered under them as headings of their depth', () => {
    expect(
      headings(`# Överenskommelse

1. Lägesbild

2.1 Polisens lägesbild

2.1.1 Polisen tog fram sin lägesbild i oktober 2025.

2.2 Kommunens lägesbild

2.2.1 Kommunen har ingen egen lägesbild.

3. Åtgärder

3.1 Klotter saneras inom ett dygn. Ansvarig: kommunen.`),
    ).toEqual([
      ['Överenskommelse', 1],
      ['Lägesbild', 2],
      ['2.1 Polisens lägesbild', 3],
      ['2.2 Kommunens lägesbild', 3],
      ['Åtgärder', 2],
    ]);
  });

  it('leaves an ordered list of names and clauses without sub-clauses as they are', () => {
    expect(
      headings(`# Överenskommelse

Parterna har valt två fokusområden:

1. Narkotika bland unga
2. Trygghet i centrum

Fokusområdena motiveras nedan.

3.1 Kommunen ansvarar för belysningen

3.2 Polisen ansvarar för kontrollerna`),
    ).toEqual([['Överenskommelse', 1]]);
  });

  it('does not second-guess a document that has headings of its own', () => {
    expect(
      headings(`# Plan

## Mål

4.1 Övergripande mål

4.1.1 Färre ska känna sig otrygga.`),
    ).toEqual([
      ['Plan', 1],
      ['Mål', 2],
    ]);
  });
});

describe('section labels as headings', () => {
  it('reads bold section lines ("**Lägesbild**") as headings when the document has no others', () => {
    expect(
      headings(`# Överenskommelse 2026–2028

Tolvmora kommun och Polisen

**Parter**

- Tolvmora kommun

**Gemensam lägesbild**

- Inbrotten har ökat från 58 till 84 sedan 2022.

**Mål**

- Inbrotten ska minska till 60 under 2028.

**Underskrifter**

Anna Berg, kommunstyrelsens ordförande`),
    ).toEqual([
      ['Överenskommelse 2026–2028', 1],
      ['Parter', 2],
      ['Gemensam lägesbild', 2],
      ['Mål', 2],
      ['Underskrifter', 2],
    ]);
  });

  it('reads the plain lines of an avtal ("Samverkansområden", "Ansvarsfördelning", "Avtalstid") as its headings', () => {
    expect(
      headings(`SAMVERKANSAVTAL

Åby kommun och Polisen

Samverkansområden

Parterna ska samverka inom följande områden:

- narkotika
- trafik

Ansvarsfördelning

Kommunen ansvarar för belysningen.

Avtalstid

Avtalet gäller 2026–2028.`),
    ).toEqual([
      ['SAMVERKANSAVTAL', 2],
      ['Samverkansområden', 3],
      ['Ansvarsfördelning', 3],
      ['Avtalstid', 3],
    ]);
  });

  it('leaves a short line alone when the document has real headings or too few section lines', () => {
    expect(
      headings(`# Överenskommelse

## Lägesbild

**Polisens lägesbild**

Polisen tog fram sin lägesbild i oktober 2025.

**Mål**

Inbrotten ska minska.

**Åtgärder**

Grannsamverkan startar.`),
    ).toEqual([
      ['Överenskommelse', 1],
      ['Lägesbild', 2],
    ]);
    expect(
      headings(`# Löfte

**Polisen lovar att**

- patrullera i centrum.

**Mål**

Färre inbrott.`),
    ).toEqual([['Löfte', 1]]);
  });
});

describe('paragraphs run through part labels', () => {
  it('reads "… Orsaker: … Mål: … Åtgärder: …" in one paragraph as a paragraph per part', () => {
    const doc = ingestMarkdown(
      `**1. Bostadsinbrott i Backa.** *Orsaker* (brottstriangeln): husen står tomma dagtid. *Mål:* högst 50 inbrott 2025. *Åtgärder:* Grannsamverkan startas – kommunpolisen, våren 2026.\n\nMålet är att färre ska utsättas för brott. Mål: ett tryggare Åby.`,
      'x.md',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      '1. Bostadsinbrott i Backa.',
      'Orsaker (brottstriangeln): husen står tomma dagtid.',
      'Mål: högst 50 inbrott 2025.',
      'Åtgärder: Grannsamverkan startas – kommunpolisen, våren 2026.',
      'Målet är att färre ska utsättas för brott. Mål: ett tryggare Åby.',
    ]);
  });
});

describe('revision marks', () => {
  it('marks the text a revision removes ("Utgår:") so it is not read as content', () => {
    const doc = ingestMarkdown(
      `# Revidering 2026\n\n**Utgår:** Arbetet bedrivs inom befintliga ramar.\n\n**Ny text:** Kommunen avsätter 420 000 kronor per år.\n\n- Utgår: Polisen genomför hastighetskontroller.`,
      'x.md',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'struck', 'paragraph', 'struck']);
  });

  it('drops struck-through Markdown (~~…~~), whole or in part, and keeps what still holds', () => {
    const doc = ingestMarkdown(
      `# Mål\n\n~~Mål 3: Färre trafikolyckor med unga förare.~~\n\nOtryggheten ska minska ~~till 20 procent~~ till högst 25 procent.`,
      'x.md',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Mål', 'Otryggheten ska minska till högst 25 procent.']);
  });

  it('does not read a change log ("Ändringar jämfört med version 2.0", "Versionshistorik") as content', () => {
    const doc = ingestMarkdown(
      `# SÖ 2026\n\n## Ändringar jämfört med version 2.0\n\n| Avsnitt | Ändring |\n|---|---|\n| Organisation | Styrgruppen har avvecklats. |\n\n## 1 Organisation\n\nSamverkansgruppen träffas varje månad.`,
      'x.md',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'toc', 'heading', 'paragraph']);
  });
});
