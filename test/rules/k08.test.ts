import { k08 } from '../../rules/k08-rod-trad.ts';
import {
  dutiesWithPlan,
  headedPromises,
  oneTableFull,
  oneTablePartial,
  promisePoster,
  promisesAfterResults,
} from '../helpers/one-table.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

/** A two-area plan whose three measures each end with a tag (or none). */
const twoAreaPlan = (tags: string[]) => `# Aktivitetsplan 2026
Planen hör till överenskommelsen och dess fokusområden:
- Fokusområde 1: Unga i centrum
- Fokusområde 2: Narkotika
## Aktiviteter
- Fältgruppen är ute fredagar från mars 2026 (fritidsenheten). ${tags[0]}
- SSPF-möten varannan vecka under terminerna (socialtjänsten, polisen). ${tags[1]}
- Föräldramöte om droger i årskurs 7 i september 2026 (skolan). ${tags[2]}`;

/** Areas, mechanisms M1–M2 and goal table of fictional Granbacken and Lövnäs, before a table of measures. */
const GRANBACKEN = `## Fokusområden
- Inbrott i Granbacken, där inbrotten har ökat från 12 till 30 sedan 2021.
- Bränder i Lövnäs, där bränderna har fördubblats sedan 2022.
## Orsaker
- M1: Få vuxna är hemma dagtid i Granbacken, vilket gör inbrotten lätta.
- M2: Containrarna i Lövnäs står olåsta, vilket gör bränderna lätta att anlägga.
## Mål
| Utvecklingsområde | Effektindikator | Utgångsvärde | Målvärde |
|---|---|---|---|
| Inbrott i Granbacken | Anmälda bostadsinbrott i Granbacken | 30 (2025) | högst 15 år 2028 |
| Bränder i Lövnäs | Anlagda bränder i Lövnäs | 40 (2025) | högst 20 år 2028 |
`;

const PICTURE_AND_AREAS = `## Problembild
Klottret vid stationen har ökat sedan 2021. Fler unga i Åby misstänks för narkotikabrott.

## Fokusområden
1. Klotter vid stationen
2. Narkotika bland unga
`;

/** A measure table linked to causes and goals, with a section on why the measures were chosen (fictional Åsby). */
const withRationale = (rows: string) => `## Fokusområden
1. Cykelstölder. Stölderna vid stationen har ökat från 90 till 140 sedan 2022.
2. Skadegörelse. Anmäld skadegörelse vid skolorna har fördubblats sedan 2021.

## Mål
| Mål | Mått | Nuläge | Önskat läge | År |
|---|---|---|---|---|
| 1a. Färre cykelstölder | Anmälda cykelstölder (polisens statistik) | 140 (2025) | Högst 90 | 2028 |
| 2a. Mindre skadegörelse | Anmäld skadegörelse vid skolor (polisens statistik) | 60 (2025) | Högst 30 | 2028 |

## Hur har vi valt åtgärderna?
- Fokusområde 1 bygger på låsbara cykelgarage, som har prövats i flera kommuner med färre stölder som resultat.
- Fokusområde 2 bygger på belysning och vaktmästarrundor, som enligt Brå minskar skadegörelse.

## Vem gör vad?
| Nr | Åtgärd | Orsak den påverkar | Mål | Ansvarig | När |
|---|---|---|---|---|---|
${rows}`;

/** Measures that name only their goal codes ("mål 2.1"), in one list without area headings (fictional Åsby). */
const byGoalCode = (codes: [string, string]) => `## Lägesbild
Cykelstölderna vid Åsby station har ökat från 90 till 140 sedan 2022. Skadegörelsen vid skolorna har fördubblats sedan 2021.

## Fokusområden
1. Cykelstölder vid stationen.
2. Skadegörelse vid skolorna.

## Mål
- Mål 1.1: anmälda stölder vid stationen ska vara högst 90 per år senast 2028.
- Mål 2.1: anmäld skadegörelse ska vara högst 30 per år senast 2028.

## Åtgärder
- Tekniska förvaltningen bygger låsbara garage senast maj 2027; ${codes[0]}.
- Fastighetsenheten sätter upp belysning på gårdarna senast oktober 2026; ${codes[1]}.`;

/** Two groups of promises under their lead-ins (fictional Åby). */
const promiseGroups = (first: string, second: string) => `## Våra löften

${first}

- Polisen går pass vid torget fredag och lördag kväll.
- Kommunen byter belysning vid torget före juni 2026.

${second}

- Polisen gör mopedkontroller vid skolan i maj och september.
- Kommunen sätter upp farthinder vid skolan före augusti 2026.`;

