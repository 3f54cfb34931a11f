import { describe, expect, it } from 'vitest';
import { activities, partiesOf, subjectParty, whenIn } from '../../core/analyse/activities.ts';
import { analyseText } from '../helpers/rule-cases.ts';

describe('activities', () => {
  it('reads each party’s promises from a column headed with the party ("Polisen lovar | Kommunen lovar")', () => {
    const xs = activities(
      analyseText(`## Det här lovar vi
| Område | Polisen lovar | Kommunen lovar |
|---|---|---|
| Närvaro | Fotpatrull på torget fredag och lördag. | Trygghetsvärdar på torget kl. 18–24. |
| Miljö | | Ny belysning i tunneln senast den 30 september 2026. |`),
    );
    expect(xs.map((x) => [x.focusArea, x.parties, x.what])).toEqual([
      ['Närvaro', ['polis'], 'Fotpatrull på torget fredag och lördag.'],
      ['Närvaro', ['kommun'], 'Trygghetsvärdar på torget kl. 18–24.'],
      ['Miljö', ['kommun'], 'Ny belysning i tunneln senast den 30 september 2026.'],
    ]);
  });

  it('gives both parties the items under "Tillsammans med byalaget lovar vi att"', () => {
    const xs = activities(
      analyseText(`## Vad lovar vi?
**Polisen lovar att**

- patrullera i byn två nätter i veckan under september 2026.

**Tillsammans med byalaget lovar vi att**

- starta grannsamverkan i byn före den 1 juni 2026,
- genomföra en trygghetsvandring vid hamnen i september 2026.`),
    );
    expect(xs.map((x) => x.parties)).toEqual([['polis'], ['kommun', 'polis'], ['kommun', 'polis']]);
  });

  it('reads the causes a measure acts on from its codes, with a letter prefix and in a longer parenthesis', () => {
    const xs = activities(
      analyseText(`## Åtgärder
- **Åtgärd 1.1 Fritidsverksamhet med vuxna ledare** (riktar sig mot O1a). Ledda aktiviteter minskar antisocialt beteende.
- **Åtgärd 1.2 Riktad närvaro på platserna** (hot spots, riktar sig mot O2c och O2d). Översikter visar effekt.
- **Åtgärd 1.3 Utbildning av personal.** Verkar på: O3a. Ansvarig: socialförvaltningen.
- **Åtgärd 1.4 Uppföljning av målen** (mot M1a).`),
    );
    expect(xs.map((x) => x.cause)).toEqual(['O1a', 'O2c och O2d', 'O3a', undefined]);
  });

  it('finds the owner after a fronted adverbial, the verb second, and a week as the time', () => {
    const xs = activities(
      analyseText(`## Vad vi gör
Mot orsaken att villaområdena saknar grannsamverkan startar polisen och kommundelsförvaltningen grannsamverkan i tolv kvarter under 2026. Mot de skymda tomterna gör trafik- och parkenheten en genomgång av häckarna senast september 2026. Från vecka 36 startar skolorna gåbussar med föräldrarna. I december bjuder vi in till ett öppet möte.`),
    );
    expect(xs.map((x) => [x.who, x.parties, x.when])).toEqual([
      ['polisen och kommundelsförvaltningen', ['polis', 'kommun'], 'under 2026'],
      ['trafik- och parkenheten', ['kommun'], 'senast september 2026'],
      ['skolorna', ['kommun'], expect.stringMatching(/^vecka 36/)],
    ]);
  });

  it('takes owner and time from a "Så gör vi" column when the promise column states the outcome', () => {
    const xs = activities(
      analyseText(`## Det här lovar vi
| Vad vi lovar | Så gör vi | När | Så får du veta hur det går |
|---|---|---|---|
| Det ska bli ljusare vid busstationen. | Kommunen byter ut lamporna vid busstationen. | Klart senast 31 december 2025. | Vi visar bilder på webben. |
| Vi vill höra vad du tycker. | Kommunen och polisen står på torget och pratar med dig. | April 2026. | Vi skriver vad ni sa. |`),
    );
    expect(xs.map((x) => [x.what, x.who, x.parties, x.when])).toEqual([
      ['Det ska bli ljusare vid busstationen.', 'Kommunen', ['kommun'], 'Klart senast 31 december 2025.'],
      ['Vi vill höra vad du tycker.', 'Kommunen och polisen', ['polis', 'kommun'], 'April 2026.'],
    ]);
  });

  it('gives a police promise in "vi" form to the doer its clause names, and no deed to a condition', () => {
    const xs = activities(
      analyseText(
        `## Det här lovar vi
För att möta otryggheten i parken lovar vi att poliser från lokalpolisområdet patrullerar till fots minst två kvällar varje månad. Vi lovar också att våra områdespoliser genomför kontroller minst en gång i månaden. Om det inträffar något som kräver polisens närvaro på annat håll kan ett pass behöva flyttas.`,
        'medborgarlofte',
      ),
    );
    expect(xs.map((x) => [x.who, x.parties])).toEqual([
      ['poliser från lokalpolisområdet', ['polis']],
      ['våra områdespoliser', ['polis']],
    ]);
  });

  it('gives every lettered clause paragraph ("a) …", "b) …") to the party of its lead-in', () => {
    const xs = activities(
      analyseText(`## § 8 Åtaganden
8.1 **Kommunen åtar sig att**

a) genom samhällsbyggnadsförvaltningen byta belysningen senast den 30 september 2026,

b) genom socialförvaltningen leda SSPF-arbetet med möten varannan vecka.

8.2 **Polisen åtar sig att**

a) bedriva riktad närvaro fredagar och lördagar,

b) starta grannsamverkan i tio nya områden senast den 31 december 2026.`),
    );
    expect(xs.map((x) => [x.what.slice(0, 2), x.parties])).toEqual([
      ['a)', ['kommun']],
      ['b)', ['kommun']],
      ['a)', ['polis']],
      ['b)', ['polis']],
    ]);
  });

  it('reads a list item naming only an area ("- Fokusområde 1") as the area of the items under it', () => {
    const xs = activities(
      analyseText(`## Åtgärder
- Fokusområde 1
  - grannsamverkan i fritidshusområdena
    - ansvar: kommunpolisen
    - när: uppstart april 2026
- Fokusområde 2
  - ny belysning vid stationen
    - ansvar: tekniska förvaltningen
    - när: klart senast 31 december 2026`),
    );
    expect(xs.map((x) => [x.what, x.focusArea, x.parties])).toEqual([
      ['grannsamverkan i fritidshusområdena', 'Fokusområde 1', ['polis']],
      ['ny belysning vid stationen', 'Fokusområde 2', ['kommun']],
    ]);
  });

  it('reads a promise headline as the title of the deeds under it, and "X ansvarar för insatserna" as their owner', () => {
    const xs = activities(
      analyseText(
        `# Medborgarlöfte 2026
## Våra löften
### Löfte 1
Polisen lovar att göra det svårare att sälja narkotika i parken.

Lokalpolisområdet genomför minst sex riktade insatser mot narkotikaförsäljning under 2026.

Områdespolisen ansvarar för insatserna.
### Löfte 2
Polisen lovar att patrullera i parken varje fredag.

Kommunen lovar att byta belysningen senast i april.
## Det här ingår inte i löftet
Vi fortsätter att arbeta i hela kommunen.`,
        'medborgarlofte',
      ),
    );
    expect(xs.map((x) => [x.who, x.when])).toEqual([
      ['Områdespolisen', 'under 2026'],
      ['Polisen', 'varje fredag'],
      ['Kommunen', 'senast i april'],
    ]);
  });

  it('reads a two-column "Åtgärd | Innehåll" table whose cells label their parts', () => {
    const [x] = activities(
      analyseText(`## Åtgärder
| Åtgärd | Innehåll |
|---|---|
| Å1 SSPF vid Kvarnskolan | **Vad:** Samverkan för elever i riskzon. **Verkar på:** O1b, O1c. **Mål:** M1. **Ansvarig:** socialförvaltningen med kommunpolisen. **När:** från 1 mars 2026, varannan vecka. |`),
    );
    expect(x).toMatchObject({
      what: 'Å1 SSPF vid Kvarnskolan',
      who: 'socialförvaltningen med kommunpolisen',
      parties: ['polis', 'kommun'],
      when: 'från 1 mars 2026, varannan vecka',
      cause: 'O1b, O1c',
      goal: 'M1',
    });
  });

  it('reads table columns by header cue words', () => {
    const [x] = activities(
      analyseText(`## Aktivitetsplan
| Nr | Åtgärd | Orsak som påverkas | Mål som åtgärden ska bidra till | Ansvarig | Tidpunkt |
|---|---|---|---|---|---|
| 1.2 | Fältassistenter kvällstid | Få vuxna ute | M1 | Socialförvaltningen, fältgruppen | Fredagar kl. 19–23 |`),
    );
    expect(x).toMatchObject({
      from: 'table',
      what: 'Fältassistenter kvällstid',
      cause: 'Få vuxna ute',
      goal: 'M1',
      who: 'Socialförvaltningen, fältgruppen',
      when: 'Fredagar kl. 19–23',
      nr: '1.2',
      parties: ['kommun'],
    });
  });

  it('reads coded measures in one paragraph and takes their owners from a code-keyed "Ansvarig" part', () => {
    const xs = activities(
      analyseText(`## Område 1: Trafik vid skolan
### Insatser
B1 Hastighetskontroller vid Östra skolan (mot 1a). Kontroller har i flera kommuner sänkt farten. B2 Nya farthinder på Skolvägen (mot 1b och 1c).
### Ansvarig
B1 lokalpolisområdet; B2 gatuenheten.`),
    );
    expect(xs.map((x) => [x.nr, x.who, x.cause, x.focusArea])).toEqual([
      ['B1', 'lokalpolisområdet', '1a', 'Trafik vid skolan'],
      ['B2', 'gatuenheten', '1b och 1c', 'Trafik vid skolan'],
    ]);
  });

  it('reads a labelled run of measures, each with its owner after a dash and its cause codes last', () => {
    const xs = activities(
      analyseText(`## 5. Våra tre problem
**Insatser:** Nattvandring varje helg – föreningen Vuxna på stan (2a). Ny belysning på torget – tekniska kontoret (2b, 2c).`),
    );
    expect(xs.map((x) => [x.who, x.cause, x.when])).toEqual([
      ['föreningen Vuxna på stan', '2a', 'varje helg'],
      ['tekniska kontoret', '2b, 2c', undefined],
    ]);
  });

  it('keeps the time of one measure in a paragraph of several to that measure', () => {
    const xs = activities(
      analyseText(`## Åtgärder
Socialtjänsten genomför föräldraträffar varje termin. Polisen genomför riktade kontroller vid stationen.`),
    );
    expect(xs.map((x) => x.when)).toEqual(['varje termin', undefined]);
    expect(whenIn('Fritidsgården öppen till kl. 22 fredag och lördag – fritidsförvaltningen')).toBe(
      'kl. 22 fredag och lördag',
    );
  });

  it('reads measures led by their area in a section of measures ("Inom området X arbetar parterna med …")', () => {
    const xs = activities(
      analyseText(
        '## Punkt 7 – Åtgärder\n\nInom området bostadsinbrott arbetar parterna med Grannsamverkan och information om skalskydd. Inom området unga och narkotika används SSPF och föräldraträffar.',
      ),
    );
    expect(xs.map((x) => [x.focusArea, x.what, x.parties])).toEqual([
      ['bostadsinbrott', 'Grannsamverkan och information om skalskydd.', ['gemensam']],
      ['unga och narkotika', 'SSPF och föräldraträffar.', ['gemensam']],
    ]);
  });

  it('reads the months marked in a schedule table as when, and "Genomförs av" as the owner column', () => {
    const xs = activities(
      analyseText(`## Plan 2027
| Insats | Genomförs av | Jan | Feb | Mar | Apr | Maj | Jun |
|---|---|---|---|---|---|---|---|
| Trygghetsvandring i Norrby | Kommunpolisen och fritidsgården | | ● | | | ● | |
| Föräldramöte om mopeder | Skolan | | | | | | |`),
    );
    expect(xs.map((x) => [x.what, x.who, x.when])).toEqual([
      ['Trygghetsvandring i Norrby', 'Kommunpolisen och fritidsgården', 'Feb, Maj'],
      ['Föräldramöte om mopeder', 'Skolan', undefined],
    ]);
  });

  it('reads measures under per-area headings of a chapter of measures, with company and school-holiday wording', () => {
    const xs = activities(
      analyseText(`# Tryggare Åsby
## Så arbetar vi
### Fokusområde 1: Torget
- Åsbyhem, som äger centrumhuset, byter belysningen i passagen senast 30 juni.
- Polisen och skolans kurator besöker alla klasser i årskurs 8 före sommarlovet.
### Fokusområde 2: Bränder
- Räddningstjänsten går igenom varje anlagd brand inom en vecka.`),
    );
    expect(xs.map((x) => [x.who, x.parties, x.when])).toEqual([
      ['Åsbyhem', ['annan'], 'senast 30 juni'],
      ['Polisen och skolans kurator', ['polis', 'kommun'], 'före sommarlovet'],
      ['Räddningstjänsten', ['kommun'], expect.stringContaining('inom en vecka')],
    ]);
  });

  it('reads the measures of a plan set out as "Fokusområde N: …" sections, not the goals listed under "Mål."', () => {
    const xs = activities(
      analyseText(
        `# Aktivitetsplan 2026 för Vallby
## Fokusområde 1: Bostadsinbrott i villaområdena

**Mål.**

- Mål 1.1: Anmälda bostadsinbrott ska minska från 40 (2025) till högst 30 år 2026.

**Så gör vi.**

- Starta grannsamverkan i Norrängen (kommunpolisen) – maj 2026
- Kvällsmöte om inbrottsskydd (kommunpolisen, villaägarna) – 16 april 2026
## Fokusområde 2: Unga och narkotika
- Möten i SSPF-gruppen (socialtjänsten, skolan, polisen) – varannan vecka`,
        'aktivitetsplan',
      ),
    );
    expect(xs.map((x) => [x.what.slice(0, 20), x.when])).toEqual([
      ['Starta grannsamverka', 'maj 2026'],
      ['Kvällsmöte om inbrot', expect.stringContaining('april 2026')],
      ['Möten i SSPF-gruppen', 'varannan vecka'],
    ]);
  });

  it('does not read the sources listed under "Så tog vi fram löftena" as promises', () => {
    const xs = activities(
      analyseText(
        `# Medborgarlöfte 2026
## Så tog vi fram löftena
- Medborgardialog 15–27 september 2025
- Dessutom: anmälda brott 2025 (polisen)
## Löfte 1 – Ett lugnare torg
- **Polisen lovar:** fotpatrull vid torget fredag och lördag kl. 21–01`,
        'medborgarlofte',
      ),
    );
    expect(xs.map((x) => x.section.title)).toEqual(['Löfte 1 – Ett lugnare torg']);
  });

  it('gives an item labelled "Tillsammans:" beside the parties\' own items to both parties', () => {
    const xs = activities(
      analyseText(
        `## Löfte 1 – Ett lugnare torg
- **Polisen lovar:** fotpatrull vid torget fredag och lördag kl. 21–01
- **Tillsammans:** trygghetsvandring vid torget i maj, med bostadsbolaget`,
        'medborgarlofte',
      ),
    );
    expect(xs.map((x) => [x.who, x.parties])).toEqual([
      [expect.stringMatching(/^Polisen/), ['polis']],
      ['Tillsammans', ['kommun', 'polis']],
    ]);
  });

  it('gives the items under "**Kommunen ska**" and "**Polisen ska**" (no colon) to those parties', () => {
    const xs = activities(
      analyseText(`## 6.1 Narkotika och unga

**Kommunen ska**

- ha fältassistenter i centrum kvällstid,
- erbjuda föräldrastöd till föräldrar till tonåringar.

**Polisen ska**

- delta i SSPF.`),
    );
    expect(xs.map((x) => [x.what.slice(0, 12), x.parties])).toEqual([
      ['ha fältassis', ['kommun']],
      ['erbjuda förä', ['kommun']],
      ['delta i SSPF', ['polis']],
    ]);
  });

  it('reads the list under a lone "**Åtgärder.**" label as measures, outside a section of measures', () => {
    const xs = activities(
      analyseText(`## 6.1 Vallby kommun

**Fokusområde: Skadegörelse vid stationen.** Vallby har valt skadegörelsen, eftersom den har ökat mest.

**Åtgärder.**

- Vallby kommun, genom tekniska förvaltningen, förbättrar belysningen vid stationen.
- Polisen ökar sin närvaro vid stationen.`),
    );
    expect(xs.map((x) => [x.parties, x.commitment])).toEqual([
      [['kommun'], false],
      [['polis'], false],
    ]);
  });

  it('reads the quarters marked in a "Kv 1 … Kv 4" schedule as when', () => {
    const xs = activities(
      analyseText(
        `## Aktiviteter
| Nr | Aktivitet | Ansvarig | Kv 1 | Kv 2 | Kv 3 | Kv 4 |
|---|---|---|---|---|---|---|
| 1.1 | Trygghetsvandring i centrum | Samordnaren | X | | X | |`,
        'aktivitetsplan',
      ),
    );
    expect(xs.map((x) => x.when)).toEqual(['Kv 1, Kv 3']);
  });

  it('does not read the text of a focus-area chapter as measures', () => {
    const xs = activities(
      analyseText(`# Överenskommelse
## Fokusområden
### Fokusområde 1: Torget
- Otryggheten på torget har ökat sedan 2022.
- Kvinnor undviker torget på kvällen.`),
    );
    expect(xs).toEqual([]);
  });

  it('reads a promise table without an owner column from the subject after a problem label', () => {
    const xs = activities(
      analyseText(
        `## Vad lovar vi?
| Vi lovar | Så här märks det |
|---|---|
| Mot klottret: Kommunens gatuenhet sanerar klotter inom 48 timmar. | Renare väggar. |
| Mot otryggheten i parken: Polisen patrullerar i parken varje fredag. | Du ser poliser. |`,
        'medborgarlofte',
      ),
    );
    expect(xs.map((x) => [x.who, x.parties, x.when])).toEqual([
      ['Kommunens gatuenhet', ['kommun'], 'inom 48 timmar'],
      ['Polisen', ['polis'], 'varje fredag'],
    ]);
  });

  it('reads numbered activity paragraphs under area headings, and not the rows of a follow-up table', () => {
    const xs = activities(
      analyseText(
        `# Aktivitetsplan 2026
## Fokusområde 1: Torget
Otryggheten på torget har ökat.

**Aktivitet 1 – Kvällsöppet bibliotek.** Biblioteket håller öppet till kl. 21. Ansvar: kulturchefen. Tid: tisdagar från 1 september.
## Uppföljning
| Mål | Underlag | Ansvarig | Hur ofta |
|---|---|---|---|
| Mål 1 | Trygghetsmätningen | Trygghetssamordnaren | Varje år |`,
        'aktivitetsplan',
      ),
    );
    // One numbered paragraph is one measure; its 'Ansvar:' line names the owner.
    expect(xs.map((x) => [x.who, x.when])).toEqual([['kulturchefen', 'tisdagar från 1 september']]);
  });

  it('reads measure tables under "Åtgärder per fokusområde"', () => {
    const xs = activities(
      analyseText(`# Överenskommelse
## Åtgärder per fokusområde
### Fokusområde 1: Torget
| Åtgärd | Ansvarig | När |
|---|---|---|
| Ny belysning | Tekniska förvaltningen | Senast juni 2026 |`),
    );
    expect(xs.map((x) => [x.what, x.when])).toEqual([['Ny belysning', 'Senast juni 2026']]);
  });

  it('reads a poster\'s "X och Polisen lovar:" list with each item\'s own subject', () => {
    const xs = activities(
      analyseText(
        `# Vi lovar dig en tryggare kväll

**Åby kommun och Polisen lovar:**

- **Polisen** går fotpatrull i parken varje fredag kl. 19–23.
- **Kommunens gatuavdelning** byter belysningen senast den 30 april 2026.`,
        'medborgarlofte',
      ),
    );
    expect(xs.map((x) => [x.who, x.parties])).toEqual([
      ['Polisen', ['polis']],
      ['Kommunens gatuavdelning', ['kommun']],
    ]);
  });

  it('takes the time of a quarter heading and skips the areas listed in the introduction', () => {
    const xs = activities(
      analyseText(
        `# Handlingsplan 2027
## Inledning
Överenskommelsen har två fokusområden, som anges inom hakparentes:

- [1] Trygghet i centrum
- [2] Narkotika bland unga
## Kvartal 2
- Föräldramöten om narkotika i årskurs 8 (skolornas rektorer) [2]`,
        'aktivitetsplan',
      ),
    );
    expect(xs.map((x) => [x.who, x.when])).toEqual([['skolornas rektorer', 'Kvartal 2']]);
  });

  it('reads slide-style fragments: a "Kommunen åtar sig" heading owns its items, "- Åtgärder:" heads the next ones', () => {
    const xs = activities(
      analyseText(`# Överenskommelse
## Fokus: unga
- Mål: färre unga provar cannabis
- Åtgärder:
  - SSPF – Ansvar: socialtjänsten, polisen – När: veckovis möten
  - Skolvärdar – Ansvar: fritidsförvaltningen – När: sport- och höstlov
## Kommunen åtar sig
- Samordnare för brottsförebyggande arbete`),
    );
    expect(xs.map((x) => [x.who, x.when ?? null])).toEqual([
      ['socialtjänsten, polisen', 'veckovis möten'],
      ['fritidsförvaltningen', 'sport- och höstlov'],
      ['Kommunen', null],
    ]);
  });

  it('reads abbreviated export headers: "Ansv. org", "Frekv.", "Fokusomr."', () => {
    const [x] = activities(
      analyseText(`## Plan2026
| Nr | Fokusomr. | Aktivitet | Ansv. org | Frekv. |
|---|---|---|---|---|
| 2.1 | Centrum | Fotpatrull centrum | Polis | 2 kv./v. |`),
    );
    expect(x).toMatchObject({
      what: 'Fotpatrull centrum',
      who: 'Polis',
      when: '2 kv./v.',
      focusArea: 'Centrum',
    });
  });

  it('gives list items the owner of their lead-in', () => {
    const xs = activities(
      analyseText(`## Åtaganden
Hagby kommun åtar sig att
- sanera klotter inom två dygn,
- utse en samordnare.

Polisen åtar sig att
- delta i trygghetsvandringar varje höst.`),
    );
    expect(xs.map((x) => [x.who, x.commitment])).toEqual([
      ['Hagby kommun', true],
      ['Hagby kommun', true],
      ['Polisen', true],
    ]);
    expect(xs[0]?.when).toBe('inom två dygn');
    expect(xs[2]?.when).toMatch(/^varje höst/);
  });

  it('reads owners from "X lovar att", "Ansvarig:", parentheses and the subject', () => {
    const xs = activities(
      analyseText(`## Våra löften
- Kommunen lovar att fritidsgården har öppet på fredagar.
- Vi lovar att röja buskage i parken i maj. Ansvarig: Parkenheten.
- Riktade kontroller mot buskörning (polisen).
- Socialförvaltningens fältassistenter finns i centrum på lördagar.`),
    );
    expect(xs.map((x) => x.who)).toEqual([
      'Kommunen',
      'Parkenheten',
      'polisen',
      'Socialförvaltningens fältassistenter',
    ]);
  });

  it('keeps "parterna" as a joint owner, not a named one', () => {
    const [x] = activities(
      analyseText(`## Aktiviteter
Parterna ska genomföra följande aktiviteter:
- trafikkontroller vid skolor.`),
    );
    expect(x?.parties).toEqual(['gemensam']);
    expect(x?.who).toBeUndefined();
  });

  it('reads prose commitments in a section of measures', () => {
    const xs = activities(
      analyseText('## Åtgärder\nPolisen ska genomföra riktade insatser mot langning under sommaren 2026.'),
    );
    expect(xs[0]).toMatchObject({ who: 'Polisen', from: 'prose' });
    expect(xs[0]?.when).toMatch(/^under sommaren/);
  });

  it('skips focus-area and goal lists', () => {
    const xs = activities(
      analyseText(`## Fokusområden
Parterna har valt följande fokusområden:
- Trafik
- Narkotika

## Mål
- Genomföra fyra trygghetsvandringar.`),
    );
    expect(xs).toEqual([]);
  });

  it('classifies owners into parties', () => {
    expect(partiesOf('Kommunpolisen och samordnaren')).toEqual(['polis', 'kommun']);
    expect(partiesOf('Gatuenheten och Bohem AB')).toEqual(['kommun', 'annan']);
    expect(partiesOf('Parterna')).toEqual(['gemensam']);
  });

  it('finds the subject party and times', () => {
    expect(subjectParty('Lokalpolisområdets trafikpoliser genomför kontroller.')).toBe(
      'Lokalpolisområdets trafikpoliser',
    );
    expect(subjectParty('Klotter saneras snabbt.')).toBeUndefined();
    expect(whenIn('minst två kvällar i veckan')).toBeDefined();
    expect(whenIn('gemensamma insatser vid behov')).toBeUndefined();
  });

  it('reads goal and cause links written in a list item', () => {
    const [x] = activities(
      analyseText(
        '## Åtgärder\n- Kommunen röjer buskage vid gångbron i maj (mål 1a). Åtgärden påverkar orsaken skymda platser.',
      ),
    );
    expect(x?.goal).toBe('1a');
    expect(x?.cause).toBe('skymda platser');
  });

  it('reads clause-numbered measure paragraphs with their owner and the goal and cause named later', () => {
    const xs = activities(
      analyseText(`## 6 Insatser
6.1.1 Miljö- och byggnadsnämnden ska senast den 1 juni 2027 se över belysningen vid Ängsskolan. Insatsen riktar sig mot Orsak 2B och Mål 2.1.

6.1.2 Socialförvaltningens fältgrupp, fritidsgården Pilen och Polisen ska varje fredag under terminerna arbeta kvällstid i centrum. Insatsen verkar mot orsak 3 och delmål 1.`),
    );
    expect(xs.map((x) => [x.nr, x.parties, x.goal, x.cause])).toEqual([
      ['6.1.1', ['kommun'], '2.1', 'Orsak 2B'],
      ['6.1.2', ['polis', 'kommun'], '1', 'orsak 3'],
    ]);
  });

  it('reads a promise with the verb before its subject', () => {
    const [x] = activities(
      analyseText(
        '## Därför lovar vi\nFör att minska otryggheten i parken lovar polisen att patrullera där varje fredag.',
      ),
    );
    expect(x?.who).toBe('polisen');
    expect(x?.when).toMatch(/^varje fredag/);
  });

  it('reads a theme row of a table as the focus area of the rows below it', () => {
    const xs = activities(
      analyseText(`## Insatser
| Insats | Huvudman | Tidsram |
|---|---|---|
| Tema A – Unga | | |
| Fältarbete | Fritidsförvaltningen | Fredagar, helår |`),
    );
    expect(xs).toHaveLength(1);
    expect(xs[0]).toMatchObject({ what: 'Fältarbete', when: 'Fredagar, helår', focusArea: 'Tema A – Unga' });
  });

  it('gives the second party of a shared verb its own part', () => {
    const [x] = activities(
      analyseText('# Tryggare Åsby\n\nKommunen tar ansvar för belysningen, och polisen för kontrollerna.'),
    );
    expect(x?.parties).toEqual(expect.arrayContaining(['kommun', 'polis']));
  });
  it('reads subjects with a shared word part, "är", and data sources in parentheses', () => {
    const xs = activities(
      analyseText(
        `## Åtgärder
1. Kultur- och fritidsförvaltningen öppnar Ungdomens hus på lördagar under 2026.
2. Fältgruppen och polisens områdespoliser är ute vid skolorna fredagar kl. 15–22.
3. Polisen patrullerar vid torget varje fredag; indikator: antal pass (polisens statistik, halvår).

## Resurser
Socialförvaltningen avsätter en halv tjänst för åtgärd 2.`,
        'aktivitetsplan',
      ),
    );
    expect(xs.map((x) => x.who)).toEqual([
      'Kultur- och fritidsförvaltningen',
      'Fältgruppen och polisens områdespoliser',
      'Polisen',
    ]);
  });
});
