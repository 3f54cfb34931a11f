import { describe, expect, it } from 'vitest';
import { findDates, findYearRanges } from '../../core/analyse/dates.ts';
import { aktuell, parsePeriod, period } from '../../core/analyse/period.ts';
import { analyseText } from '../helpers/rule-cases.ts';

describe('Swedish dates', () => {
  it('reads day-month-year, day-month, ISO and month-year', () => {
    const d = findDates('Norrvik den 12 februari 2024, den 1 januari, 2024-02-12 och november 2024');
    expect(d.map((x) => [x.year, x.month, x.day])).toEqual([
      [2024, 2, 12],
      [undefined, 1, 1],
      [2024, 2, 12],
      [2024, 11, undefined],
    ]);
  });

  it('reads year ranges with – and -, but not ISO dates', () => {
    expect(findYearRanges('2024–2027 och 2025-2026').map((r) => [r.from, r.to])).toEqual([
      [2024, 2027],
      [2025, 2026],
    ]);
    expect(findYearRanges('2024-02-12')).toEqual([]);
  });

  it('does not read a day after a year as the end of a range', () => {
    expect(findYearRanges('1 september 2025 – 30 juni 2026')).toEqual([]);
    expect(findYearRanges('Plan 2024-27').map((r) => [r.from, r.to])).toEqual([[2024, 2027]]);
  });
});

describe('parsePeriod', () => {
  it.each([
    ['gäller från och med den 1 januari 2024 till och med den 31 december 2027', '2024-01-01', '2027-12-31'],
    ['Löftet gäller från den 1 januari till den 31 december 2024', '2024-01-01', '2024-12-31'],
    ['under perioden 2025–2026', '2025-01-01', '2026-12-31'],
    ['gäller 1 januari 2025 – 30 juni 2026', '2025-01-01', '2026-06-30'],
    ['Gäller sommarlovet 2026: 15 juni–16 augusti (vecka 25–33)', '2026-06-15', '2026-08-16'],
    [
      'överenskommelsen från den 2 maj 2021 förlängs att gälla från och med den 1 januari 2025 till och med den 31 december 2026',
      '2025-01-01',
      '2026-12-31',
    ],
  ])('%s', (text, start, end) => {
    expect(parsePeriod(text)).toMatchObject({ start, end, untilFurtherNotice: false });
  });

  it('starts on signing when told so', () => {
    expect(
      parsePeriod('gäller från undertecknandet till och med 31 december 2026', '2024-03-12'),
    ).toMatchObject({
      start: '2024-03-12',
      end: '2026-12-31',
      startsOnSigning: true,
    });
  });

  it('reads year-only forms and durations', () => {
    expect(parsePeriod('Överenskommelsen gäller från 2024 till 2027.')).toMatchObject({
      start: '2024-01-01',
      end: '2027-12-31',
    });
    expect(parsePeriod('Överenskommelsen gäller till och med 2027.')).toMatchObject({ end: '2027-12-31' });
    expect(parsePeriod('Avtalet gäller i tre år från undertecknandet.', '2025-03-01')).toMatchObject({
      start: '2025-03-01',
      end: '2028-02-29',
    });
  });

  it('reads tills vidare', () => {
    expect(parsePeriod('Överenskommelsen gäller tills vidare.')).toMatchObject({ untilFurtherNotice: true });
  });
});