/** A plan table with cause and goal columns, then items on what each measure rests on (fictional Åby). */
const tableThenWhy = (ref1: string, ref2: string) => `## Lägesbild

Inbrotten i Backa har ökat med 40 procent sedan 2022. Otryggheten på torget har ökat, särskilt bland kvinnor.

## Fokusområden

1. Bostadsinbrott i Backa
2. Otrygghet på torget

## Orsaker

Inbrotten i Backa beror på mörka gångvägar och få grannar hemma dagtid. Otryggheten på torget beror på att få vuxna är ute.

## Mål

- Mål 1: Anmälda bostadsinbrott i Backa ska minska från 60 (2025) till högst 40 år 2028.
- Mål 2: Andelen otrygga på torget ska minska från 35 procent (2025) till högst 25 procent 2028.

## Åtgärder

| Nr | Åtgärd | Orsak | Mål | Ansvarig | När |
|---|---|---|---|---|---|
| 1.1 | Belysning på gångvägarna i Backa | Mörka gångvägar | Mål 1 | Tekniska förvaltningen | Klart juni 2026 |
| 2.1 | Fältassistenter på torget | Få vuxna ute | Mål 2 | Socialförvaltningen | Fredagar kl. 18–23 |

## Vad åtgärderna bygger på

- **Belysning${ref1}.** Brå:s kunskapsöversikter visar att bättre belysning minskar brott på platsen.
- **Vuxennärvaro${ref2}.** Erfarenheter från flera kommuner visar att vuxna på plats minskar otryggheten.`;

/** Two numbered areas and a table of measures, as on a slide (fictional Åby). */
const slideTable = (header: string, tag: (n: number) => string) => `## Fokusområden

1. **Bostadsinbrott i Backa** – har ökat med 40 procent på tre år
2. **Unga och narkotika** – fler unga misstänks för narkotikabrott

## Så gör vi 2026

| ${header}Åtgärd | Vem | När |
|${header ? '---|' : ''}---|---|---|
| ${tag(1)}Grannsamverkan | Kommunpolisen | Mars 2026 |
| ${tag(2)}SSPF-möten | Socialförvaltningen | Varannan vecka |`;

