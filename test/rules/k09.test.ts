import { k09 } from '../../rules/k09-aktivitetsplan.ts';
import { promisesAfterResults } from '../helpers/one-table.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

/** A plan that names itself as bilaga 2 of its agreement (fictional), closed by a sentence on another bilaga. */
const selfNamedPlan = (closing: string) => `# Bilaga 2 Aktivitetsplan 2026

Aktivitetsplanen är bilaga 2 till samverkansöverenskommelsen 2026–2029 och gäller för 2026.

| Nr | Aktivitet | Ansvarig | När |
|---|---|---|---|
| 1.1 | Polisnärvaro vid resecentrum | Polisen, ingripandeverksamheten | Fredag och lördag kl. 23–03 |
| 1.2 | Ny belysning i gångtunneln | Samhällsbyggnadsförvaltningen | Klart senast 30 september 2026 |
| 2.1 | SSPF för unga 13–17 år | Socialtjänsten | Möte varje vecka |

${closing}`;

/** Three measures, each with what, who and when. */
const threeMeasures = `| Nr | Åtgärd | Ansvarig | När |
|---|---|---|---|
| 1 | Polisnärvaro vid resecentrum | Polisen, ingripandeverksamheten | Fredag och lördag kl. 22–03 |
| 2 | Ny belysning i västra parken | Parkenheten | Klart senast 30 september 2026 |
| 3 | SSPF för unga i riskzon | Socialförvaltningen | Varannan vecka |`;

/** An action plan ordered by season, each item led by its owner as a bold label (or by nothing). */
const seasonPlan = (owner: (name: string) => string) => `# Aktivitetsplan 2026

## Vår
- ${owner('Tekniska förvaltningen')}klottersanering i centrum, v. 15–17.
- ${owner('Polisen (områdespolisgruppen)')}trafikkontroller vid Storgatan, minst två kvällar i månaden från april.

## Höst
- ${owner('Socialtjänsten, skolan och polisen')}SSPF-träffar varannan vecka.
- ${owner('Föreningen Föräldrar på stan')}nattvandring varje fredag i september.`;

/** A poster whose third promise is made jointly, followed by a follow-up box and a contact line. */
const jointPromise = (third: string) => `# Medborgarlöfte 2026

## Löfte 1
**Polisen lovar:** Områdespoliserna patrullerar på torget fredag och lördag kl. 20–24.

## Löfte 2
**Kommunen lovar:** Gatuenheten byter belysningen i gångtunneln senast den 31 maj 2026.

## Löfte 3
**Vi lovar tillsammans:** ${third}

> **Så följer vi upp**
>
> Varje kvartal går vi igenom hur många kvällar polisen har patrullerat.

**Har du frågor?**

Kommunpolis Sanna Vik – nås via polisens växel 114 14`;

/** An agreement for two kommuner: a table for the first, a list for the second (fictional Åby and Bro). */
const twoKommuner = (second: string) => `# Samverkansöverenskommelse 2026–2028

## Del 1. Åby kommun

| Åtgärd | Ansvarig | När |
|---|---|---|
| Polisiär närvaro på torget | Polisen | Fredag och lördag kl. 20–01 |
| Belysning i parken | Tekniska förvaltningen | Klart 31 augusti 2026 |
| Fältassistenter på torget | Socialförvaltningen | Fredagar kl. 18–23 |

## Del 2. Bro kommun

Bro kommun åtar sig att:

${second}`;

/** A slide deck's plan of measures under a slide title, and the plan spoken of later (fictional Åby). */
const deckPlan = (pointer: string) => `## Bild 8 – Så gör vi 2026

| Åtgärd | Vem | När |
|---|---|---|
| Grannsamverkan i Backa | Kommunpolisen | Start mars 2026 |
| Belysning på gångvägen i Backa | Tekniska förvaltningen | Klart 30 september 2026 |
| Fältassistenter vid stationen | Socialförvaltningen | Fredag–lördag kl. 18–23 |

## Bild 12 – Uppföljning

- Styrgruppen beslutar om ändringar i aktivitetsplanen.
- Aktivitetsplanen${pointer} revideras varje november.`;

