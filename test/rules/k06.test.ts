import { k06 } from '../../rules/k06-matbara-mal.ts';
import { headedPromises, oneTableFull, oneTablePartial } from '../helpers/one-table.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

/** A goal table whose deadline is its own "År" column (fictional Åsby). */
const yearColumn = (year: string) => `## Våra mål
| Mål | Mått | Nuläge | Önskat läge | År |
|---|---|---|---|---|
| Färre cykelstölder vid stationen | Anmälda cykelstölder vid Åsby station (polisens statistik) | 140 (2025) | Högst 90 | ${year} |
| Tryggare park på kvällen | Andel som känner sig otrygga i Åsbyparken (trygghetsmätningen) | 31 % (2025) | Högst 20 % | ${year} |`;

/** Two areas' goal table (fictional); the second area's baseline and target vary. */
const secondAreaGoal = (baseline: string, target: string) => `## Fokusområden
1. Trygghet vid Stortorget
2. Våld i nära relationer

## Mål
| Mål | FO | Effektmål | Indikator (källa) | Utgångsvärde | Målvärde | Senast |
|---|---|---|---|---|---|---|
| M1 | 1 | Ökad trygghet | Andel kvinnor otrygga vid Stortorget kvällstid (trygghetsenkäten) | 48 % (2025) | ≤ 35 % | 2029 |
| M2 | 2 | Fler våldsutsatta får stöd | Antal personer i kontakt med kvinnofridsteamet (soc) | ${baseline} | ${target} | 2029 |`;

