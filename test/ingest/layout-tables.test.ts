import { describe, expect, it } from 'vitest';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';

const blocks = (md: string) =>
  ingestMarkdown(md, 'x.md').blocks.map((b) => [b.kind, b.text, ...(b.level ? [b.level] : [])]);

describe('two-column layout tables', () => {
  it('splits a cell whose items ran together when the line breaks were lost, not at "kl. 18."', () => {
    const texts = ingestMarkdown(
      `| Område | Innehåll |
|---|---|
| Prioriterade områden | 1. Bostadsinbrott i Backa – har ökat mest i lägesbilden.2. Otrygghet vid stationen – flest känner sig otrygga efter kl. 18. Det gäller mest kvinnor. |
| Åtgärder | (Mål 1) Grannsamverkan startas i Backa. – Polisen(Mål 2) Fältassistenter vid stationen. – Socialförvaltningen |`,
      'x.md',
    ).blocks.map((b) => b.text);
    expect(texts).toEqual([
      'Prioriterade områden',
      '1. Bostadsinbrott i Backa – har ökat mest i lägesbilden.',
      '2. Otrygghet vid stationen – flest känner sig otrygga efter kl. 18. Det gäller mest kvinnor.',
      'Åtgärder',
      '(Mål 1) Grannsamverkan startas i Backa. – Polisen',
      '(Mål 2) Fältassistenter vid stationen. – Socialförvaltningen',
    ]);
  });

  it('reads an agreement set out as one table with number and owner columns, lines split at <br>', () => {
    expect(
      blocks(`# Samverkansöverenskommelse 2026–2027

| Nr | Område | Överenskommelse | Ansvarig |
|----|--------|-----------------|----------|
| 1 | Lägesbild | Överenskommelsen bygger på polisens lokala lägesbild för lokalpolisområde Åby från mars 2025. | Polisen |
| 2 | Mål | **Mål 1.** Anmälda inbrott i Backa ska minska från 121 (2024) till högst 90 under 2027.<br>**Mål 2.** Andelen otrygga vid stationen ska minska från 31 till 22 procent 2026. | Styrgruppen |
| 3 | Organisation | Samordnare är Eva Berg. Styrgruppen möts tre gånger per år och beslutar om prioriteringar. | Kommunen |
| 4 | Resurser | Kommunen avsätter 350 000 kronor per år för belysning och kameror vid stationen. | Kommunen |
| 5 | Uppföljning | Samordnaren sammanställer utfallet för målen två gånger per år och redovisar det för styrgruppen. | Samordnaren |
| 6 | Giltighetstid | Överenskommelsen gäller från den 1 januari 2026 till och med den 31 december 2027. | Styrgruppen |
| 7 | Delaktighet | – | – |`),
    ).toEqual([
      ['heading', 'Samverkansöverenskommelse 2026–2027', 1],
      ['heading', 'Lägesbild', 2],
      [
        'paragraph',
        'Överenskommelsen bygger på polisens lokala lägesbild för lokalpolisområde Åby från mars 2025.',
      ],
      ['heading', 'Mål', 2],
      ['paragraph', 'Mål 1. Anmälda inbrott i Backa ska minska från 121 (2024) till högst 90 under 2027.'],
      ['paragraph', 'Mål 2. Andelen otrygga vid stationen ska minska från 31 till 22 procent 2026.'],
      ['heading', 'Organisation', 2],
      [
        'paragraph',
        'Samordnare är Eva Berg. Styrgruppen möts tre gånger per år och beslutar om prioriteringar.',
      ],
      ['heading', 'Resurser', 2],
      ['paragraph', 'Kommunen avsätter 350 000 kronor per år för belysning och kameror vid stationen.'],
      ['heading', 'Uppföljning', 2],
      [
        'paragraph',
        'Samordnaren sammanställer utfallet för målen två gånger per år och redovisar det för styrgruppen.',
      ],
      ['heading', 'Giltighetstid', 2],
      ['paragraph', 'Överenskommelsen gäller från den 1 januari 2026 till och med den 31 december 2027.'],
      ['heading', 'Delaktighet', 2],
    ]);
  });

  it('reads a form table of labels and sentences as headings one level down with paragraphs', () => {
    expect(
      blocks(`## 2. Fokusområde 1 – Trygg centrummiljö

| Område | Innehåll |
|---|---|
| Lägesbild | Polisens lägesbild visar att rånen är koncentrerade till Järnvägsparken på helgkvällar. |
| Orsaker | Belysningen i parken är bristfällig och få vuxna rör sig där efter klockan 21. |
| Åtgärder | Belysningen ses över och buskagen röjs under våren. |`),
    ).toEqual([
      ['heading', '2. Fokusområde 1 – Trygg centrummiljö', 2],
      ['heading', 'Lägesbild', 3],
      [
        'paragraph',
        'Polisens lägesbild visar att rånen är koncentrerade till Järnvägsparken på helgkvällar.',
      ],
      ['heading', 'Orsaker', 3],
      ['paragraph', 'Belysningen i parken är bristfällig och få vuxna rör sig där efter klockan 21.'],
      ['heading', 'Åtgärder', 3],
      ['paragraph', 'Belysningen ses över och buskagen röjs under våren.'],
    ]);
  });

  it('reads a prose table as paragraphs, a short label leading its row', () => {
    expect(
      blocks(`| Vad vi har kommit överens om | Hur vi gör det |
|---|---|
| Vi har en gemensam bild av tre problem som berör båda kommunerna. | Arbetsgruppen lade samman lägesbilderna vid två möten i oktober 2025. |
| **Narkotika bland unga** | Narkotikabrotten bland 15–20-åringar har ökat varje år sedan 2022. |`),
    ).toEqual([
      ['paragraph', 'Vi har en gemensam bild av tre problem som berör båda kommunerna.'],
      ['paragraph', 'Arbetsgruppen lade samman lägesbilderna vid två möten i oktober 2025.'],
      [
        'paragraph',
        'Narkotika bland unga: Narkotikabrotten bland 15–20-åringar har ökat varje år sedan 2022.',
      ],
    ]);
  });

  it.each([
    [
      'a promise table with role headers',
      '| Vi lovar | Så här märks det |\n|---|---|\n| Polisen är på plats vid torget minst fyra kvällar i veckan. | Du ser poliser till fots på torget mellan kl. 18 och 23. |\n| Kommunen byter belysningen i tunneln senast den 31 augusti. | Ljusare tunnel och ingen mörk sträcka längre. |',
    ],
    [
      'a signature table',
      '| Område | Innehåll |\n|---|---|\n| För Åby kommun | Anna Ek, kommunstyrelsens ordförande |\n| För Polismyndigheten | Per Lund, lokalpolisområdeschef |',
    ],
    [
      'a three-column table',
      '| Område | Innehåll | Ansvar |\n|---|---|---|\n| Lägesbild | Polisens lägesbild visar fler rån vid torget på kvällarna. | Polisen |\n| Orsaker | Belysningen i parken är bristfällig och få vuxna rör sig där. | Kommunen |',
    ],
  ])('leaves %s as a table', (_name, md) => {
    expect(ingestMarkdown(md, 'x.md').blocks.map((b) => b.kind)).toEqual(['table']);
  });
});