ruleCases(k08, [
  {
    name: 'items saying what table measures (1.1), (2.1) rest on are no new measures without a link',
    text: tableThenWhy(' (1.1)', ' (2.1)'),
    level: 2,
  },
  {
    name: 'the same items without the numbers read as measures of their own, with no link',
    text: tableThenWhy('', ''),
    level: 1,
    advice: ['partial'],
  },
  {
    name: 'a "Fokus" column numbering each measure\'s area groups the measures by area',
    text: slideTable('Fokus | ', (n) => `${n} | `),
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'the same measures without the column stand free',
    text: slideTable('', () => ''),
    level: 0,
    advice: ['free-standing'],
  },
  {
    name: 'ML: each group of promises led by what residents said and "Därför lovar vi att"',
    type: 'medborgarlofte',
    text: promiseGroups(
      '**Ni sa att torget känns otryggt på kvällarna.** Därför lovar vi att',
      '**Ni sa att mopederna kör för fort vid skolan.** Därför lovar vi att',
    ),
    level: 2,
  },
  {
    name: 'ML: the same groups of promises without saying what they answer',
    type: 'medborgarlofte',
    text: promiseGroups('**Torget.** Vi lovar att', '**Skolan.** Vi lovar att'),
    level: 1,
    advice: ['promise-problem'],
  },
  {
    name: "ML: each promise opening 'Det här löftet handlar om …' says which problem it answers",
    type: 'medborgarlofte',
    text: promisesAfterResults,
    level: 2,
  },
  {
    name: 'ML: a chapter "Därför handlar löftet om stationen" answers for all the promises',
    type: 'medborgarlofte',
    text: `## Därför handlar löftet om stationen
Båda lägesbilderna pekar ut stationen som den plats där otryggheten har ökat mest.
## Våra löften
- Polisen patrullerar vid stationen fredag och lördag kväll.
- Kommunen byter belysningen i gångtunneln senast i maj.`,
    level: 2,
  },
  {
    name: 'ML: two of three promise groups say which problem they answer, the third is to keep listening',
    type: 'medborgarlofte',
    text: `## Vi lovar att göra parken ljusare
Det här svarar på det som flest av er tog upp: skadegörelsen i parken.
- Kommunen sätter upp ny belysning i parken senast den 30 april.
- Kommunen tar bort klotter inom ett dygn.
## Vi lovar att sänka farten på Storgatan
Det här svarar på det 38 procent av er tog upp: fortkörningen.
- Polisen gör hastighetskontroller två gånger i månaden.
- Kommunen sätter upp farthinder i juni.
## Vi lovar att fortsätta lyssna på de unga
- Kommunpolisen besöker skolorna varje termin.
- Fritidsgården ordnar ett dialogmöte i oktober.`,
    level: 2,
  },
  {
    name: 'ML: promises grouped by season with none saying what they answer',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte 2026
## Våra löften
### Vår
- Polisen patrullerar i centrum varje fredag.
- Kommunen städar parken i april.
### Sommar
- Polisen finns på stranden i juli.
- Kommunen har fältassistenter ute på kvällarna.`,
    level: 1,
  },
  {
    name: 'no measures yet, but each area runs from picture through causes to a goal: a partial chain',
    text: `${GRANBACKEN}
## Åtgärder
Åtgärder för respektive fokusområde ska tas fram i en aktivitetsplan för 2026.`,
    level: 1,
    advice: ['no-measures-yet'],
  },
  {
    name: 'no measures and no causes, only a plan still to be written: nothing to follow',
    text: `## Prioriterade områden
- Trafik och buskörning, som har ökat sedan 2022.
- Ungdomar och alkohol, där fler unga berusar sig.
## Mål
Parterna ska verka för en trygg kommun. Målen ska konkretiseras närmare i handlingsplanen.
## Åtgärder
Parterna kommer under våren 2026 att ta fram en handlingsplan med konkreta aktiviteter.`,
    level: 0,
  },
  {
    name: 'measures naming goal codes reach the areas the codes are numbered under',
    text: byGoalCode(['mål 1.1', 'mål 2.1']),
    level: 2,
  },
  {
    name: 'measures whose goal codes all belong to one area leave the other without measures',
    text: byGoalCode(['mål 1.1', 'mål 1.1']),
    level: 1,
  },
  {
    name: 'items on why the measures were chosen are not measures without links',
    text: withRationale(`| 1.1 | Låsbara cykelgarage vid stationen | Olåsta cykelställ | 1a | Tekniska förvaltningen | Klart maj 2027 |
| 2.1 | Belysning på skolgårdarna | Mörka skolgårdar | 2a | Fastighetsenheten | Klart oktober 2026 |`),
    level: 2,
  },
  {
    name: 'a measure table without cause or goal columns stays partial or implicit',
    text: withRationale(`| 1.1 | Låsbara cykelgarage vid stationen | | | Tekniska förvaltningen | Klart maj 2027 |
| 2.1 | Belysning på skolgårdarna | | | Fastighetsenheten | Klart oktober 2026 |`),
    level: 1,
  },
  {
    name: 'one-table agreement linking picture, cause, goal and measure per row',
    text: oneTableFull,
    level: 2,
  },
  {
    name: 'one-table agreement where one row has no measures',
    text: oneTablePartial,
    level: 1,
  },
  {
    name: 'measure table with goal and cause columns covering every area',
    text: `${PICTURE_AND_AREAS}
## Mål
| Fokusområde | Indikator | Utgångsläge | Målvärde |
|---|---|---|---|
| 1 | Anmält klotter vid stationen (polisens statistik) | 80 (2024) | Högst 50 under 2027 |
| 2 | Andel unga som använt narkotika (skolenkäten) | 8 % (2024) | Högst 5 % 2027 |

## Aktivitetsplan
| Nr | Åtgärd | Orsak | Mål | Ansvarig | När |
|---|---|---|---|---|---|
| 1.1 | Klotter saneras inom ett dygn | Signal om förfall | 1 | Tekniska förvaltningen | Löpande |
| 2.1 | Föräldramöten om narkotika | Låg föräldrainsyn | 2 | Socialförvaltningen | Två gånger per termin |`,
    level: 2,
  },
  {
    name: 'plan whose areas appear only in its goal table and measures, with no picture of the problems',
    type: 'aktivitetsplan',
    text: `# Aktivitetsplan 2027
Planen gäller överenskommelsens två fokusområden: klotter vid stationen och narkotika bland unga.
## Lägesbild
## Mål
| Fokusområde | Mål | Indikator | Utgångsläge | Målvärde |
|---|---|---|---|---|
| Klotter vid stationen | M1 Mindre klotter vid stationen | Anmält klotter (polisens statistik) | 80 (2024) | Högst 50 under 2027 |
| Narkotika bland unga | M2 Färre unga som använder narkotika | Andel i skolenkäten | 8 % (2024) | Högst 5 % 2027 |
## Aktiviteter
| Nr | Aktivitet | Mål | Ansvarig | När |
|---|---|---|---|---|
| 1 | Klottret vid stationen saneras inom ett dygn | M1 | Tekniska förvaltningen | Löpande |
| 2 | Föräldramöten om narkotika bland unga | M2 | Socialförvaltningen | Två gånger per termin |`,
    level: 1,
    advice: ['partial'],
  },
  {
    name: 'ML: every promise says which problem it answers',
    type: 'medborgarlofte',
    text: `## Löfte 1: Tryggare park
Löftet svarar mot otryggheten i Stadsparken som invånarna pekade ut.
- Polisen patrullerar i parken fredagar kl. 20–23.

## Löfte 2: Lugnare trafik
Löftet svarar mot klagomålen på buskörning på Ringvägen.
- Kommunen sätter upp farthinder senast juni 2026.`,
    level: 2,
  },
  {
    name: 'goal column naming the goal by words, focus column per row',
    text: `${PICTURE_AND_AREAS}
## Mål
Anmält klotter vid stationen ska minska från 80 (2024) till högst 50 under 2027.
Andelen unga som använt narkotika ska minska från 8 % (2024) till högst 5 % i skolenkäten 2027.

## Åtgärder
| Fokusområde | Åtgärd | Mål som åtgärden ska bidra till | Ansvarig |
|---|---|---|---|
| 1 | Snabb sanering av klotter | Mindre klotter | Kommunen |
| 2 | Fältassistenter på fritidsgården | Färre unga använder narkotika | Kommunen |`,
    level: 2,
  },
  {
    name: 'measures under focus-area headings only',
    text: `${PICTURE_AND_AREAS}
## Åtgärder
### Klotter vid stationen
- Kommunen sanerar klotter.
### Narkotika bland unga
- Polisen gör riktade insatser.`,
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'measures numbered per focus area',
    text: `${PICTURE_AND_AREAS}
## Aktivitetsplan
| Nr | Åtgärd | Ansvarig |
|---|---|---|
| 1.1 | Klotter saneras inom ett dygn | Tekniska förvaltningen |
| 2.1 | Föräldramöten om narkotika | Socialförvaltningen |`,
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'explicit links for some measures only',
    text: `## Åtgärder
| Åtgärd | Orsak som påverkas | Ansvarig | När |
|---|---|---|---|
| Belysning i parken | Mörk plats | Kommunen | Maj 2026 |
| Trygghetsvandring | | Kommunen | Oktober 2026 |
| Föräldramöten | | Skolan | Varje termin |`,
    level: 1,
    advice: ['partial'],
  },
  {
    name: 'ML: each "Löfte N" section says why in its "Därför lovar vi detta" part',
    type: 'medborgarlofte',
    text: `# Våra löften till dig i Åby 2026

## Löfte 1: Tryggare i Stationsparken

### Därför lovar vi detta

Stationsparken är den plats där flest känner sig otrygga. I kommunens trygghetsmätning 2025 svarade 45 procent av kvinnorna att de undviker parken. Enligt polisens statistik anmäldes 64 rån i parken 2025. Vid medborgardialogen på torget i september 2025 pratade vi med 90 personer, och de flesta nämnde parken.

När vi gick igenom parken tillsammans såg vi varför: den är mörk och buskarna skymmer sikten.

### Så här gör vi

- Kommunen sätter upp ny belysning senast den 30 april 2026.
- Polisen går genom parken minst två kvällar i veckan.

## Löfte 2: Lugnare trafik på Kyrkvägen

### Därför lovar vi detta

Många som bor längs Kyrkvägen skrev i enkäten att de är rädda att någon ska bli påkörd.

### Så här gör vi

- Polisen gör mopedkontroller på Kyrkvägen under sommaren.
- Kommunen ser över farthinder på Kyrkvägen.`,
    level: 2,
  },
  {
    name: 'ML: a part "Varför handlar löftet om resecentrum?" answers for every promise',
    type: 'medborgarlofte',
    text: `## Varför handlar löftet om resecentrum?
Resecentrum är den plats där flest misshandelsbrott anmäls, och 41 procent känner sig otrygga där på kvällen.

## Vad lovar vi?
- Polisen patrullerar vid resecentrum fredag och lördag kl. 21–02.
- Kommunen byter belysningen i gångtunneln senast i maj 2026.`,
    level: 2,
  },
  {
    name: 'ML: a "Därför:" paragraph under each promise says which problem it answers',
    type: 'medborgarlofte',
    text: `## Löfte 1: Vi finns på torget på kvällarna
Polisen patrullerar på torget tre kvällar i veckan under 2026.

**Därför:** Narkotikabrotten på torget har ökat från 18 år 2023 till 41 år 2025.

## Löfte 2: En tryggare gångtunnel
Kommunen byter belysningen i tunneln senast den 30 juni 2026.

**Därför:** Tunneln var den plats som flest pekade ut vid trygghetsvandringen.`,
    level: 2,
  },
  {
    name: 'ML: the dialogue told in the past tense is not a promise left without its problem',
    type: 'medborgarlofte',
    text: `## Så har löftet tagits fram
Vi pratade med ungdomarna på fritidsgården i oktober.

## Löfte 1: Ljusare park
Kommunen byter belysningen i parken senast i april 2026.

**Därför:** Parken är mörk, och flest pekade ut den i enkäten.`,
    level: 2,
  },
  {
    name: 'per-area sections with plain-language parts, each measure "mot orsaken att …"',
    text: `## Prioriteringar
### Prioritering 1: Klotter vid stationen
#### Så ser det ut
Klottret vid stationen har ökat från 40 anmälningar 2022 till 75 år 2025.
#### Därför händer det
Stationen är mörk och tom på kvällen.
#### Det här vill vi uppnå
Anmält klotter vid stationen ska minska från 75 år 2025 till högst 40 år 2027.
#### Det här gör vi
- Ljusare station. Ny belysning senast maj 2026. Det gör vi mot orsaken att stationen är mörk.
- Klotterjour. Klotter tas bort inom ett dygn. Det gör vi mot orsaken att klotter lockar mer klotter.
### Prioritering 2: Narkotika bland unga
#### Så ser det ut
Fler unga i Åby misstänks för narkotikabrott: 12 år 2022 och 31 år 2025.
#### Därför händer det
Unga saknar en plats att vara på fredagskvällar.
#### Det här vill vi uppnå
Antalet unga misstänkta för narkotikabrott ska minska från 31 år 2025 till högst 20 år 2027.
#### Det här gör vi
- Fredagsöppet på fritidsgården. Det gör vi mot orsaken att unga saknar en plats att vara på.`,
    level: 2,
  },
  {
    name: 'measures in a "Det här gör vi" part under each area, without naming goal or cause',
    text: `${PICTURE_AND_AREAS}
## Klotter vid stationen
### Det här gör vi
- Kommunen byter belysningen senast maj 2026.
## Narkotika bland unga
### Det här gör vi
- Polisen gör kontroller varje vecka.`,
    level: 1,
  },
  {
    name: 'ML promises without a stated problem',
    type: 'medborgarlofte',
    text: `## Polisens löften
**Trafik**
- Polisen genomför 20 hastighetskontroller under året.`,
    level: 1,
    advice: ['promise-problem'],
  },
  {
    name: 'ML: each group of promises introduced as the answer to what residents said',
    type: 'medborgarlofte',
    text: `# Till dig i Backa
## Vi lovar
De här löftena är svaret på det ni sa om badplatsen:
- Polisen besöker badplatsen varje lördag i juli.
- Kommunen sätter upp belysning senast 1 juni.

De här löftena är svaret på det ni sa om klottret:
- Kommunen sanerar klotter inom 48 timmar.
- Polisen och skolan håller ett föräldramöte i september.`,
    level: 2,
  },
  {
    name: 'ML: every promise row is labelled with the problem it works against',
    type: 'medborgarlofte',
    text: `## Vad lovar vi?
| Vi lovar | Så här märks det |
|---|---|
| Mot klottret: Kommunens gatuenhet sanerar klotter inom 48 timmar. | Renare väggar. |
| Mot otryggheten i parken: Polisen patrullerar i parken varje fredag. | Du ser poliser. |`,
    level: 2,
  },
  {
    name: 'ML poster: promises with "– så att …" and "– eftersom …" tails answering the picture',
    type: 'medborgarlofte',
    text: promisePoster,
    level: 2,
  },
  {
    name: 'ML letter: each promise opens with the problem it answers ("För att det körs för fort …")',
    type: 'medborgarlofte',
    text: `## Det här lovar vi
**För att det körs för fort på Sjövägen**
lovar vi att polisen gör hastighetskontroller två gånger i månaden.

**För att det blir stölder i hamnen**
lovar vi att våra patruller åker förbi hamnen varje fredag.`,
    level: 2,
  },
  {
    name: 'measures only in a plan that is not attached',
    text: `## Aktivitetsplan
Mål, åtgärder och ansvariga för varje fokusområde redovisas i aktivitetsplanen (bilaga 2).`,
    level: 1,
    advice: ['referenced-not-attached'],
  },
  {
    name: 'numbered measures whose first one names an area are still free-standing',
    text: `## Prioriterade områden
1. Klotter i centrum. Klottret har ökat sedan 2022.
2. Narkotika. Polisen bedömer att handeln ökar.
## Åtgärder
5.1 Klotter i centrum saneras inom ett dygn. Ansvarig: gatuenheten.

5.2 Polisen genomför riktade kontroller varje månad. Ansvarig: polisen.

5.3 Föräldramöten hålls varje termin. Ansvarig: skolan.`,
    level: 0,
    advice: ['free-standing'],
  },
  {
    name: 'a measure table whose "Prioritering" column gives each row its area number is implicitly grouped',
    text: `## Prioriteringar
1. Trygghet vid torget. Otryggheten har ökat sedan 2022.
2. Narkotika bland unga. Polisen bedömer att handeln ökar.
## Åtgärder
| Nr | Åtgärd | Prioritering | Ansvarig | När |
|---|---|---|---|---|
| 1 | Synlig polis vid torget | 1 | Polisen | Fredagar |
| 2 | Föräldramöten om narkotika | 2 | Skolan | Varje termin |`,
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'a free-standing list of activities',
    text: `## Aktiviteter
Parterna ska genomföra följande aktiviteter:
- trafikkontroller vid skolor,
- informationsträffar för äldre,
- snabb sanering av klotter.`,
    level: 0,
    advice: ['free-standing'],
  },
  {
    name: 'no measures',
    text: `## Lägesbild
Brotten i Lunnby har minskat sedan 2019.`,
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'picture and causes only',
    text: `## Problembild
Inbrotten i fritidshus har ökat.
## Orsaker
Inbrotten beror på att husen står tomma vintertid.`,
    level: 0,
  },
  {
    name: 'a promise says it is the answer to what residents told',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte 2027
## Det här lovar vi
Löftet är vårt svar på det ni berättade: klottret vid skolan.
- Kommunen lovar att sanera klotter vid skolan inom två dygn.`,
    level: 2,
  },
  {
    name: 'measures name the goal by its indicator and the cause they act on',
    text: `## Insatsområden
- Inbrott i Granbacken, där inbrotten har ökat från 12 till 30 sedan 2021.
## Effektmål
| Insatsområde | Effektmål | Nuläge | Målnivå |
|---|---|---|---|
| Inbrott i Granbacken | Anmälda bostadsinbrott i Granbacken | 30 (2025) | Högst 15 år 2028 |
## Åtgärdsplan
| Aktivitet | Orsak som påverkas | Effektmål | Ansvarig | När |
|---|---|---|---|---|
| Grannsamverkan | Få vuxna hemma dagtid | Bostadsinbrott | Kommunpolisen | Våren 2026 |
| Bättre lås i bostadsbolagets hus | Lätta att bryta upp | Bostadsinbrott | Bostadsbolaget | Senast 2027 |`,
    level: 2,
  },
  {
    name: 'each group of promises says which problem it answers (ML)',
    type: 'medborgarlofte',
    text: `# Vårt löfte till Sjöbacka
Ni berättade att torget känns otryggt och att mopederna kör fort på gångvägen.
## Löfte 1: Ljus på torget
*Det här svarar på det ni sa om torget på kvällarna.*
- Kommunen byter belysningen vid torget senast i maj.
- Polisen finns vid torget två fredagar i månaden.
## Löfte 2: Gångvägen
*Det här svarar på det ni sa om mopederna på gångvägen.*
- Polisen gör tio kontroller av mopeder under våren.
- Kommunen sätter upp hinder vid gångvägen i april.
## Vem ansvarar?
Kommunpolisen och trygghetssamordnaren äger löftet.`,
    level: 2,
  },
  {
    name: 'only one of two groups of promises names its problem (ML)',
    type: 'medborgarlofte',
    text: `# Vårt löfte till Sjöbacka
## Löfte 1: Ljus på torget
*Det här svarar på det ni sa om torget på kvällarna.*
- Kommunen byter belysningen vid torget senast i maj.
- Polisen finns vid torget två fredagar i månaden.
## Löfte 2: Gångvägen
- Polisen gör tio kontroller av mopeder under våren.
- Kommunen sätter upp hinder vid gångvägen i april.`,
    level: 1,
  },
  {
    name: 'measures name the cause codes they act on in a "Verkar på" column',
    text: `${GRANBACKEN}## Insatser
| Nr | Insats | Verkar på | Ansvarig | När |
|---|---|---|---|---|
| 1.1 | Grannsamverkan i Granbacken | M1 | Kommunpolisen | Våren 2026 |
| 1.2 | Bättre lås i Granbacken | M1 | Bostadsbolaget | Senast 2027 |
| 2.1 | Låsta containrar i Lövnäs | M2 | Bostadsbolaget | Senast 2026 |`,
    level: 2,
  },
  {
    name: 'the same measures without the link column',
    text: `${GRANBACKEN}## Insatser
| Nr | Insats | Ansvarig | När |
|---|---|---|---|
| 1.1 | Grannsamverkan i Granbacken | Kommunpolisen | Våren 2026 |
| 1.2 | Bättre lås i Granbacken | Bostadsbolaget | Senast 2027 |
| 2.1 | Låsta containrar i Lövnäs | Bostadsbolaget | Senast 2026 |`,
    level: 1,
  },
  {
    name: 'prose measures turned to each area by a lead-in',
    text: `# Tryggt Alvik
Vi har valt att samverka kring två frågor: skadegörelsen vid skolorna och våldet i Strandparken.

När det gäller skadegörelsen kommer kommunen att sätta upp kameror vid två skolor under 2026. Fastighetsenheten kommer att sanera klotter inom två dygn. I Strandparken kommer kommunen att ha fältassistenter på plats fredagar i juni och juli. Polisen kommer att patrullera parken lördagar.`,
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'prose measures with no area named',
    text: `# Tryggt Alvik
Vi har valt att samverka kring två frågor: skadegörelsen vid skolorna och våldet i Strandparken.

Kommunen kommer att anställa en samordnare under 2026. Polisen kommer att delta i föräldramöten. Kommunen kommer att ta fram en broschyr.`,
    level: 0,
  },
  {
    name: 'numbered measures in one table given to areas by range in the lead-in',
    text: `## Fokusområden
**Rån vid Sjötorget.** Rånen har ökat tre år i rad enligt polisens statistik.

**Unga och alkohol.** I skolenkäten 2025 har fler unga druckit alkohol än 2023.

## Så gör vi
Åtgärderna 1–2 hör till Rån vid Sjötorget och åtgärderna 3–4 till Unga och alkohol.

| Åtgärd | Ansvarig | Klart |
|---|---|---|
| 1. Ny belysning vid Sjötorget | Kommunen (gatuenheten) | Juni 2026 |
| 2. Polisiär närvaro vid torget fredagar | Polisen | December 2027 |
| 3. Föräldramöten om alkohol i årskurs 8 | Kommunen (elevhälsan) | Juni 2027 |
| 4. Fältgrupp vid ungdomsgården fredagar | Kommunen (fritidsenheten) | December 2027 |`,
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'the same numbered table with no sentence giving the numbers to areas',
    text: `## Fokusområden
**Rån vid Sjötorget.** Rånen har ökat tre år i rad enligt polisens statistik.

**Unga och alkohol.** I skolenkäten 2025 har fler unga druckit alkohol än 2023.

## Så gör vi
Kommunen och polisen genomför åtgärderna i tabellen.

| Åtgärd | Ansvarig | Klart |
|---|---|---|
| 1. Ny belysning vid Sjötorget | Kommunen (gatuenheten) | Juni 2026 |
| 2. Polisiär närvaro vid torget fredagar | Polisen | December 2027 |
| 3. Föräldramöten om alkohol i årskurs 8 | Kommunen (elevhälsan) | Juni 2027 |
| 4. Fältgrupp vid ungdomsgården fredagar | Kommunen (fritidsenheten) | December 2027 |`,
    level: 0,
  },
  {
    name: 'prose measures under numbered headings that match the three focus areas the plan names',
    type: 'aktivitetsplan',
    text: `# Handlingsplan 2027
Planen beskriver vad vi gör inom de tre fokusområden som överenskommelsen pekar ut.
## 1. Unga och alkohol
Fritidsförvaltningen ansvarar för att fältgruppen är ute fredagar från mars 2027.
## 2. Rån vid Sjötorget
Polisen ansvarar för att områdespoliserna är synliga vid torget lördagar under hela 2027.
## 3. Cykelstölder vid stationen
Tekniska förvaltningen ansvarar för att ett låst cykelgarage byggs senast i juni 2027.`,
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'a free-standing list of measures in a document whose title happens to name an area',
    text: `# Överenskommelse för ett Vallby fritt från våld 2026–2028
## Fokusområden
1. Våld i nära relationer
2. Narkotika bland unga
## Insatser
Under perioden kan följande insatser bli aktuella:
- Huskurage i bostadsbolagets hus
- kampanj under kvinnofridsveckan
- trygghetsvandringar`,
    level: 0,
    advice: ['free-standing'],
  },
  {
    name: 'each measure closes with a tag naming its focus area by number',
    type: 'aktivitetsplan',
    text: twoAreaPlan(['(Fokusområde 1)', '(Fokusområde 2)', '(Fokusområde 1 och 2)']),
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'the same measures without their tags',
    type: 'aktivitetsplan',
    text: twoAreaPlan(['', '', '']),
    level: 0,
    advice: ['free-standing'],
  },
  {
    name: 'measures led by the letter of their area',
    type: 'aktivitetsplan',
    text: `# Årsplan 2026
## Fokusområden
- **A** Unga i riskzon
- **B** Trygg miljö vid torget
## Januari
- A: SSPF-gruppen startar vårens ärenden (socialtjänsten)
- B: Kontroll av belysningen vid torget (tekniska förvaltningen)
## Februari
- A: Föräldramöte i årskurs 7 om droger (skolan, kommunpolisen)`,
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'per-area tables of measures whose Indikator column says how each is measured, not what it serves',
    type: 'aktivitetsplan',
    text: `# Aktivitetsplan 2026
## Fokusområden
1. Otrygghet vid stationen
2. Narkotika bland unga
## Fokusområde 1: Otrygghet vid stationen
| Insats | Ansvar | Tidplan | Indikator |
|---|---|---|---|
| Ny belysning vid stationen | Gatuenheten | Senast juni 2026 | Andel otrygga vid stationen |
| Synlig polis fredagar | Polisen | Fredagar kl. 21–02 | Anmälda misshandelsbrott |
## Fokusområde 2: Narkotika bland unga
| Insats | Ansvar | Tidplan | Indikator |
|---|---|---|---|
| SSPF-möten | Socialtjänsten | Varannan vecka | Antal unga i SSPF |`,
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'measures left to a plan the agreement says is still to be made',
    text: dutiesWithPlan('Den första handlingsplanen ska vara klar senast den 31 maj 2027.'),
    level: 0,
  },
  {
    name: 'the same duties with the measures in a plan kept elsewhere',
    text: dutiesWithPlan('Handlingsplanen för 2026 finns hos kommunens säkerhetsavdelning.'),
    level: 1,
    advice: ['referenced-not-attached'],
  },
  {
    name: "an addendum's measures for the one area it adds",
    text: `# Tillägg till samverkansöverenskommelsen
Genom detta tillägg lägger parterna till ett fjärde fokusområde, Bedrägerier mot äldre.
## Åtgärder
| Åtgärd | Ansvarig | När |
|---|---|---|
| Informationsträffar om bedrägerier | Kommunpolisen | Mars 2026 |
| Brev till alla över 75 år | Kommunen | April 2026 |`,
    level: 1,
    advice: ['implicit'],
  },
  {
    name: 'ML: promises headed by the problems the picture describes ("Löfte 1: Bilar kör för fort genom byn")',
    type: 'medborgarlofte',
    text: headedPromises,
    level: 2,
  },
  {
    name: 'ML: the same promises headed by numbers only',
    type: 'medborgarlofte',
    text: headedPromises.replace(/## Löfte (\d): .*/g, '## Löfte $1'),
    level: 1,
  },
]);