ruleCases(k09, [
  {
    name: 'ML as a letter: the promises under "Det här lovar jag" are its measures',
    type: 'medborgarlofte',
    text: `Till dig som bor i Åby

## Det här lovar jag

- **Polisen finns vid resecentrum varje fredag och lördag** mellan klockan 20 och 02, från den 1 mars 2026.
- **Polisen genomför minst 40 narkotikakontroller per kvartal** kring resecentrum.`,
    level: 2,
  },
  {
    name: 'an action plan under English headers (Action | Owner | When), and a plan for a topic left out of scope',
    text: `## Scope

Våld i nära relationer ingår inte; det hanteras i handlingsplanen mot våld i nära relationer.

## Action plan

| ID | Action | Owner | When |
|---|---|---|---|
| A1 | Ny belysning på gångstråken i Backa | Gatuenheten | Klart 30 september 2026 |
| A2 | Fritidsgården öppen fredag och lördag kl. 18–24 | Kultur och fritid | Från 1 mars 2026 |
| A3 | Polisens närvaro i centrum | Polisen | Fredag och lördag kl. 23–03 |`,
    level: 2,
  },
  {
    name: "two kommuner's parts: the second part's measures, in a list, have no time",
    text: twoKommuner('- se över belysningen vid skolorna,\n- införa ordningsvakter på skolgårdarna.'),
    level: 1,
    advice: ['needs-time'],
  },
  {
    name: "two kommuner's parts: the second part's measures have their times too",
    text: twoKommuner(
      '- se över belysningen vid skolorna senast 30 juni 2026,\n- införa ordningsvakter på skolgårdarna fredag och lördag kväll från 1 mars 2026.',
    ),
    level: 2,
  },
  {
    name: 'the plan spoken of as "aktivitetsplanen (bild 8)" is the table in this document',
    text: deckPlan(' (bild 8)'),
    level: 2,
  },
  {
    name: 'without the pointer, "aktivitetsplanen" may be another document',
    text: deckPlan(''),
    level: 1,
    advice: ['referenced-not-attached'],
  },
  {
    name: "ML: last year's promises in 'Så gick det med förra årets löfte' are results, not this year's measures",
    type: 'medborgarlofte',
    text: promisesAfterResults,
    level: 2,
  },
  {
    name: 'a document of running text: the paragraph opening on the measures and the next one opening on an area hold them',
    text: `# Samverkansöverenskommelse 2026–2028 mellan Bergeby kommun och Polisen

Bostadsinbrotten i villaområdena har ökat, och narkotika säljs öppet vid busstationen.

Åtgärderna har parterna valt utifrån vad de bedömer fungerar. När det gäller bostadsinbrotten startar polisen Grannsamverkan i Solbacka under våren 2026. Tekniska förvaltningen ser över gatubelysningen i Solbacka och åtgärdar bristerna senast den 30 september 2026.

När det gäller narkotikaförsäljningen genomför polisen riktade insatser vid busstationen minst två gånger i månaden. Socialförvaltningens fältassistenter finns vid busstationen fredag och lördag mellan klockan 19 och 24.`,
    level: 2,
  },
  {
    name: 'a draft whose measures are still to be written: carrying out the agreement is no measure',
    text: `## Åtgärder
[TEXT SAKNAS – arbetsgruppen fyller i åtgärder med ansvarig och tidplan.]
## Roller och ansvar
Parterna ansvarar gemensamt för att överenskommelsen genomförs och för att de egna verksamheterna bidrar till arbetet.`,
    level: 0,
  },
  {
    name: "the law's demand for an åtgärdsplan is no plan of this agreement",
    text: `## Bakgrund
Sedan den 1 juli 2023 gäller lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete, som kräver att kommunen tar fram en lägesbild och en åtgärdsplan.`,
    level: 0,
  },
  {
    name: 'ML: leads "Polisen lovar att" and "Tillsammans lovar vi att" own their items; who holds the promise is no promise',
    type: 'medborgarlofte',
    text: `## Våra löften 2026
**Polisen lovar att**
- finnas på plats vid busstationen minst två fredagskvällar i månaden, mars–oktober 2026

**Kommunen lovar att**
- byta ut belysningen i Stationsparken senast den 30 april 2026

**Tillsammans lovar vi att**
- bjuda in till en trygghetsvandring runt busstationen i september 2026

## Vem ansvarar för löftet?
- Amira Haddad, trygghetssamordnare på kommunen.
- Johan Berglöf, kommunpolis.`,
    level: 2,
  },
  {
    name: 'a chapter "Genomförande" with one Aktivitet/Ansvarig/När table per focus area',
    text: `## 4. Genomförande
Varje åtgärd har en ansvarig organisation och en tidpunkt.
### 4.1 Fokusområde 1: Unga i kriminalitet
| Aktivitet | Ansvarig | När |
|---|---|---|
| SSPF-möten om enskilda unga i riskzon | Socialtjänsten, sammankallande | Varannan vecka från februari 2026 |
| Föräldramöten om narkotika i åk 7 | Skolan tillsammans med kommunpolisen | Varje hösttermin |
### 4.2 Fokusområde 2: Bostadsinbrott
| Aktivitet | Ansvarig | När |
|---|---|---|
| Starta om grannsamverkan | Polisen, kommunpolisen | Våren 2026 |`,
    level: 2,
  },
  {
    name: 'table with Åtgärd, Ansvarig and När for every row',
    text: `## Aktivitetsplan 2026
| Åtgärd | Ansvarig | När |
|---|---|---|
| Ny belysning i gångtunneln | Tekniska förvaltningen, gatuenheten | Klart senast 30 april 2026 |
| Fältassistenter i centrum | Socialförvaltningen, fältgruppen | Fredag och lördag kl. 19–23 |
| Riktade kontroller mot buskörning | Polisen, trafikgruppen | Minst sex gånger under maj–augusti |`,
    level: 2,
  },
  {
    name: 'ML list: subject, action and time in each promise',
    type: 'medborgarlofte',
    text: `## Våra löften
- Polisen patrullerar till fots vid torget varje fredag kl. 20–24.
- Kommunens gatuenhet byter belysningen i Ekparken senast den 31 mars 2026.
- Fritidsgården i Backa håller öppet till kl. 23 på lördagar under hela läsåret.`,
    level: 2,
  },
  {
    name: 'promises with a lead-in and Ansvarig labels',
    type: 'medborgarlofte',
    text: `## Löfte 1 – Tryggare bussterminal
Vi lovar att
- vara på plats vid terminalen två kvällar i veckan under hösten 2026. Ansvarig: Polisen.
- röja buskage runt terminalen senast i maj 2026. Ansvarig: Kommunens parkenhet.`,
    level: 2,
  },
  {
    name: 'running text without headings, owners and times in each sentence',
    text: 'Kommunen och polisen i Fjällby har kommit överens om följande för 2026. Polisen ska genomföra trafikkontroller vid skolorna varje måndag under terminerna. Kommunen ska bygga om korsningen vid torget senast i augusti 2026.',
    level: 2,
  },
  {
    name: 'Vad/Vem/När table with owners of any kind',
    text: `## Handlingsplan
| Vad | Vem | När |
|---|---|---|
| Kameror vid cykelgaraget | Fastighetsavdelningen | Hösten 2026 |
| Grannsamverkan i Ekbacken | Kommunpolisen | Start mars 2026 |`,
    level: 2,
  },
  {
    name: 'commitments without times',
    text: `## Åtaganden
Kommunen åtar sig att
- genomföra trygghetsvandringar,
- sanera klotter.

Polisen åtar sig att
- prioritera synlig närvaro i centrum.`,
    level: 1,
    advice: ['needs-time'],
  },
  {
    name: 'activities without owners',
    text: `## Aktiviteter
Parterna ska genomföra följande aktiviteter:
- trafikkontroller vid skolorna under våren,
- informationsträffar för äldre i oktober,
- gemensamma insatser vid behov.`,
    level: 1,
    advice: ['needs-owner'],
  },
  {
    name: 'table with owners but no times, plan referred to',
    text: `## Åtgärder
Tid och omfattning anges i den årliga aktivitetsplanen (bilaga 2).

| Åtgärd | Ansvarig part |
|---|---|
| Föräldraträffar i årskurs 8 | Kommunen |
| Riktade insatser mot langning | Polisen |`,
    level: 1,
    advice: ['referenced-not-attached'],
  },
  {
    name: 'half the rows incomplete',
    text: `## Aktiviteter 2026
| Aktivitet | Ansvarig | När |
|---|---|---|
| Trygghetsvandring i Norra Berg | Samordnaren | April |
| Föräldravandringar | | |
| Hastighetsmätning på Storgatan | Samhällsbyggnadsförvaltningen | |
| Informationsbrev om inbrottsskydd | Kommunpolisen | Maj |`,
    level: 1,
  },
  {
    name: 'only an announced plan',
    text: `## Genomförande
En handlingsplan med konkreta aktiviteter tas fram varje år av samordnaren.`,
    level: 1,
    advice: ['intentions-only'],
  },
  {
    name: 'restating what the law requires is no intention of this agreement',
    text: `## Bakgrund
Enligt lagen ska kommunen ta fram en lägesbild och besluta om en åtgärdsplan.
## Insatser
Insatser beslutas när orsaksanalysen är klar.`,
    level: 0,
  },
  {
    name: 'no measures',
    text: `## Syfte
Överenskommelsen ska ge en gemensam inriktning för arbetet i Storvik.`,
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'picture only',
    text: `## Lägesbild
Under 2025 anmäldes 310 brott i Tallby, jämfört med 280 året innan.`,
    level: 0,
  },
  {
    name: 'organisation text without measures',
    text: `## Organisation
Samverkan sker i det lokala brottsförebyggande rådet, som möts fyra gånger per år.`,
    level: 0,
  },
  {
    name: 'promises in a list under a heading of their own words',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte 2027
## Det här lovar vi dig
- Polisen lovar att patrullera till fots vid torget minst två kvällar i veckan.
- Kommunen lovar att laga belysningen i parken senast den 31 maj 2027.
- Kommunen lovar att fältassistenterna finns vid skolan varje fredag kväll.`,
    level: 2,
  },
  {
    name: 'one table with owner column "Huvudman", time column "Tidsram" and theme rows',
    type: 'aktivitetsplan',
    text: `## Insatser 2027
| Insats | Syfte | Målgrupp | Huvudman | Tidsram |
|---|---|---|---|---|
| **Tema 1 – Unga** | | | | |
| Fältarbete kvällstid | Fler vuxna ute | Unga 13–18 år | Fritidsförvaltningen | Fredagar kl. 19–23, helår |
| Föräldramöten om droger | Kunskap hos föräldrar | Föräldrar i åk 7 | Kommunpolisen | Oktober 2027 |
| **Tema 2 – Centrum** | | | | |
| Ny belysning vid torget | Ljusare plats | Alla | Tekniska förvaltningen | Klart senast 31 maj 2027 |`,
    level: 2,
  },
  {
    name: 'the same table without the time column lacks when',
    type: 'aktivitetsplan',
    text: `## Insatser 2027
| Insats | Syfte | Huvudman |
|---|---|---|
| **Tema 1 – Unga** | | |
| Fältarbete kvällstid | Fler vuxna ute | Fritidsförvaltningen |
| Föräldramöten om droger | Kunskap hos föräldrar | Kommunpolisen |`,
    level: 1,
    advice: ['needs-time'],
  },
  {
    name: 'action plan in running prose, one paragraph per measure, sections named by area',
    type: 'aktivitetsplan',
    text: `# Handlingsplan 2027 för Lillby

Planen beskriver vad parterna gör under året.

## 1. Unga i centrum

Kultur- och fritidsförvaltningen ansvarar för att ungdomsgården har öppet fredagar kl. 18–23 från och med den 1 mars 2027.

Tekniska förvaltningen ansvarar för att byta belysningen i gångtunneln. Arbetet ska vara klart senast den 31 augusti 2027.

Polisen genomför under våren 2027 två föräldramöten på Lillbyskolan.

## 2. Uppföljning

Samordnaren sammanställer i december.`,
    level: 2,
  },
  {
    name: 'the same prose plan without times',
    type: 'aktivitetsplan',
    text: `# Handlingsplan för Lillby

Planen beskriver vad parterna gör.

## 1. Unga i centrum

Kultur- och fritidsförvaltningen ansvarar för att ungdomsgården får längre öppettider.

Tekniska förvaltningen ansvarar för att byta belysningen i gångtunneln.

Polisen genomför föräldramöten på Lillbyskolan.`,
    level: 1,
    advice: ['needs-time'],
  },
  {
    name: 'an agreement in running text under its title: some measures with who and when, others without',
    text: `# Tryggare Åsby

Vi har valt två problem. När det gäller inbrotten kommer kommunen och polisen gemensamt att starta grannsamverkan i fem nya områden under 2027. Polisens områdespoliser kommer att göra fler kontroller på infartsvägarna. Kommunens miljöförvaltning kommer att informera villaägare om skydd mot inbrott.`,
    level: 1,
  },
]);

ruleCases(k09, [
  {
    name: 'bullets after a paragraph labelled "Vårt löfte:" under a problem heading',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte Lerby 2026

## Lerby: klotter vid stationen

*Det vi hörde:* Många tycker att stationen känns sliten och otrygg.

*Vårt löfte:* Det här gör vi åt klottret vid stationen.

- **Polisen** patrullerar vid stationen minst två kvällar i veckan under maj–augusti 2026.
- **Lerby kommun**, parkenheten, sanerar klotter vid stationen inom två dygn från mars 2026.

## Kontakt

Kommunpolisen i Lerby.`,
    level: 2,
  },
  {
    name: 'the same bullets after a paragraph labelled as background are not measures',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte Lerby 2026

## Lerby: klotter vid stationen

*Bakgrund:* Det här har hänt vid stationen.

- **Polisen** patrullerade vid stationen minst två kvällar i veckan under 2025.
- **Lerby kommun**, parkenheten, sanerade klotter vid stationen under 2025.`,
    level: 0,
  },
]);

ruleCases(k09, [
  {
    name: 'a section of activities that only announces them with "ska"',
    text: `## 4 Aktiviteter

Under perioden ska parterna genomföra gemensamma trafikkontroller och informationsträffar. Fler aktiviteter tas fram efter hand.`,
    level: 1,
  },
  {
    name: 'a section of activities with no measure at all',
    text: `## 4 Aktiviteter

Arbetet utgår från den gemensamma lägesbilden.`,
    level: 0,
  },
  {
    name: 'bullet measures whose sub-items give Vem and När',
    text: `## Åtgärder
- Nattvandring i centrum
  - Vem: Nattvandrarna Backa, stöd från fältgruppen
  - När: fredagar och lördagar, hela året
- Ny belysning i gångtunneln
  - Vem: gatuenheten
  - När: klart 2026-10-31
- SSPF
  - Vem: socialtjänsten och polisen
  - När: möten varannan vecka`,
    level: 2,
  },
  {
    name: 'a table whose time cells are filled in',
    text: `## Åtgärder
| Nr | Åtgärd | Ansvarig | När |
|---|---|---|---|
| 1 | Grannsamverkan i Norrby | Kommunpolisen | Maj 2026 |
| 2 | Belysning i gångtunneln | Gatuenheten | Senast 30 september 2026 |
| 3 | Fältgrupp i centrum | Fritidsenheten | Fredagar kl. 19–23 |
| 4 | SSPF-möten | Socialtjänsten | Varannan vecka |
| 5 | Tillsyn av krogar | Alkoholhandläggaren | Fyra gånger per år |`,
    level: 2,
  },
  {
    name: 'the same table with a dash or "Löpande" where the time should be',
    text: `## Åtgärder
| Nr | Åtgärd | Ansvarig | När |
|---|---|---|---|
| 1 | Grannsamverkan i Norrby | Kommunpolisen | – |
| 2 | Belysning i gångtunneln | Gatuenheten | Senast 30 september 2026 |
| 3 | Fältgrupp i centrum | Fritidsenheten | Löpande |
| 4 | SSPF-möten | Socialtjänsten | - |
| 5 | Tillsyn av krogar | Alkoholhandläggaren | Fyra gånger per år |`,
    level: 1,
    advice: ['needs-time'],
  },
  {
    name: 'a plan that names itself as bilaga 2 and leaves its resources to bilaga 3 refers to no other plan',
    type: 'aktivitetsplan',
    text: selfNamedPlan('Resurserna för aktiviteterna anges i bilaga 3 Resursplan 2026–2029.'),
    level: 2,
  },
  {
    name: 'the same table when the activities are said to continue in bilaga 3',
    type: 'aktivitetsplan',
    text: selfNamedPlan('Övriga aktiviteter finns i bilaga 3.'),
    level: 1,
    advice: ['referenced-not-attached'],
  },
  {
    name: 'the plan the agreement points to is a bilaga further on in the same file',
    text: `# Samverkansöverenskommelse 2026–2029

## 4. Åtaganden
Vem som gör vad och när framgår av aktivitetsplanen i Bilaga 3.

# Bilaga 3 Aktivitetsplan 2026

${threeMeasures}`,
    level: 2,
  },
  {
    name: 'the plan the agreement points to is the table captioned as it',
    text: `# Samverkansöverenskommelse 2026–2029

## Så här gör vi
Aktivitetsplanen nedan anger för varje åtgärd vem som ansvarar och när den genomförs. Arbetsgruppen genomför åtgärderna i aktivitetsplanen.

*Tabell 2. Aktivitetsplan 2026.*

${threeMeasures}`,
    level: 2,
  },
  {
    name: 'ML in lättläst svenska: a short sentence after the promise tells when it is kept',
    type: 'medborgarlofte',
    text: `## Löfte 1: Fler poliser i centrum
Polisen lovar: Poliser går runt i centrum. Vi gör det varje fredag och lördag. Vi går mellan klockan 19 och 23.

## Löfte 2: Mer ljus i parken
Kommunen lovar: Kommunens gatuenhet sätter upp 14 nya lampor i Stationsparken. Lamporna är på plats senast den 30 april 2026.`,
    level: 2,
  },
  {
    name: 'ML in lättläst svenska: the same promise with no time at all',
    type: 'medborgarlofte',
    text: `## Löfte 1: Fler poliser i centrum
Polisen lovar: Poliser går runt i centrum. Vi pratar med dem vi möter.

## Löfte 2: Mer ljus i parken
Kommunen lovar: Kommunens gatuenhet sätter upp 14 nya lampor i Stationsparken.`,
    level: 1,
    advice: ['needs-time'],
  },
  {
    name: 'measures written "åtgärd – ansvarig – när" in a list',
    text: `## Åtgärder
Format: åtgärd – ansvarig – när.

- Märkdag för båtmotorer – polisen och byalagen – varje år i maj
- Nattvandring vid badplatsen – föräldraföreningen och fältsekreteraren – fredagar och lördagar i juni–augusti
- Gemensam tillsyn av serveringsställen – kommunens alkoholhandläggare och polisen – minst fyra gånger per år`,
    level: 2,
  },
  {
    name: 'the same list with the owners left out',
    text: `## Åtgärder
- Märkdag för båtmotorer – varje år i maj
- Nattvandring vid badplatsen – fredagar och lördagar i juni–augusti
- Gemensam tillsyn av serveringsställen – minst fyra gånger per år`,
    level: 1,
    advice: ['needs-owner'],
  },
  {
    name: 'an action plan by season: each item led by its owner as a bold label',
    type: 'aktivitetsplan',
    text: seasonPlan((name) => `**${name}**: `),
    level: 2,
  },
  {
    name: 'the same plan with the owner labels left out',
    type: 'aktivitetsplan',
    text: seasonPlan(() => ''),
    level: 1,
    advice: ['needs-owner'],
  },
  {
    name: "ML: 'Vi lovar tillsammans:' with the doer named after it; the follow-up box and the contact line are no promises",
    type: 'medborgarlofte',
    text: jointPromise('Polisens trafikgrupp gör minst tio hastighetskontroller på Bruksgatan under 2026.'),
    level: 2,
  },
  {
    name: 'the same poster with the joint promise naming no doer and no time',
    type: 'medborgarlofte',
    text: jointPromise('fler hastighetskontroller på Bruksgatan.'),
    level: 1,
    advice: ['needs-owner', 'needs-time'],
  },
  {
    name: 'ML: the headline promise of an outcome is no measure beside the concrete promises',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte 2026

## Vårt löfte

**Vi lovar att göra det tryggare att resa kollektivt och att minska narkotikaförsäljningen vid resecentrum.**

## Det här lovar vi

**Polisen lovar att**

1. vara synlig vid resecentrum minst fyra vardagar i veckan mellan kl. 15 och 22;
2. genomföra en riktad insats mot narkotikaförsäljning varje månad under 2026.

**Kommunen lovar att**

3. sätta upp ny belysning i gångtunneln senast den 30 september 2026.`,
    level: 2,
  },
]);
