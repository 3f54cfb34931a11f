import { k04 } from '../../rules/k04-prioriterade-fokusomraden.ts';
import { oneTableFull, planPerPart, promisePoster } from '../helpers/one-table.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

/** Areas named in a sentence, motivated by the next one ("Det är de problem som …"), fictional Åsby. */
const chosen = (next: string) => `## Vad vi prioriterar
Vi har valt tre fokusområden: cykelstölder vid stationen, skadegörelse i skolorna och otrygghet i Åsbyparken. ${next}`;

/** Areas listed with their goals under them (fictional Åsby); the goals motivate nothing. */
const withGoals = (why: string) => `## Fokusområden
- Fokusområde 1 – Cykelstölder.${why} Mål 1.1: anmälda cykelstölder ska vara högst 90 per år senast 2028.
- Fokusområde 2 – Skadegörelse vid skolor.${why} Mål 2.1: anmäld skadegörelse ska vara högst 30 per år senast 2028.`;

/** Two areas listed with a short reason after a dash, as on a slide (fictional Åsby). */
const slide = (second: string) => `## Våra fokusområden
1. **Cykelstölder vid stationen** – anmälningarna har fördubblats sedan 2022
2. **Unga och narkotika** – ${second}`;

/** A promise published as a podcast transcript (fictional Åby). */
const podcast = (question: string) => `# Trygghetspodden: Vårt medborgarlöfte 2026

**SARA:** ${question}

**DANIEL:** Buskörning. Mopeder som kör på gångvägarna i Backa fredag och lördag kväll.

**LINA:** Och vi lovar att fritidsgården har öppet till midnatt på fredagar.`;