ruleCases(k06, [
  {
    name: 'ML: a promise that answers causes in att-clauses, and one measurable goal for the place',
    type: 'medborgarlofte',
    text: `## Varför torget?

Otryggheten vid torget har ökat enligt trygghetsmätningen 2025.

## Det här lovar vi

Kommunen lovar att tända belysningen i parken vid torget. Löftet svarar mot att parken är mörk, att bänkarna står dolda och att få vuxna rör sig där.

## Vad vill vi uppnå?

- Andelen som känner sig otrygga vid torget ska minska från 41 procent (2025) till högst 30 procent i trygghetsmätningen 2027.`,
    level: 2,
  },
  {
    name: 'an overall vision over goals in vague verbs only',
    text: `## Mål
Det övergripande målet för samverkan är att kommunerna ska vara trygga att bo och vistas i.
- Trygghet i offentlig miljö: Parterna ska verka för trygga offentliga miljöer.
- Barn och unga: Parterna ska bidra till att barn och unga får en trygg uppväxt.`,
    level: 0,
  },
  {
    name: 'only an overall vision',
    text: `## Mål
Det övergripande målet för samverkan är att kommunen ska vara en trygg kommun att bo och vistas i.`,
    level: 1,
    advice: ['vision-only'],
  },
  {
    name: 'aktivitetsplan without goals: the counts in its measures are their size, not goals',
    type: 'aktivitetsplan',
    text: `## Aktiviteter
- Fältassistenterna är ute minst två kvällar i månaden.
- Polisen genomför minst fyra trafikkontroller per termin.`,
    level: 0,
  },
  {
    name: 'ML: a goal only in vague verbs, beside promises that count police outputs',
    type: 'medborgarlofte',
    text: `## Det här vill vi
Med löftena vill vi bidra till en tryggare stationsmiljö och verka för att fler ska våga röra sig i parken.
## Våra löften
- Polisen genomför minst två riktade insatser i månaden mot narkotikaförsäljningen.`,
    level: 0,
  },
  {
    name: 'coded goals that are really activities ("M1. Genomföra minst fyra trygghetsvandringar")',
    text: `**Mål**

- M1. Genomföra minst fyra trygghetsvandringar per år i centrum.
- M2. Starta en SSPF-grupp.`,
    level: 1,
    advice: ['activity-goals'],
  },
  {
    name: 'vague verbs only, and goals to be made concrete in a plan not yet written',
    text: `## Mål
Parterna ska verka för att kommunen ska vara trygg och bidra till att förebygga brott. Målen ska konkretiseras närmare i handlingsplanen.`,
    level: 0,
  },
  {
    name: "goal table with an 'År' column as deadline",
    text: yearColumn('2028'),
    level: 2,
  },
  {
    name: "goal table whose 'År' column is empty has no deadline",
    text: yearColumn(''),
    level: 1,
  },
  {
    name: 'one-table agreement with a measurable goal in every row',
    text: oneTableFull,
    level: 2,
  },
  {
    name: "one-table agreement where one row only says 'Minska'",
    text: oneTablePartial,
    level: 1,
  },
  {
    name: 'goal table per focus area with indicator, baseline, target and year',
    text: `## Prioriterade fokusområden
1. Trygghet i centrum
2. Ungdomsbrott

## Mål
| Fokusområde | Indikator (källa) | Utgångsläge | Målvärde |
|---|---|---|---|
| 1 | Andel som känner sig otrygga i centrum kvällstid (trygghetsmätningen) | 32 % (2024) | Högst 25 % senast 2028 |
| 2 | Antal unga misstänkta för brott (polisens statistik) | 44 (2024) | Högst 30 under 2028 |`,
    level: 2,
  },
  {
    name: 'goal sentences under focus-area headings',
    text: `## Mål
### Trygghet vid hamnen
Andelen kvinnor som känner sig otrygga vid hamnen ska minska från 38 procent (trygghetsmätningen 2024) till högst 28 procent i trygghetsmätningen 2027.
### Inbrott
Antalet anmälda bostadsinbrott ska minska från 140 år 2024 till högst 100 under 2027 enligt polisens statistik.`,
    level: 2,
  },
  {
    name: 'ML goal line with baseline and deadline',
    type: 'medborgarlofte',
    text: `## Löfte: Tryggare torg
Polisen lovar att patrullera vid torget fredagar kl. 20–24.

Mål: Andelen som känner sig otrygga på torget ska minska från 30 procent (2024) till högst 24 procent i trygghetsmätningen 2026.`,
    level: 2,
  },
  {
    name: 'ML: numbered goals "Mål 1:" under a question heading, in short sentences',
    type: 'medborgarlofte',
    text: `## Vad vill vi uppnå?
- **Mål 1:** År 2027 ska högst 2 av 10 kvinnor känna sig otrygga vid busstationen på kvällen. I dag är det 4 av 10.
- **Mål 2:** År 2027 ska polisen få högst 35 anmälningar om stöld vid busstationen. År 2025 var det 58.`,
    level: 2,
  },
  {
    name: 'a goal table whose second column holds the whole goal beside its code',
    text: `## Fokusområden
1. Narkotika bland unga
2. Bränder i Bäckadalen
## 5 Mål
| Mål | Indikator, källa, utgångsläge och målvärde |
|---|---|
| M1 (Fokusområde 1) | Andelen elever i åk 9 som använt narkotika ska minska från 9 % (2024) till högst 6 % senast 2028. Källa: Skolenkäten. |
| M2 (Fokusområde 2) | Anlagda bränder i Bäckadalen ska minska från 37 (2025) till högst 20 senast 2028. Källa: räddningstjänsten. |`,
    level: 2,
  },
  {
    name: 'change size and baseline year in prose',
    text: 'Målet är att antalet anmälda skadegörelsebrott i Ålstad ska minska med 20 procent till och med 2027, jämfört med basåret 2024 (polisens statistik).',
    level: 2,
  },
  {
    name: 'directions only',
    text: `## Mål
- minskad skadegörelse i centrum,
- ökad trygghet i Strandby.`,
    level: 1,
    advice: ['direction-only'],
  },
  {
    name: 'ML: a wish that something should decrease is a direction',
    type: 'medborgarlofte',
    text: 'Vi vill att langningen vid torget ska minska och att fler ska våga gå genom tunneln.',
    level: 1,
    advice: ['direction-only'],
  },
  {
    name: 'a "Mål för 2026:" label over a share of activities carried out is a production goal',
    type: 'aktivitetsplan',
    text: '## Inledning\nAnsvarig anges inom parentes. Mål för 2026: minst 90 procent av aktiviteterna i planen ska vara genomförda vid årets slut.',
    level: 1,
    advice: ['production-only'],
  },
  {
    name: 'goals under "1.3 Mål" and "2.3 Mål" belong to the areas of their chapters',
    text: `## Fokusområden
1. Våld i centrum. Våldet har ökat sedan 2021.
2. Bedrägerier mot äldre. Bedrägerierna har fördubblats sedan 2019.
## 1 Våld i centrum
### 1.3 Mål
Antalet anmälda våldsbrott i centrum ska minska från 196 (2024) till högst 150 år 2029 (polisens statistik).
## 2 Bedrägerier mot äldre
### 2.3 Mål
Andelen äldre som utsatts ska minska från 6 procent (2024) till högst 4 procent i trygghetsmätningen 2028.`,
    level: 2,
  },
  {
    name: 'production goal counting controls',
    text: `## Mål
Polisen ska genomföra minst 30 trafikkontroller per år på Kyrkvägen.`,
    level: 1,
    advice: ['production-only'],
  },
  {
    name: 'goals that are activities',
    text: `## Mål för perioden
- Genomföra fyra trygghetsvandringar per år.
- Hålla två föräldramöten per termin.`,
    level: 1,
    advice: ['activity-goals'],
  },
  {
    name: 'only an overall vision',
    text: 'Det övergripande målet är att Sjöby ska vara en trygg kommun att bo i.',
    level: 1,
  },
  {
    name: 'measurable goal for one of two focus areas',
    text: `## Fokusområden
1. Trygghet i centrum
2. Våld i nära relation

## Mål
Andelen som känner sig otrygga i centrum ska minska från 30 procent (2024) till högst 22 procent i trygghetsmätningen 2027.

För fokusområde 2 formuleras mål när orsaksanalysen är klar.`,
    level: 1,
    advice: ['not-every-area'],
  },
  {
    name: 'goals only in an appendix not attached',
    text: `## Mål
Mätbara mål med indikatorer anges i handlingsplanen (bilaga 3).`,
    level: 1,
    advice: ['referenced-not-attached'],
  },
  {
    name: 'ML promises with counts and no goal section',
    type: 'medborgarlofte',
    text: `## Polisens löften
- Trafikpoliserna genomför minst 20 hastighetskontroller på Storvägen under 2025.`,
    level: 1,
    advice: ['production-only'],
  },
  {
    name: 'ML promise counting its own controls in running text',
    type: 'medborgarlofte',
    text: `## Därför lovar vi
Polisen lovar att göra tio kontroller av mopeder vid skolan under våren 2026.`,
    level: 1,
    advice: ['production-only'],
  },
  {
    name: 'vague verbs only',
    text: `## Mål
Parterna ska verka för en trygg kommun och bidra till ett gott samarbete.`,
    level: 0,
    advice: ['vague-only'],
  },
  {
    name: 'no goals at all',
    text: `## Inledning
Kommunen och polisen har samverkat sedan 2015 i Näsby.`,
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'purpose with vague verbs is not a goal',
    text: `## Syfte och inriktning
Samverkan ska främja god ordning och arbeta för ett förtroendefullt samarbete.`,
    level: 0,
  },
  {
    name: 'a wish without numbers is a direction',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte
Vi vill att färre ska känna sig otrygga på torget.`,
    level: 1,
  },
  {
    name: 'goal table with current state and target level per area',
    text: `## Insatsområden
1. Inbrott i Granbacken, där inbrotten har ökat från 12 till 30 sedan 2021.
2. Klotter i centrum, som har fördubblats enligt polisens statistik.
## Effektmål
| Insatsområde | Effektmål | Nuläge | Målnivå |
|---|---|---|---|
| Inbrott | Anmälda bostadsinbrott i Granbacken (polisens statistik) | 30 (2025) | Högst 15 år 2028 |
| Klotter | Sanerade klotteranmälningar i centrum (gatuenheten) | 210 (2025) | Högst 100 år 2028 |`,
    level: 2,
  },
  {
    name: 'effect indicators with utgångsvärde, målvärde and mättidpunkt per area',
    text: `## Utvecklingsområden
Utvecklingsområde 1 – Bränder i Lövnäs. Bränderna har ökat från 20 till 41 sedan 2022.
Utvecklingsområde 2 – Otrygghet vid stationen. 48 procent av kvinnorna är otrygga där.
## Effektindikatorer
| Nr | Utvecklingsområde | Effektindikator | Utgångsvärde | Målvärde | Mättidpunkt |
|---|---|---|---|---|---|
| E1 | 1 | Anlagda bränder utomhus i Lövnäs | 41 (2025) | högst 25 per år | Helår 2028 |
| E2 | 2 | Andel kvinnor som är otrygga vid stationen | 48 % (2025) | högst 35 % | Trygghetsmätningen 2028 |`,
    level: 2,
  },
  {
    name: 'effect indicators with values but no time anywhere',
    text: `## Effektindikatorer
| Nr | Effektindikator | Utgångsvärde | Målvärde |
|---|---|---|---|
| E1 | Anlagda bränder utomhus i Lövnäs | 41 | högst 25 |`,
    level: 1,
  },
  {
    name: 'a plan naming an indicator per measure, without values',
    type: 'aktivitetsplan',
    text: `## Insatser 2026
| Insats | Syfte | Huvudman | Tidsram | Indikator |
|---|---|---|---|---|
| Fältarbete kvällstid | Fler vuxna där unga samlas | Fältgruppen | Fredagar, helår | Antal fältkvällar |
| Ny belysning i parken | Ljusare park | Gatuenheten | Senast juni | Andel otrygga i parken (trygghetsmätningen) |`,
    level: 1,
  },
  {
    name: 'a plan whose indicator cells only point to goal codes has no goals of its own',
    type: 'aktivitetsplan',
    text: `## Insatser 2026
| Nr | Insats | Effektindikator | Ansvarig | När |
|---|---|---|---|---|
| 1.1 | Fältarbete kvällstid | E1 | Fältgruppen | Fredagar |
| 1.2 | Ny belysning i parken | E2 | Gatuenheten | Senast juni |`,
    level: 0,
  },
  {
    name: 'prose goals: "vill vi halvera" and "ska i LUPP 2028 ha minskat" for both areas',
    text: `# Tryggt Alvik
Vi har valt att samverka kring två frågor: skadegörelsen vid skolorna och våldet i Strandparken.

Antalet anmälda skadegörelsebrott vid skolorna ska minska från 140 år 2024 till högst 90 under 2028. I Strandparken vill vi halvera antalet anmälda misshandelsfall, från 30 år 2024 till högst 15 år 2028. Andelen elever som varit utsatta för våld i Strandparken ska i LUPP 2028 ha minskat till högst 10 procent.`,
    level: 2,
  },
  {
    name: 'prose goals without any year',
    text: `# Tryggt Alvik
Vi har valt att samverka kring två frågor: skadegörelsen vid skolorna och våldet i Strandparken.

I Strandparken vill vi halvera antalet anmälda misshandelsfall. Skadegörelsen vid skolorna ska minska.`,
    level: 1,
  },
  {
    name: 'terse area lines "Område – mål: färre …" give a direction only',
    text: `## Åtaganden
**1. Rån mot unga** – mål: färre rån vid Ekbacka centrum

- Polisen: närvaro vid centrum fredagar

**2. Otrygghet vid stationen** – mål: ökad trygghet

- Kommunen: ny belysning vid stationen 2026`,
    level: 1,
    advice: ['direction-only'],
  },
  {
    name: 'area lines naming a problem and its measures but no goal',
    text: `## Åtaganden
**1. Rån mot unga** – Ekbacka centrum

- Polisen: närvaro vid centrum fredagar

**2. Otrygghet vid stationen** – kvällstid

- Kommunen: ny belysning vid stationen 2026`,
    level: 0,
  },
  {
    name: 'numbered area leads after a lead-in counting them, goal table rows by area number',
    text: `## Prioriterade områden
Parterna föreslår två prioriterade områden. Valet bygger på lägesbilden.

**Område 1. Rån vid Sjötorget.** Rånen har ökat tre år i rad.

**Område 2. Unga och alkohol.** Fler unga dricker alkohol än tidigare.

## Resultat
| Område | Effektmål | Indikator och källa | Utgångsläge | Målvärde 2029 |
|---|---|---|---|---|
| 1 | Färre rån | Anmälda rån vid Sjötorget (polisen) | 30 (2025) | Högst 18 |
| 2 | Färre unga dricker | Andel i årskurs 9 som druckit alkohol (skolenkäten) | 38 % (2025) | Högst 25 % |`,
    level: 2,
  },
  {
    name: 'the same table with no row for area 2',
    text: `## Prioriterade områden
Parterna föreslår två prioriterade områden. Valet bygger på lägesbilden.

**Område 1. Rån vid Sjötorget.** Rånen har ökat tre år i rad.

**Område 2. Unga och alkohol.** Fler unga dricker alkohol än tidigare.

## Resultat
| Område | Effektmål | Indikator och källa | Utgångsläge | Målvärde 2029 |
|---|---|---|---|---|
| 1 | Färre rån | Anmälda rån vid Sjötorget (polisen) | 30 (2025) | Högst 18 |`,
    level: 1,
    advice: ['not-every-area'],
  },
  {
    name: 'a goal row whose baseline is still to be produced and whose target is a direction is not measurable',
    text: secondAreaGoal('Tas fram 2026', 'Ska öka'),
    level: 1,
    advice: ['not-every-area'],
  },
  {
    name: 'the same row with values is',
    text: secondAreaGoal('40 (2025)', 'Minst 60'),
    level: 2,
  },
  {
    name: 'ML: goals in paragraphs labelled "Det vill vi uppnå:", one a share ("högst 20 av 100 bilar")',
    type: 'medborgarlofte',
    text: headedPromises,
    level: 2,
  },
  {
    name: 'ML: the same promises with goals that give a direction only',
    type: 'medborgarlofte',
    text: headedPromises.replace(
      /(\*\*Det vill vi uppnå:\*\*)[^\n]*/g,
      '$1 Vi vill att det blir lugnare och tryggare i byn.',
    ),
    level: 1,
  },
  {
    name: 'a goal table whose short "Mål" cells give target and year beside long indicators',
    text: `## Fokusområden
1. Stölder i byarna
2. Rattfylleri

## 5. Mål till 2027
| Fokusområde | Indikator (källa) | Utgångsläge | Mål |
|---|---|---|---|
| 1 | Anmälda stölder ur fritidshus, av båtmotorer och drivmedel (polisens anmälningsstatistik) | 78 (2023) | Högst 55 år 2027 |
| 2 | Andel positiva utandningsprov vid nykterhetskontroller (polisen) | 1,9 % (2023) | Högst 1,0 % år 2027 |`,
    level: 2,
  },
]);
