import { describe, expect, it } from 'vitest';
import { signatures } from '../../core/analyse/signatures.ts';
import { analyseText } from '../helpers/rule-cases.ts';

const body = '## Syfte\n\nKommunen och polisen samverkar.\n\n';

describe('signatures', () => {
  it('reads place, date, names, roles and parties', () => {
    const s = signatures(
      analyseText(
        `${body}## Underskrifter\n\nNorrvik den 12 februari 2024\n\nFör Norrviks kommun\n\nKarin Öberg\nKommunstyrelsens ordförande\n\nFör Polisen\n\nJonas Lund\nLokalpolisområdeschef, lokalpolisområde Norrvik`,
      ),
    );
    expect(s.date).toBe('2024-02-12');
    expect(s.place).toBe('Norrvik');
    expect(s.signatories.map((x) => [x.name, x.role, x.party])).toEqual([
      ['Karin Öberg', 'kso', 'kommun'],
      ['Jonas Lund', 'lpo-chef', 'polis'],
    ]);
  });

  it('reads name, role and date from digital signature lines', () => {
    const s = signatures(
      analyseText(
        `${body}## Underskrifter\n\nDigitalt signerad av Ingrid Marklund, kommunstyrelsens ordförande, Hällesta kommun, 2026-02-16\n\nDigitalt signerad av Fredrik Hallin, lokalpolisområdeschef, lokalpolisområde Hällesta, 2026-02-18`,
      ),
    );
    expect(s.date).toBe('2026-02-16');
    expect(s.signatories.map((x) => x.name)).toEqual(['Ingrid Marklund', 'Fredrik Hallin']);
  });

  it('reads the date of a letter whose closing runs into its place and date', () => {
    const s = signatures(
      analyseText(
        `${body}Löftet gäller hela 2026.\n\nVarma hälsningar, Hagnesta den 2 februari 2026\n\nKarin Öberg Kommunstyrelsens ordförande, Hagnesta kommun\n\nTomas Rydén Lokalpolisområdeschef, lokalpolisområde Hagnesta`,
      ),
    );
    expect(s.date).toBe('2026-02-02');
    expect(s.place).toBe('Hagnesta');
    expect(s.signatories.map((x) => x.role)).toEqual(['kso', 'lpo-chef']);
  });

  it.each([
    ['Kommundirektör', 'kommundirektor', 'kommun'],
    ['Kommunchef', 'kommunchef', 'kommun'],
    ['Kommunalråd', 'kommunalrad', 'kommun'],
    ['Chef för lokalpolisområde Granby', 'lpo-chef', 'polis'],
    ['Polisområdeschef, polisområde Nord', 'polisomradeschef', 'polis'],
    ['Kommunpolis', 'kommunpolis', 'polis'],
  ])('knows the role %s', (role, kind, party) => {
    const s = signatures(
      analyseText(`${body}## Underskrifter\n\nGranby den 1 mars 2026\n\nEva Nord\n${role}`),
    );
    expect(s.signatories[0]).toMatchObject({ name: 'Eva Nord', role: kind, party });
  });

  it('falls back to the final blocks when nothing is marked', () => {
    const s = signatures(
      analyseText(`${body}Sjöby 2026-01-15\n\nPer Ek, kommunalråd\n\nLisa Sand, lokalpolisområdeschef`),
    );
    expect(s.date).toBe('2026-01-15');
    expect(s.signatories.map((x) => x.role)).toEqual(['kommunalrad', 'lpo-chef']);
  });

  it('marks drafts', () => {
    expect(
      signatures(analyseText(`# Förslag\n\n${body}## Underskrifter\n\nEva Nord\nKommunstyrelsens ordförande`))
        .draft,
    ).toBe(true);
  });

  it('does not take "Fastställd av styrgruppen" or a contact list for a signature', () => {
    expect(
      signatures(
        analyseText(
          `# Handlingsplan 2026\n\nFastställd av styrgruppen den 11 mars 2026\n\n${body}## Kontaktpersoner\n\nEva Nord, trygghetssamordnare, Tallnäs kommun\n\nOla Strand, kommunpolis, lokalpolisområde Tallnäs`,
        ),
      ).signatories,
    ).toEqual([]);
  });

  it('does not take a closing sentence for a signature', () => {
    const s = signatures(
      analyseText(
        `${body}Ändringar i överenskommelsen beslutas av kommunstyrelsen och lokalpolisområdeschefen.`,
      ),
    );
    expect(s.signatories).toEqual([]);
  });
});

describe('signatures written in one line or as a statement', () => {
  it('reads several name–role pairs in one line', () => {
    const s = signatures(
      analyseText(
        `${body}## Underskrifter\n\nTallnäs den 2 maj 2026. Eva Nord, kommunstyrelsens ordförande, och Ola Strand, lokalpolisområdeschef`,
      ),
    );
    expect(s.signatories.map((x) => [x.name, x.role])).toEqual([
      ['Eva Nord', 'kso'],
      ['Ola Strand', 'lpo-chef'],
    ]);
  });

  it('reads a signature table column by column', () => {
    const s = signatures(
      analyseText(
        `${body}## Underskrifter\n\n| För Tallnäs kommun | För Polisen |\n|---|---|\n| Tallnäs den 2 maj 2026 | Tallnäs den 2 maj 2026 |\n| Eva Nord | Ola Strand |\n| Kommunstyrelsens ordförande | Lokalpolisområdeschef |`,
      ),
    );
    expect(s.date).toBe('2026-05-02');
    expect(s.signatories.map((x) => [x.name, x.role, x.party])).toEqual([
      ['Eva Nord', 'kso', 'kommun'],
      ['Ola Strand', 'lpo-chef', 'polis'],
    ]);
  });

  it('reads a signing statement', () => {
    const s = signatures(
      analyseText(
        `${body}Överenskommelsen undertecknades den 3 mars 2026 av kommunstyrelsens ordförande och lokalpolisområdeschefen i Granby.`,
      ),
    );
    expect(s.date).toBe('2026-03-03');
    expect(s.signatories.map((x) => x.role)).toEqual(['kso', 'lpo-chef']);
  });

  it.each([
    [
      'passive with the weekday and date between verb and signatories',
      'Medborgarlöftet skrevs under i tisdags, den 3 februari, av kommunstyrelsens ordförande Helena Ström och lokalpolisområdeschef Anders Nyhlén.\n\n*Undertecknat 2026-02-03.*',
      '2026-02-03',
      ['kso', 'lpo-chef'],
    ],
    [
      'active: the signatories skrev under',
      'Kommunstyrelsens ordförande Eva Lund och lokalpolisområdeschefen Per Ek skrev under löftet den 12 mars 2026.',
      '2026-03-12',
      ['kso', 'lpo-chef'],
    ],
    [
      'a chair who wrote something during the spring signed nothing',
      'Kommunstyrelsens ordförande skrev under våren 2026 en debattartikel om tryggheten.',
      undefined,
      [],
    ],
  ])('reads a signing statement in news prose: %s', (_name, text, date, roles) => {
    const s = signatures(analyseText(`${body}${text}`));
    expect(s.date).toBe(date);
    expect(s.signatories.map((x) => x.role)).toEqual(roles);
  });

  it('does not take a promise to sign for a signature', () => {
    const s = signatures(
      analyseText(
        `${body}Medborgarlöftet undertecknas av kommunstyrelsens ordförande och lokalpolisområdeschefen.\n\nSlut.`,
      ),
    );
    expect(s.signatories).toEqual([]);
  });
});