ruleCases(k04, [
  {
    name: 'podcast ML: "Vad handlar löftet om i år?" answered by the next speaker names its problem',
    type: 'medborgarlofte',
    text: podcast('Vad handlar löftet om i år?'),
    level: 2,
  },
  {
    name: 'podcast ML: another question answered names no problem the promise takes on',
    type: 'medborgarlofte',
    text: podcast('Vad gör ni en vanlig fredag?'),
    level: 0,
    advice: ['ml-missing'],
  },
  {
    name: 'slide: the second reason is a multiplied count ("tre gånger fler unga misstänkta")',
    text: slide('tre gånger fler unga misstänkta sedan 2019'),
    level: 2,
  },
  {
    name: 'slide: the second reason is a trend in words ("fler unga utsätts för brott")',
    text: slide('fler unga utsätts för brott och rekryteringen gör det angeläget att agera tidigt'),
    level: 2,
  },
  {
    name: 'slide: the second "reason" only says what will be done ("fler fritidsledare på kvällarna")',
    text: slide('fler fritidsledare på kvällarna och föräldramöten i skolorna'),
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: 'ML letter: the concerns it answers, counted and listed in one sentence',
    type: 'medborgarlofte',
    text: `Till dig som bor i Vallby

Vi vet att många av er oroar er för tre saker: att bli lurad av bedragare i telefon, att bilarna kör för fort förbi skolan, och att det är stökigt vid badplatsen.

Därför lovar polisen att göra hastighetskontroller vid skolan två gånger i månaden. Kommunen lovar att hålla träffar om bedrägerier i Folkets hus.`,
    level: 2,
  },
  {
    name: 'ML letter: the same promises without saying which concerns they answer',
    type: 'medborgarlofte',
    text: `Till dig som bor i Vallby

Vi vill att du ska känna dig trygg i hela Vallby.

Därför lovar polisen att göra hastighetskontroller vid skolan två gånger i månaden. Kommunen lovar att hålla träffar om bedrägerier i Folkets hus.`,
    level: 0,
    advice: ['ml-missing'],
  },
  {
    name: "ML: a section 'Det här vill vi göra något åt' names the problems the promise answers",
    type: 'medborgarlofte',
    text: `## Det här vill vi göra något åt
Under 2025 har polisen fått in många tips om buskörning med mopeder i centrum. Polisen har också fått tips om narkotikaförsäljning vid busstationen.

## Vi lovar
1. Polisen genomför minst 24 trafikkontroller mot mopeder i centrum under april–september 2026.`,
    level: 2,
  },
  {
    name: "a plan listing the agreement's areas in lower case after 'fyra fokusområden:', without motivation",
    type: 'aktivitetsplan',
    text: planPerPart,
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: "a question heading ('Varför just de här områdena?') over the listed, motivated areas",
    text: `## Varför just de här områdena?
Vi har valt tre områden för perioden.

1. **Våld i centrum nattetid.** Våldet har ökat med nästan 50 procent sedan 2021.
2. **Unga och narkotika.** Antalet unga som misstänks för narkotikabrott har fördubblats på två år.
3. **Bedrägerier mot äldre.** Bedrägerierna har ökat med mer än 50 procent på två år.

## Vad gör vi?
**Våld i centrum nattetid.** Polisen är synlig vid resecentrum fredagar.`,
    level: 2,
  },
  {
    name: 'a plan that takes its areas from the agreement does not motivate them',
    type: 'aktivitetsplan',
    text: `## Om planen
Planen utgår från de tre fokusområdena i samverkansöverenskommelsen och från polisens lokala lägesbild för 2025.

## Fokusområde 1: Trygg centrummiljö
- Trygghetsvandring i centrum. Ansvar: samordnaren. Klart: april 2026.

## Fokusområde 2: Unga och narkotika
- SSPF-möten varannan vecka. Ansvar: socialtjänsten.

## Fokusområde 3: Inbrott i bostäder
- Grannsamverkan i Lövhagen. Ansvar: kommunpolisen. Klart: juni 2026.`,
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: "'De tre har valts för att …' motivates the listed problem areas together",
    text: `## Prioriteringar
Parterna prioriterar tre problemområden:
1. **Stölder ur bilar**
2. **Langning till unga**
3. **Otrygghet vid busstationen**

De tre har valts för att de har ökat sedan 2022 och syns i både kommunens och polisens analys.`,
    level: 2,
  },
  {
    name: 'a key–value table whose "Fokusområde N" rows name and motivate the areas among other rows',
    text: `## 3 Problembild och prioriteringar
| Punkt | Innehåll |
|---|---|
| Var | Det mesta sker vid Resecentrum och på Storgatan, och en del vid Kvarnskolan. |
| När | Våldet sker oftast på fredags- och lördagsnätter mellan klockan 22 och 03. |
| Fokusområde 1 | **Unga och narkotika.** Motivering: den största ökningen i lägesbilden, från 96 brott 2021 till 171 år 2025. |
| Fokusområde 2 | **Våld i centrum kvällstid.** Motivering: våldet har ökat och är koncentrerat i tid och rum. |`,
    level: 2,
  },
  {
    name: '"Prioritering N: …" sections with plain-language parts, each opening with the picture',
    text: `## Prioriteringar
### Prioritering 1: Unga som riskerar att dras in i kriminalitet
#### Så ser det ut
Antalet unga som misstänks för brott har ökat från 64 år 2022 till 97 år 2025.
#### Det här gör vi
Skolan och socialtjänsten träffas varannan vecka.
### Prioritering 2: Otrygghet vid Östra torget
#### Så ser det ut
I trygghetsmätningen 2025 sa 41 procent av kvinnorna att de undviker torget på kvällen.
#### Det här gör vi
Kommunen byter belysningen på torget.`,
    level: 2,
  },
  {
    name: 'areas listed with numbered goal lines only',
    text: withGoals(''),
    level: 1,
  },
  {
    name: 'areas listed with goal lines and a motivation from the picture',
    text: withGoals(' Anmälningarna har ökat med 40 procent sedan 2022 enligt polisens statistik.'),
    level: 2,
  },
  {
    name: "'Det är de problem som har ökat mest' motivates the areas just named",
    text: chosen(
      'Det är de problem som har ökat mest sedan 2022 och som syns i både kommunens och polisens lägesbild.',
    ),
    level: 2,
  },
  {
    name: 'areas named in a sentence without a motivation',
    text: chosen('Det är parternas gemensamma ansvar att arbetet blir av.'),
    level: 1,
  },
  {
    name: 'areas named in the first column of a one-table agreement, each with its picture cell',
    text: oneTableFull,
    level: 2,
  },
  {
    name: 'numbered list with motivation per area',
    text: `## Prioriterade fokusområden
Parterna har valt två fokusområden.
1. Rån mot unga. Rånen mot unga under 18 år har ökat från 8 till 19 sedan 2021.
2. Trygghet vid resecentrum. Resecentrum är den plats som flest pekar ut som otrygg i trygghetsmätningen.`,
    level: 2,
  },
  {
    name: 'lead paragraphs with motivation',
    text: `## Insatsområden
Utifrån problembilden har parterna enats om tre insatsområden.

Bostadsinbrott. Inbrotten i villaområdena har fördubblats på tre år.

Narkotika bland unga. Skolenkäten visar att fler elever i årskurs 9 har provat cannabis.

Trafik vid skolorna. Hastigheterna vid skolorna var den fråga som flest tog upp i dialogen.`,
    level: 2,
  },
  {
    name: 'subsections per area with motivation',
    text: `## Fokusområden
### Våld i offentlig miljö
Våldet på Storgatan har ökat med 30 procent sedan 2020 enligt polisens statistik.
### Ungdomsbrottslighet
Antalet unga misstänkta är högt och har ökat varje år.`,
    level: 2,
  },
  {
    name: 'ML naming the problems',
    type: 'medborgarlofte',
    text: 'Löftena gäller två frågor som invånarna lyfte mest: buskörningen i centrum och otryggheten vid stationen.',
    level: 2,
  },
  {
    name: 'list without motivation',
    text: '## Fokusområden\nParterna prioriterar följande fokusområden:\n1. Trygg offentlig miljö\n2. Narkotika\n3. Trafiksäkerhet',
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: 'too many areas',
    text: `## Samverkansområden
1. Ungdomar
2. Narkotika
3. Trafik
4. Klotter
5. Våld i nära relation
6. Inbrott
7. Brott mot äldre
8. Evenemang`,
    level: 1,
    advice: ['too-many'],
  },
  {
    name: 'prose list without motivation',
    text: 'Parterna har valt att samverka kring trygghet i centrum, narkotika och trafik.',
    level: 1,
  },
  {
    name: 'a "gemensam inriktning" or other priorities spoken of without naming any area',
    text: '## Syfte\nÖverenskommelsen ger samverkan en gemensam inriktning. Den kan få andra prioriteringar än de som gäller i dag.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'a lead-in running on into a lower-case list of seven areas prioritises nothing',
    text: '**Prioritering:** Utifrån lägesbilden prioriterar parterna under perioden\n\n1. trygghet i centrum,\n2. ungdomsbrott,\n3. narkotika,\n4. skadegörelse,\n5. våld i nära relationer,\n6. bedrägerier mot äldre,\n7. trafiksäkerhet.',
    level: 1,
    advice: ['too-many'],
  },
  {
    name: 'areas whose sections open with their causes are not motivated by them',
    type: 'aktivitetsplan',
    text: `# Plan 2026
## Fokusområde 1 – Torget
Orsaker som aktiviteterna riktar sig mot: mörka gångstråk och få vuxna efter kl. 20.
## Fokusområde 2 – Unga och alkohol
Orsaker som aktiviteterna riktar sig mot: lätt att få tag på alkohol och få aktiviteter på helgerna.`,
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: 'the same areas, motivated together in one sentence',
    type: 'aktivitetsplan',
    text: `# Plan 2026
## Utgångspunkter
Båda områdena har ökat tre år i rad enligt polisens statistik.
## Fokusområde 1 – Torget
Orsaker som aktiviteterna riktar sig mot: mörka gångstråk och få vuxna efter kl. 20.
## Fokusområde 2 – Unga och alkohol
Orsaker som aktiviteterna riktar sig mot: lätt att få tag på alkohol och få aktiviteter på helgerna.`,
    level: 2,
  },
  {
    name: 'the choice of all areas motivated in the sentence after the count',
    text: `## 4. Prioriterade områden och orsaker
Parterna har valt tre fokusområden. Valet motiveras av att problemen är de mest omfattande i problembilden och har ökat över tid.
### 4.1 Våld i centrum
Troliga orsaker: hög berusning vid stängningsdags och trängsel vid hållplatsen.
### 4.2 Narkotika bland unga
Troliga orsaker: lätt tillgång via sociala medier och låg vuxennärvaro.
### 4.3 Skadegörelse i Västerby
Troliga orsaker: dålig belysning och få vuxna kvällstid.`,
    level: 2,
  },
  {
    name: 'the same areas, the choice only dated',
    text: `## 4. Prioriterade områden och orsaker
Parterna har valt tre fokusområden. Valet gjordes vid ett möte i styrgruppen.
### 4.1 Våld i centrum
Troliga orsaker: hög berusning vid stängningsdags och trängsel vid hållplatsen.
### 4.2 Narkotika bland unga
Troliga orsaker: lätt tillgång via sociala medier och låg vuxennärvaro.
### 4.3 Skadegörelse i Västerby
Troliga orsaker: dålig belysning och få vuxna kvällstid.`,
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: 'ML: each group of promises led by the problem it answers',
    type: 'medborgarlofte',
    text: `Löftet bygger på medborgardialogen i oktober 2025 och kommunens trygghetsmätning.

## Det här lovar vi

**För att minska otryggheten på Stationsgatan lovar vi att:**

- Polisen patrullerar till fots tre kvällar i veckan.
- Kommunen byter belysningen i parken.

**För att minska risken att unga dras in i narkotika lovar vi att:**

- Fältassistenterna finns vid skolorna.
- Polisen håller föräldramöten.`,
    level: 2,
  },
  {
    name: 'ML poster: each promise says which problem from the picture it answers',
    type: 'medborgarlofte',
    text: promisePoster,
    level: 2,
  },
  {
    name: 'no focus areas',
    text: '## Syfte\nParterna ska gemensamt verka för en trygg kommun.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'ML without any problem',
    type: 'medborgarlofte',
    text: '## Medborgarlöfte\nPolisen och kommunen lovar att göra sitt bästa under året.',
    level: 0,
  },
  {
    name: 'aims only',
    text: 'Samverkan ska öka tryggheten och minska brottsligheten i hela kommunen.',
    level: 0,
  },
  {
    name: 'prioritised under an unusual heading, motivation after a comma',
    text: `## Det här prioriterar vi
Parterna har valt två fokusområden för perioden:
- Bostadsinbrott i Norrliden, där inbrotten har ökat från 20 till 41 sedan 2022.
- Otrygghet vid busstorget, som trygghetsmätningen visar är den plats flest undviker.`,
    level: 2,
  },
  {
    name: 'a promise names the problem it answers',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte för Västerby 2027
Löftena svarar mot otryggheten och skadegörelsen vid Västerby station.
- Polisen lovar att patrullera vid stationen varje fredag.`,
    level: 2,
  },
  {
    name: 'a plan organised by area headings without saying why',
    type: 'aktivitetsplan',
    text: `# Handlingsplan 2027
## Trygg skolväg
| Insats | Ansvar | När |
|---|---|---|
| Skolvärdar | Skolan | Hela läsåret |
| Hastighetskontroller | Polisen | Varje månad |
## Unga och alkohol
| Insats | Ansvar | När |
|---|---|---|
| Föräldramöten | Socialtjänsten | Mars |
| Tillsyn av butiker | Kommunen | Kvartalsvis |`,
    level: 1,
  },
  {
    name: 'prose choice of two things, motivated by the next sentence',
    text: 'Vi har valt att lägga kraften på de här två sakerna, cykelstölderna vid stationen och våldet på torget. De har ökat mest de senaste tre åren och drabbar många.',
    level: 2,
  },
  {
    name: 'prose choice of two things without motivation',
    text: 'Vi har valt att lägga kraften på de här två sakerna, cykelstölderna vid stationen och våldet på torget. Arbetet leds av styrgruppen.',
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: 'themes listed in the intro of an action plan, without motivation',
    type: 'aktivitetsplan',
    text: '## Inledning\nÖverenskommelsen anger tre teman för perioden:\n\n- A. Unga och droger\n- B. Trygghet i parken\n- C. Bedrägerier mot äldre',
    level: 1,
  },
  {
    name: 'ML naming two broad problems with no picture behind them',
    type: 'medborgarlofte',
    text: '# Medborgarlöfte 2027\nUtifrån polisens lägesbild har vi valt att under 2027 lägga extra kraft på trafiken och tryggheten i centrum.\n\n- Vi ska genomföra 30 trafikkontroller.',
    level: 1,
  },
  {
    name: 'ML naming two problems resting on a survey',
    type: 'medborgarlofte',
    text: '# Medborgarlöfte 2027\nI trygghetsmätningen 2026 uppgav 41 procent att de är otrygga i centrum. Därför har vi valt att under 2027 lägga extra kraft på trafiken och tryggheten i centrum.',
    level: 2,
  },
  {
    name: 'two motivated lead paragraphs and a paragraph saying what is left out',
    text: `### Våra fokusområden
Utifrån lägesbilden har vi valt två fokusområden.

**Rån vid Sjötorget.** Rånen vid torget har ökat tre år i rad enligt polisens statistik, och båda parter kan påverka platsen.

**Unga och alkohol.** I skolenkäten 2025 uppgav 38 procent av eleverna i årskurs 9 att de druckit alkohol, fler än 2023.

Cykelstölder ingår inte bland fokusområdena. De minskar och hanteras i det ordinarie arbetet.`,
    level: 2,
  },
  {
    name: 'two lead paragraphs, one without motivation',
    text: `### Våra fokusområden
Utifrån lägesbilden har vi valt två fokusområden.

**Rån vid Sjötorget.** Rånen vid torget har ökat tre år i rad enligt polisens statistik, och båda parter kan påverka platsen.

**Unga och alkohol.** Kommunen och polisen samarbetar kring detta.`,
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: 'an action plan ordered by quarter names no focus areas',
    type: 'aktivitetsplan',
    text: `# Aktivitetsplan 2027
## Kvartal 1
- Trygghetsvandring i Åby, 12 mars (trygghetssamordnaren)
- Föräldramöte i årskurs 8, februari (elevhälsan)
## Kvartal 2
- Klottersanering vid stationen, löpande (gatuenheten)
- Polisiär närvaro vid skolavslutningen, juni (polisen)`,
    level: 0,
  },
  {
    name: 'an action plan with one section per problem reads the problems as its areas',
    type: 'aktivitetsplan',
    text: `# Aktivitetsplan 2027
## Klotter vid stationen
- Klottersanering vid stationen, löpande (gatuenheten)
- Kameror vid cykelgaraget, mars (säkerhetsenheten)
## Unga och alkohol
- Föräldramöte i årskurs 8, februari (elevhälsan)
- Fältgrupp ute fredagar, maj–augusti (fritidsenheten)`,
    level: 1,
  },
  {
    name: 'ML: the flyer says outright which problems it answers',
    type: 'medborgarlofte',
    text: `# Löfte till dig i Åby 2026

**Fortkörningen på Byvägen har blivit ett stort problem.**

**Många äldre känner sig otrygga på kvällarna. Det vill vi ändra på.**

Därför lovar vi:

- Polisen gör hastighetskontroller på Byvägen varannan vecka.
- Kommunen sätter upp farthinder före sommaren.`,
    level: 2,
  },
  {
    name: 'ML: what residents named in a survey, with shares, are the problems',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte Ekvik 2026

I vår enkät i mars svarade 410 personer. 52 procent skrev om skadegörelsen i parken. 31 procent tog upp mopederna på gågatan. Utifrån svaren lovar vi följande.`,
    level: 2,
  },
  {
    name: 'seven areas given "särskild uppmärksamhet" are no priority',
    text: `## 3 Omfattning
3.1 Överenskommelsen omfattar all brottslighet i kommunen. Särskild uppmärksamhet ska ägnas åt ungdomsbrott, narkotika, våld i nära relationer, trafik, bedrägerier, klotter och otrygghet i centrum.`,
    level: 1,
  },
  {
    name: 'a plan set out per förvaltning names no focus areas',
    type: 'aktivitetsplan',
    text: `# Handlingsplan 2026

Planen är uppställd per förvaltning.

## 1. Socialförvaltningen
| Aktivitet | Ansvarig | Tid |
|---|---|---|
| Fältarbete fredagar | Fältgruppen | Hela året |

## 2. Tekniska förvaltningen
| Aktivitet | Ansvarig | Tid |
|---|---|---|
| Ny belysning i parken | Gatuenheten | Maj |`,
    level: 0,
  },
  {
    name: 'a table of the areas, each row with its motivation',
    text: `## 4. Prioriterade fokusområden

Parterna har valt tre fokusområden.

| FO | Namn | Motivering |
|---|---|---|
| FO1 | Narkotika bland unga | Tabell 2: kraftig ökning sedan 2022, främst pojkar. |
| FO2 | Trygghet vid Stortorget | Flest ingripanden i kommunen, koncentrerade till helgkvällar. |
| FO3 | Våld i nära relationer | Anmälningarna har ökat varje år sedan 2021. |`,
    level: 2,
  },
  {
    name: 'the same table without the motivation column',
    text: `## 4. Prioriterade fokusområden

Parterna har valt tre fokusområden.

| FO | Namn |
|---|---|
| FO1 | Narkotika bland unga |
| FO2 | Trygghet vid Stortorget |
| FO3 | Våld i nära relationer |`,
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: 'a picture annex with a list of sources and a table of figures chooses no areas',
    text: `# Bilaga 1 Lägesbild 2025

## 1. Källor
- Polisens statistik över anmälda brott 2021–2024
- Kommunens trygghetsmätning 2024

## 2. Utvecklingen 2021–2024
| Brottstyp | 2021 | 2024 |
|---|---|---|
| Misshandel utomhus | 81 | 97 |
| Skadegörelse | 240 | 310 |`,
    level: 0,
  },
  {
    name: "each area's reason given apart from the list, by its number",
    text: `## Prioriterade fokusområden

Parterna har valt dessa fokusområden:

1. Våld i centrum
2. Unga och alkohol

Fokusområde 1 har valts eftersom våldet har ökat med 40 procent sedan 2019. Fokusområde 2 har valts eftersom intensivkonsumtionen bland gymnasieelever har ökat snabbt.`,
    level: 2,
  },
  {
    name: 'one reason for the choice of all the areas',
    text: `## Prioriterade fokusområden

Parterna har valt två fokusområden, eftersom de visar den tydligaste negativa utvecklingen i båda lägesbilderna:

1. Våld i centrum
2. Unga och alkohol`,
    level: 2,
  },
  {
    name: 'what the parties see and can influence motivates an area',
    text: `## Fokusområden

1. **Trygghet vid Torget.** Här finns de flesta våldsbrotten i kommunen.
2. **Unga och narkotika.** Skolan och polisen ser att narkotika har blivit lättare att få tag på, och tidiga insatser bedöms kunna göra skillnad.`,
    level: 2,
  },
  {
    name: 'the same list with names only',
    text: `## Fokusområden

1. **Trygghet vid Torget.**
2. **Unga och narkotika.**`,
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: 'a picture annex whose decimal-numbered subsections are the areas it says it chose',
    text: `# Bilaga 1 Lägesbild 2025

## 4. Gemensam problembild

### 4.1 Torget och resecentrum
Torget har flest våldsbrott i kommunen, och otryggheten har ökat sedan 2021.

### 4.2 Unga och narkotika
Narkotikabruket bland unga har nästan fördubblats sedan 2021.

### 4.3 Skadegörelse i Norrbyn
Skadegörelsen är den snabbast ökande problemtypen.

## 7. Slutsatser

Parterna har valt de tre fokusområdena utifrån lägesbilderna.`,
    level: 2,
  },
  {
    name: "a plan that lists the agreement's areas with their goals in a table, without motivation",
    type: 'aktivitetsplan',
    text: `# Aktivitetsplan 2026

### Fokusområden och mål enligt överenskommelsen

| Fokusområde | Mål |
|---|---|
| 1. Trygg offentlig miljö | Mål 1.1 Ökad trygghet i centrum. |
| 2. Unga och droger | Mål 2.1 Färre unga som använder narkotika. |

### Aktiviteter 2026

| Nr | Insats | Koppling till mål | Ansvarig | Klart |
|---|---|---|---|---|
| 1.1 | Trygghetsvandring i centrum | Mål 1.1 | Trygghetssamordnaren | September 2026 |
| 2.1 | SSPF för unga i riskzon | Mål 2.1 | Socialtjänsten | Löpande |`,
    level: 1,
    advice: ['no-motivation'],
  },
  {
    name: 'a template whose areas are left to fill names none',
    text: `## 3. Prioriterade fokusområden
Parterna har valt följande fokusområden:

1. [Ange fokusområde]
2. [Ange fokusområde]
3. [Ange fokusområde]

Motivering: [Beskriv varför fokusområdena har valts utifrån lägesbilden.]`,
    level: 0,
  },
  {
    name: 'nine areas listed after "valt att samverka inom följande områden:" prioritise nothing',
    text: `## 4 Områden för samverkan

Parterna har valt att samverka inom följande områden:

- bostadsinbrott
- anlagda bränder
- otrygghet i centrum
- narkotika
- våld i nära relationer
- trafiksäkerhet
- bedrägerier mot äldre
- ungdomsbrottslighet
- klotter och skadegörelse`,
    level: 1,
    advice: ['too-many'],
  },
  {
    name: "a plan for one of the agreement's areas, with the reason it has a plan of its own",
    type: 'aktivitetsplan',
    text: `# Handlingsplan mot våld i nära relationer

## 1. Inledning
Våld i nära relationer är ett av fokusområdena i samverkansöverenskommelsen mellan Åby kommun och lokalpolisområde Åby. Den här handlingsplanen gäller bara det fokusområdet.

Parterna har valt att samla arbetet i en egen plan eftersom våld i nära relationer är det våldsbrott som har ökat mest i båda parternas lägesbilder de senaste fyra åren.`,
    level: 2,
  },
  {
    name: 'the same plan without the reason',
    type: 'aktivitetsplan',
    text: `# Handlingsplan mot våld i nära relationer

## 1. Inledning
Våld i nära relationer är ett av fokusområdena i samverkansöverenskommelsen mellan Åby kommun och lokalpolisområde Åby. Den här handlingsplanen gäller bara det fokusområdet.`,
    level: 1,
    advice: ['no-motivation'],
  },
]);
