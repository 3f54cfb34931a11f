import { describe, expect, it } from 'vitest';
import { causeAnalysis } from '../../core/analyse/causes.ts';
import { focusAreas, isMotivated, mentionsArea } from '../../core/analyse/focus-areas.ts';
import { analyseText } from '../helpers/rule-cases.ts';

const names = (text: string, type?: Parameters<typeof analyseText>[1]) =>
  focusAreas(analyseText(text, type)).map((f) => f.name);

describe('focusAreas', () => {
  it('reads lettered clauses run into one paragraph under an areas heading', () => {
    expect(
      names(`## §4 Insatsområden
Samverkan ska bedrivas avseende följande insatsområden:

a) trygghet och säkerhet i offentlig miljö,
b) barn och unga i riskzon för kriminalitet,
c) våld i nära relationer.`),
    ).toEqual([
      'trygghet och säkerhet i offentlig miljö',
      'barn och unga i riskzon för kriminalitet',
      'våld i nära relationer',
    ]);
  });

  it('reads the areas a sentence lists after "Fokusområdena … är", samt joining items that have och inside', () => {
    expect(
      names(
        `# Aktivitetsplan 2026
Fokusområdena för 2026 är trygghet i Vallby centrum, unga och droger samt trafik och buskörning.`,
        'aktivitetsplan',
      ),
    ).toEqual(['trygghet i Vallby centrum', 'unga och droger', 'trafik och buskörning']);
  });

  it('reads the numbered group rows of a schedule table as areas, not a shared "Gemensamt" row', () => {
    expect(
      names(
        `# Aktivitetsplan 2026
| Nr | Aktivitet | Ansvarig | jan | feb |
|---|---|---|---|---|
| **1** | **Fokusområde 1: Trygg miljö i centrum** | | | |
| 1.1 | Trygghetsvandring | Samordnaren | X | |
| **2** | **Fokusområde 2: Unga och narkotika** | | | |
| 2.1 | SSPF-möten | Socialtjänsten | X | X |
| **3** | **Gemensamt** | | | |
| 3.1 | Uppföljningsmöte | Styrgruppen | | X |`,
        'aktivitetsplan',
      ),
    ).toEqual(['Trygg miljö i centrum', 'Unga och narkotika']);
  });

  it('reads one unnumbered "Fokusområde: …" lead per kommun of a shared agreement, motivated', () => {
    const areas = focusAreas(
      analyseText(`# Samverkansöverenskommelse 2026–2028
## 6.1 Vallby kommun
**Fokusområde: Skadegörelse vid stationen.** Vallby har valt skadegörelsen som sitt fokusområde, eftersom den har ökat mest av alla brottstyper.
## 6.2 Åby kommun
**Fokusområde: Stölder på landsbygden.** Åby har valt stölderna, eftersom de har mer än fördubblats på två år.`),
    );
    expect(areas.map((f) => [f.name, isMotivated(f)])).toEqual([
      ['Skadegörelse vid stationen', true],
      ['Stölder på landsbygden', true],
    ]);
  });

  it('reads the one area an addendum adds, motivated by the sentence giving its reason', () => {
    const areas = focusAreas(
      analyseText(`# Tillägg till samverkansöverenskommelsen 2025–2028
Genom detta tillägg lägger parterna till ett fjärde fokusområde, Bedrägerier mot äldre. Parterna har valt att göra bedrägerier mot äldre till ett eget fokusområde eftersom brottstypen är den som ökar mest i lokalpolisområdet.`),
    );
    expect(areas.map((f) => [f.name, isMotivated(f)])).toEqual([['Bedrägerier mot äldre', true]]);
  });

  it('reads a captioned two-column table of lettered areas and their motivations, long names too', () => {
    const areas = focusAreas(
      analyseText(`## 4. Prioriterade fokusområden
*Tabell 4. Fokusområden 2026–2029.*

| Fokusområde | Motivering |
|---|---|
| A. Våld i centrum nattetid | Misshandel utomhus i centrum har ökat från 41 till 52 anmälningar sedan 2021. |
| B. Bränder och skadegörelse vid skolorna i Västra Bergeby | De anlagda bränderna har ökat från 6 till 19 på fyra år. |
| C. Narkotika bland unga | Andelen pojkar i årskurs 9 som har använt narkotika har ökat från 7 till 11 procent. |`),
    );
    expect(areas.map((f) => f.name)).toEqual([
      'Våld i centrum nattetid',
      'Bränder och skadegörelse vid skolorna i Västra Bergeby',
      'Narkotika bland unga',
    ]);
    expect(areas.every(isMotivated)).toBe(true);
  });

  it('takes the sub-items under each listed area as its motivation', () => {
    const areas = focusAreas(
      analyseText(`## Prioriterade fokusområden
1. Inbrott i bostäder och fritidshus
   - har ökat med 45 % sedan 2022 och finns i båda kommunerna
2. Unga, alkohol och narkotika
   - narkotikabrotten bland unga har mer än fördubblats`),
    );
    expect(areas.map((f) => [f.name, f.motivation])).toEqual([
      ['Inbrott i bostäder och fritidshus', 'har ökat med 45 % sedan 2022 och finns i båda kommunerna'],
      ['Unga, alkohol och narkotika', 'narkotikabrotten bland unga har mer än fördubblats'],
    ]);
  });

  it('reads list items with motivation', () => {
    const a = analyseText(
      '## Prioriterade områden\n1. Narkotika bland unga. Andelen har ökat från 5 till 9 procent.\n2. Stationsområdet. Flest känner sig otrygga där.',
    );
    const areas = focusAreas(a);
    expect(areas.map((f) => f.name)).toEqual(['Narkotika bland unga', 'Stationsområdet']);
    expect(areas.every(isMotivated)).toBe(true);
    expect(areas[0]?.number).toBe(1);
  });

  it('reads numbered "Utmaning N – …" paragraphs as the areas, with the paragraph after as motivation', () => {
    const areas = focusAreas(
      analyseText(`## 4. Det vi samarbetar om
Varje utmaning beskrivs med läge, orsak och insatser.

**Utmaning 1 – Buskörning med moped i Norrdalen**

**Läge:** 46 klagomål 2025 mot 21 år 2023.

**Utmaning 2 – Stölder ur bilar vid pendelparkeringen**

**Läge:** Anmälningarna har ökat från 30 till 52 sedan 2022.`),
    );
    expect(areas.map((f) => f.name)).toEqual([
      'Buskörning med moped i Norrdalen',
      'Stölder ur bilar vid pendelparkeringen',
    ]);
    expect(areas.every(isMotivated)).toBe(true);
  });

  it('keeps a long name after "Fokusområde N:", which says outright that a name follows', () => {
    expect(
      names(`## Fokusområden
**Fokusområde 1: Rån och hot mot unga på väg hem från skolan i Norrby.** Valt eftersom rånen har ökat.

**Fokusområde 2: Inbrott i förråd.** Valt eftersom anmälningarna har fördubblats.`),
    ).toEqual(['Rån och hot mot unga på väg hem från skolan i Norrby', 'Inbrott i förråd']);
  });

  it('reads lead paragraphs and strips the "Fokusområde N –" prefix', () => {
    expect(
      names(
        '## Fokusområden\nParterna har valt två fokusområden.\n\nFokusområde 1 – Trygghet i centrum. Otryggheten har ökat.\n\nFokusområde 2 – Bedrägerier mot äldre. Anmälningarna har fördubblats.',
      ),
    ).toEqual(['Trygghet i centrum', 'Bedrägerier mot äldre']);
  });

  it('reads clause-numbered paragraphs that each name an area, not the criteria listed before them', () => {
    expect(
      names(`## § 4 Prioriteringar
4.1 Prioriteringarna har gjorts utifrån tre kriterier: hur vanligt problemet är, hur många som drabbas och vad parterna kan påverka.

4.2 Insatsområde A – Inbrott i villaområdena. Bostadsinbrotten har ökat tre år i rad enligt polisens statistik.

4.3 Insatsområde B – Trafiken vid skolorna. Föräldrarna i dialogen beskrev trafiken som det största problemet.`),
    ).toEqual(['Inbrott i villaområdena', 'Trafiken vid skolorna']);
  });

  it('reads areas counted off in prose ("Det första är …, eftersom …") with their motivation', () => {
    const areas = focusAreas(
      analyseText(
        '## Punkt 4 – Prioriterade områden\n\nParterna har valt tre områden för perioden. Det första är bostadsinbrott i Västerby, eftersom det är den brottstyp som har ökat mest sedan 2021. Det andra är tryggheten vid resecentrum, där otryggheten är störst och särskilt drabbar kvinnor. Det tredje är unga och narkotika, eftersom antalet unga misstänkta har fördubblats på tre år.',
      ),
    );
    expect(areas.map((f) => f.name)).toEqual([
      'bostadsinbrott i Västerby',
      'tryggheten vid resecentrum',
      'unga och narkotika',
    ]);
    expect(areas.every(isMotivated)).toBe(true);
  });

  it('does not read ordinal steps of a method as areas', () => {
    expect(
      names(
        '## Arbetssätt\n\nArbetet följer Brå:s modell. Det första steget är att ta fram en lägesbild. Det andra är att analysera orsakerna.',
      ),
    ).toEqual([]);
  });

  it("reads a promise's problems from the answer sentence of each group of promises", () => {
    expect(
      names(
        `# Vårt löfte till Backa
## Det här lovar vi
Det här löftet är svaret på det du sa om badplatsen vid Sjövik:
- Polisen besöker badplatsen varje lördag.

Det här löftet är svaret på det ni berättade om mopederna:
- Kommunen sätter upp farthinder.`,
        'medborgarlofte',
      ),
    ).toEqual(['badplatsen vid Sjövik', 'mopederna']);
  });

  it('reads areas labelled "FO 1", "FO 2" and knows them when the text says "inom FO 2"', () => {
    const a = analyseText(`## 4. Fokusområden

- FO 1 Narkotika bland unga
- FO 2 Våld i nära relation

## 5. Orsaker

Narkotikan bland unga beror på god tillgång via sociala medier.

Analysen av orsakerna inom FO 2 har påbörjats och ska fördjupas under 2027.`);
    const areas = focusAreas(a);
    expect(areas.map((f) => f.name)).toEqual(['Narkotika bland unga', 'Våld i nära relation']);
    expect(mentionsArea('Insatserna inom FO 2 följs upp varje år.', areas[1] as (typeof areas)[number])).toBe(
      true,
    );
    expect(causeAnalysis(a).plannedAreas.map((f) => f.name)).toEqual(['Våld i nära relation']);
  });

  it('reads coded areas on one line after "Fokusområden:", set apart by middle dots', () => {
    expect(
      names(
        `# Handlingsplan 2026\n\nFokusområden: FO 1 Unga och narkotika · FO 2 Trygghet vid resecentrum · FO 3 Våld i nära relation`,
        'aktivitetsplan',
      ),
    ).toEqual(['Unga och narkotika', 'Trygghet vid resecentrum', 'Våld i nära relation']);
  });

  it('reads as many numbered paragraph leads as the text says areas were chosen', () => {
    const text = (n: string) => `# SÖ Åby 2026–2028

Parterna har valt ${n} fokusområden, eftersom det är där problemen ökat mest.

**1. Bostadsinbrott i Backa.** Orsaker: husen står tomma dagtid. Mål: högst 50 inbrott 2028.

**2. Otrygghet vid resecentrum.** Orsaker: dålig belysning. Mål: högst 25 procent otrygga 2028.`;
    expect(names(text('två'))).toEqual(['Bostadsinbrott i Backa', 'Otrygghet vid resecentrum']);
    expect(names(text('tre'))).toEqual([]);
  });

  it('takes neither the answers to a survey ("412 svar på enkäten") nor att-clauses a promise answers for areas', () => {
    expect(
      names(
        `# Medborgarlöfte 2026
Sammanlagt kom det in 412 svar på enkäten.

## Det här lovar vi
Kommunen lovar att tända belysningen. Löftet svarar mot att parken är mörk, att buskarna är höga och att få vuxna är ute.`,
        'medborgarlofte',
      ),
    ).toEqual([]);
  });

  it('does not take "just det" a promise handles for a problem of its own', () => {
    expect(
      names(
        `# Medborgarlöfte 2026
Löftet handlar om otryggheten vid Busstorget. Flest synpunkter i dialogen gällde trasig belysning och klotter. Det är därför löftena nedan handlar om just det.

## Det här lovar vi
- Polisen patrullerar vid Busstorget fredagar.`,
        'medborgarlofte',
      ),
    ).toEqual(['otryggheten vid Busstorget']);
  });

  it('reads the problems a promise answers from a lower-case list after a lead-in, and skips a "Varför" part', () => {
    expect(
      names(
        `# Löfte
## Vilka problem ska löftet lösa?
De två saker ni tog upp mest:

1. langningen vid torget,
2. otryggheten i tunneln.`,
        'medborgarlofte',
      ),
    ).toEqual(['langningen vid torget', 'otryggheten i tunneln']);
    expect(
      names(`# Överenskommelse
## Vilka problem ser vi?
### Klotter i centrum
Klottret har ökat sedan 2022.
### Inbrott i Norrby
Inbrotten har fördubblats.
### Varför just de här två?
De är störst.`),
    ).toEqual(['Klotter i centrum', 'Inbrott i Norrby']);
  });

  it('reads bold-named list items with a lower-case motivation after a dash, not the criteria sentence before them', () => {
    const areas = focusAreas(
      analyseText(`## Prioriterade fokusområden
Parterna har valt två fokusområden utifrån tre kriterier: att problemet ökar, att det skapar otrygghet och att parterna kan påverka det.

1. **Våld i centrum** – våldsbrotten i centrum har ökat sedan 2021 och flest känner sig otrygga där.
2. **Bedrägerier mot äldre** – de anmälda bedrägerierna har mer än fördubblats sedan 2019.`),
    );
    expect(areas.map((f) => f.name)).toEqual(['Våld i centrum', 'Bedrägerier mot äldre']);
    expect(areas.every(isMotivated)).toBe(true);
  });

  it('reads the problems a letter says residents raised, in order', () => {
    expect(
      names(
        `# Vårt löfte till dig i Byn
## Det här har ni berättat
Det som kom upp allra mest var trafiken. Många tycker att det körs för fort.

Det andra var stölderna ur båthusen, som har blivit fler.`,
        'medborgarlofte',
      ),
    ).toEqual(['trafiken', 'stölderna ur båthusen']);
  });

  it('reads a nested "Varför:" item as the motivation of the area above it', () => {
    const areas = focusAreas(
      analyseText(`## Fokusområden
1. **Unga och narkotika**
   - Varför: kraftig ökning 2022–2025, tidig debut
2. **Trygg miljö i centrum**
   - Varför: resecentrum pekas ut i båda lägesbilderna`),
    );
    expect(areas.map((f) => f.name)).toEqual(['Unga och narkotika', 'Trygg miljö i centrum']);
    expect(areas.every(isMotivated)).toBe(true);
  });

  it('reads per-area headings', () => {
    expect(
      names('## Fokusområde 1: Trygg offentlig miljö\nText.\n## Fokusområde 2: Unga och kriminalitet\nText.'),
    ).toEqual(['Trygg offentlig miljö', 'Unga och kriminalitet']);
  });

  it('reads prose lists with the expected count', () => {
    expect(
      names(
        'Överenskommelsen har fyra fokusområden: trygghet i centrum, narkotika och unga, trafik samt inbrott i fritidshus.',
      ),
    ).toEqual(['trygghet i centrum', 'narkotika och unga', 'trafik', 'inbrott i fritidshus']);
    expect(names('Parterna har valt att samverka kring klotter, buskörning och bostadsinbrott.')).toEqual([
      'klotter',
      'buskörning',
      'bostadsinbrott',
    ]);
  });

  it('ignores goal items in a focus section', () => {
    expect(
      names('## Fokusområden och mål\n- genomföra två trygghetsvandringar,\n- nå alla fritidshusägare.'),
    ).toEqual([]);
  });

  it('reads the group rows of a plan table ("1. Trygg stadskärna | | |") as its areas', () => {
    expect(
      names(`# Aktivitetsplan 2026
## Aktiviteter
| Aktivitet | Ansvarig | Start | Indikator |
|---|---|---|---|
| 1. Trygg stadskärna | | | |
| Trygghetsvandring i centrum | Samhällsbyggnad | 2026-04 | Antal vandringar |
| 2. Barn och unga | | | |
| Föräldraträffar i årskurs 7 | Socialförvaltningen | 2026-09 | Antal träffar |`),
    ).toEqual(['Trygg stadskärna', 'Barn och unga']);
  });

  it('finds an area named by a short noun in its definite form ("Rånen") in its bare form', () => {
    const [ran] = focusAreas(
      analyseText('## Fokusområden\n1. Rånen mot unga. De har ökat.\n2. Klottret i centrum. Det har ökat.'),
    );
    expect(ran && mentionsArea('Antalet anmälda rån mot personer under 18 år ska minska.', ran)).toBe(true);
    expect(ran && mentionsArea('Trafiken vid skolan är ett problem.', ran)).toBe(false);
  });

  it('finds an area in inflected and compound forms', () => {
    const [narkotika, station] = focusAreas(
      analyseText(
        '## Fokusområden\n1. Narkotika bland unga. Text om ökningen.\n2. Stationsområdet. Text om otryggheten.',
      ),
    );
    expect(narkotika && mentionsArea('Narkotikan köps via sociala medier.', narkotika)).toBe(true);
    expect(station && mentionsArea('Vid stationen är det mörkt.', station)).toBe(true);
    expect(station && mentionsArea('Fokusområde 2 har ingen analys.', station)).toBe(true);
    expect(narkotika && mentionsArea('Trafiken är ett problem.', narkotika)).toBe(false);
  });

  it('reads utvecklingsområden as lead paragraphs and skips later per-area parts', () => {
    const text = `## Utvecklingsområden
Två utvecklingsområden har valts.

Utvecklingsområde 1 – Rån mot unga vid Kvarnbacken. Rånen har ökat från 9 till 20 sedan 2022.

Utvecklingsområde 2 – Bränder i Ekdalen. Bränderna har fördubblats sedan 2021.
## Orsaker
### Utvecklingsområde 1
- Plats: Gångvägen är mörk och saknar insyn efter klockan 20.
- Gärningspersoner: Ett fåtal unga begår de flesta rånen.
- Offer: Unga går ensamma hem från träningen.`;
    expect(names(text)).toEqual(['Rån mot unga vid Kvarnbacken', 'Bränder i Ekdalen']);
  });

  it('reads a prose choice of "de här två sakerna" and the sentence that motivates it', () => {
    const areas = focusAreas(
      analyseText(
        'Vi har valt att lägga kraften på de här två sakerna, cykelstölderna vid stationen och våldet på torget. De har ökat mest och drabbar många.',
      ),
    );
    expect(areas.map((f) => f.name)).toEqual(['cykelstölderna vid stationen', 'våldet på torget']);
    expect(areas.every(isMotivated)).toBe(true);
  });

  it('reads themes listed after an intro ending in a colon', () => {
    expect(
      names(
        '## Inledning\nÖverenskommelsen anger tre teman för perioden:\n\n- A. Unga och droger\n- B. Trygghet i parken\n- C. Bedrägerier mot äldre',
      ),
    ).toEqual(['Unga och droger', 'Trygghet i parken', 'Bedrägerier mot äldre']);
  });

  it('does not read a colon before a list of measures as themes', () => {
    expect(
      names('## Inledning\nUnder året gör vi detta:\n\n- Polisen patrullerar\n- Kommunen lagar belysningen'),
    ).toEqual([]);
  });

  it('does not read a sentence saying what is left out as an area', () => {
    expect(
      names(
        '## Fokusområden\n**Rån vid Sjötorget.** Rånen har ökat tre år i rad.\n\n**Unga och alkohol.** Fler unga dricker.\n\nCykelstölder ingår inte bland fokusområdena. De minskar.',
      ),
    ).toEqual(['Rån vid Sjötorget', 'Unga och alkohol']);
  });

  it('does not read quarter or season headings as areas', () => {
    for (const [a, b] of [
      ['Q1 – januari–mars', 'Q2 – april–juni'],
      ['Våren 2027', 'Hösten 2027'],
      ['Januari–juni', 'Juli–december'],
    ])
      expect(
        names(
          `# Plan\n## ${a}\n- Vandring i Åby\n- Möte i skolan\n## ${b}\n- Sanering vid stationen\n- Närvaro i juni`,
          'aktivitetsplan',
        ),
      ).toEqual([]);
  });

  it('does not read a lead that counts the areas as an area of its own', () => {
    expect(
      names(
        '## Prioriterade områden\nVi föreslår två prioriterade områden. Valet bygger på lägesbilden.\n\n**Område 1. Rån vid Sjötorget.** Rånen har ökat.\n\n**Område 2. Unga och alkohol.** Fler unga dricker.',
      ),
    ).toEqual(['Rån vid Sjötorget', 'Unga och alkohol']);
  });

  it('still reads an area whose name holds a plural noun', () => {
    expect(
      names(
        '## Prioriterade områden\n**Trygghet i utsatta områden.** Otryggheten har ökat.\n\n**Unga och alkohol.** Fler unga dricker.',
      ),
    ).toEqual(['Trygghet i utsatta områden', 'Unga och alkohol']);
  });

  it('reads numbered headings as areas when their number matches the areas the plan speaks of', () => {
    expect(
      names(
        '# Handlingsplan 2027\nPlanen beskriver vad vi gör inom de tre fokusområden som överenskommelsen pekar ut.\n## 1. Unga och alkohol\nFältgruppen är ute fredagar.\n## 2. Rån vid Sjötorget\nPolisen är synlig vid torget lördagar.\n## 3. Cykelstölder vid stationen\nKommunen bygger ett låst cykelgarage.\n## Uppföljning\nPlanen följs upp i december.',
        'aktivitetsplan',
      ),
    ).toEqual(['Unga och alkohol', 'Rån vid Sjötorget', 'Cykelstölder vid stationen']);
  });

  it('does not read numbered headings as areas when their number differs from the areas spoken of', () => {
    expect(
      names(
        '# Handlingsplan 2027\nPlanen beskriver vad vi gör inom de två fokusområden som överenskommelsen pekar ut.\n## 1. Unga och alkohol\nFältgruppen är ute fredagar.\n## 2. Rån vid Sjötorget\nPolisen är synlig vid torget lördagar.\n## 3. Cykelstölder vid stationen\nKommunen bygger ett låst cykelgarage.\n## Uppföljning\nPlanen följs upp i december.',
        'aktivitetsplan',
      ),
    ).toEqual([]);
  });
});