describe('period and aktuell on the reference date', () => {
  it('prefers the Giltighetstid section to a promise period mentioned elsewhere', () => {
    const a = analyseText(
      '# Samverkansöverenskommelse 2024–2027\n\n## Medborgarlöften\n\nDet första medborgarlöftet ska gälla 2025–2026.\n\n## Giltighetstid\n\nÖverenskommelsen gäller från och med den 1 januari 2024 till och med den 31 december 2027.',
    );
    expect(period(a)).toMatchObject({ start: '2024-01-01', end: '2027-12-31', source: 'text' });
    expect(aktuell(a)).toBe('ja');
  });

  it('uses the year range of the title when the text states none', () => {
    const a = analyseText('# Samverkansöverenskommelse 2023–2025\n\nKommunen och polisen samverkar.');
    expect(period(a)).toMatchObject({ start: '2023-01-01', end: '2025-12-31', source: 'title' });
    expect(aktuell(a)).toBe('nej');
  });

  it("reads no period of its own in a title naming the document it serves ('Underlag till medborgarlöftet 2026–2027')", () => {
    const underlag = analyseText(
      '# Underlag till medborgarlöftet 2026–2027\n\nSammanställt i november 2025 av trygghetssamordnaren.',
      'medborgarlofte',
    );
    expect(period(underlag)).toBeUndefined();
    expect(aktuell(underlag)).toBe('okand');
    const plan = analyseText(
      '# Bilaga 2 till samverkansöverenskommelsen: Aktivitetsplan 2026\n\nKommunen och polisen genomför åtgärderna.',
      'aktivitetsplan',
    );
    expect(period(plan)).toMatchObject({ start: '2026-01-01', end: '2026-12-31', source: 'title' });
  });

  it("prefers the document's own period to the previous agreement's and to 'som gäller' about a topic", () => {
    const a = analyseText(
      '# Samverkansöverenskommelse 2026–2029\n\n## Bakgrund\n\nDen senaste, för perioden 2022–2025, upphörde att gälla den 31 december 2025. Orosanmälningar som gäller unga ökade från 64 år 2022 till 97 år 2024.\n\n## Revidering\n\nÖverenskommelsen gäller från och med den 1 januari 2026 till och med den 31 december 2029.',
    );
    expect(period(a)).toMatchObject({ start: '2026-01-01', end: '2029-12-31', source: 'text' });
    expect(aktuell(a)).toBe('ja');
  });

  it('reads full dates in a subtitle heading', () => {
    const a = analyseText(
      '# Ni svarade – nu lovar vi\n\n## Medborgarlöfte för Styrsvik 1 september 2025 – 30 juni 2026\n\nPolisen lovar att patrullera.',
      'medborgarlofte',
    );
    expect(period(a)).toMatchObject({ start: '2025-09-01', end: '2026-06-30', source: 'title' });
    expect(aktuell(a)).toBe('nej');
  });

  it('reads the period from a line under the title that gives the parties and two full dates', () => {
    const a = analyseText(
      '# Medborgarlöfte för Åby station\n\n**Åby kommun och Polisen · 1 april 2026 – 31 mars 2027**\n\nPolisen lovar att patrullera.',
      'medborgarlofte',
    );
    expect(period(a)).toMatchObject({ start: '2026-04-01', end: '2027-03-31', source: 'title' });
    expect(aktuell(a)).toBe('ja');
  });

  it('takes no period from a line under the title that dates the decision and the revision', () => {
    const a = analyseText(
      '# Medborgarlöfte för Åby station\n\nBeslutad 12 mars 2025 · senast ändrad 3 juni 2026\n\nPolisen lovar att patrullera.',
      'medborgarlofte',
    );
    expect(period(a)).toBeUndefined();
  });

  it('takes the signing date as start', () => {
    const a = analyseText(
      '## Giltighetstid\n\nÖverenskommelsen gäller från den dag den undertecknas till och med den 31 december 2027.\n\n## Underskrifter\n\nNorrvik den 12 mars 2024\n\nKarin Öberg\nKommunstyrelsens ordförande',
    );
    expect(period(a)).toMatchObject({ start: '2024-03-12', end: '2027-12-31' });
  });

  it('is nej for a plan for last year, okand for a compiled date only, ja for tills vidare', () => {
    expect(
      aktuell(analyseText('Planen gäller från den 1 januari till den 31 december 2025.', 'aktivitetsplan')),
    ).toBe('nej');
    expect(
      aktuell(analyseText('# Bilaga 1: Lägesbild\n\nSammanställd i november 2024 av samordnaren.')),
    ).toBe('okand');
    expect(aktuell(analyseText('Överenskommelsen gäller tills vidare från den 1 januari 2024.'))).toBe('ja');
    expect(
      aktuell(
        analyseText(
          'Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2029.',
        ),
      ),
    ).toBe('nej');
  });

  it('is okand while a draft that starts on signing has no signing date, ja once dated', () => {
    const validity = [
      'Avtalet börjar gälla när båda parter har undertecknat det och gäller tills vidare.',
      'Överenskommelsen gäller fr.o.m. att den har undertecknats och tills vidare.',
      'Överenskommelsen gäller från det att parterna undertecknat den till och med 2028.',
    ];
    for (const text of validity) {
      expect(aktuell(analyseText(`# UTKAST\n\n## Giltighet\n\n${text}`))).toBe('okand');
      // A final text whose signature lines are still empty is taken to be in force.
      expect(aktuell(analyseText(`## Giltighet\n\n${text}`))).toBe('ja');
      expect(
        aktuell(
          analyseText(
            `## Giltighet\n\n${text}\n\n## Underskrifter\n\nÅsby den 2 februari 2026\n\nEva Lund\nKommunstyrelsens ordförande\n\nPer Ek\nLokalpolisområdeschef`,
          ),
        ),
      ).toBe('ja');
    }
  });

  it('reads a single year said as "(under) hela 2026" or "för kalenderåret 2026"', () => {
    for (const text of [
      'Löftet gäller under hela 2026.',
      'Löftet gäller hela 2026.',
      'Planen gäller för kalenderåret 2026.',
    ])
      expect(parsePeriod(text)).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('takes no period from the line naming the agreement an annex belongs to', () => {
    const annex = analyseText(
      '# Bilaga 1 Problembild\n\nTill samverkansavtal mellan Alby kommun och Polisen 2024–2026\n\nSammanställd i oktober 2023.',
    );
    expect(period(annex)).toBeUndefined();
    expect(aktuell(annex)).toBe('okand');
    const own = analyseText(
      '# Ett tryggare Alby\n\nÖverenskommelse om samverkan mellan Alby kommun och Polisen 2024–2026\n\nVi har valt två frågor.',
    );
    expect(period(own)).toMatchObject({ start: '2024-01-01', end: '2026-12-31', source: 'title' });
  });
  it('takes the period of the chapter "Hur länge gäller löftet?" over one promise’s own months', () => {
    const ml = analyseText(
      '# Medborgarlöfte 2026\n\n## Våra löften\n\n### Löfte 1\n\nPolisen patrullerar i parken. Löftet gäller från den 1 mars till den 31 oktober 2026.\n\n## Hur länge gäller löftet?\n\nMedborgarlöftet gäller från den 1 januari till den 31 december 2026.',
      'medborgarlofte',
    );
    expect(period(ml)).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('gives a document that is not a collaboration document only the period it states for itself', () => {
    const own = analyseText(
      '# Plan mot nedskräpning 2023–2025\n\nPlanen gäller 2023–2025 och revideras inför 2026.',
      'inte-samverkansdokument',
    );
    expect(aktuell(own)).toBe('nej');
    const minutes = analyseText(
      '# Protokoll trygghetsrådet 2026-03-02\n\nNuvarande samverkansöverenskommelse gäller till och med 2026-12-31.',
      'inte-samverkansdokument',
    );
    expect(aktuell(minutes)).toBe('okand');
    const report = analyseText(
      '# Trygghetsrapport 2024\n\nOtryggheten har ökat sedan 2022.',
      'inte-samverkansdokument',
    );
    expect(aktuell(report)).toBe('okand');
    const motion = analyseText(
      '# Motion om en samverkansöverenskommelse\n\nParterna ska ta fram en ny överenskommelse. Avsikten är att den ska gälla 2027–2029.',
      'inte-samverkansdokument',
    );
    expect(aktuell(motion)).toBe('okand');
  });
});
