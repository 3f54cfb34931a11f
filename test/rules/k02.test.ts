import { k02 } from '../../rules/k02-gemensam-problembild.ts';
import { oneTableFull, planPerPart } from '../helpers/one-table.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

/** A plan whose areas carry a short gloss (fictional Åsby); the picture itself is left to the agreement or not. */
const glossed = (lead: string) => `# Trygga Åsby 2027

${lead} Planen har två fokusområden:

- Fokusområde 1 – Cykelstölder (stölder av cyklar vid Åsby station och resecentrum kvällstid).
- Fokusområde 2 – Skadegörelse (klotter och krossade rutor vid skolorna, mest pojkar 13–15 år).`;

/** A month-grid plan whose lead names its three areas, places and groups in the names (fictional Åby). */
const planLead = (more: string) => `# Aktivitetsplan 2026

Planen gäller 1 januari–31 december 2026 och bygger på de tre fokusområden som parterna valt i överenskommelsen: trygg offentlig miljö i centrum och Backa, unga i riskmiljöer samt bedrägerier mot äldre.
${more}
## Planen månad för månad

| Aktivitet | Ansvarig | jan | feb | mar |
|---|---|---|---|---|
| **Trygg offentlig miljö** | | | | |
| Trygghetsvandring i centrum | Kommunen | | x | |
| Fältassistenter i Backa | Socialförvaltningen | x | x | x |`;

ruleCases(k02, [
  {
    name: 'a plan that only names its areas, with places and groups in the names, describes no picture',
    type: 'aktivitetsplan',
    text: planLead(''),
    level: 0,
  },
  {
    name: 'a plan naming "överenskommelsens tre fokusområden", places in the names, describes no picture either',
    type: 'aktivitetsplan',
    text: `# Aktivitetsplan 2026

## Om planen

Aktivitetsplanen visar vad kommunen och polisen gör under 2026 inom överenskommelsens tre fokusområden: Trygg miljö i Backa centrum, Unga och droger samt Trafik och buskörning.

| Aktivitet | Ansvarig | När |
|---|---|---|
| Trygghetsvandring i Backa centrum | Kommunen | April |
| Mopedkontroller | Polisen | Maj |`,
    level: 0,
  },
  {
    name: 'saying only that there are problems "när det gäller ungdomar och trafik" is a general picture',
    text: `## Bakgrund

Åby är i grunden en trygg kommun, men det finns problem som parterna behöver arbeta vidare med, bland annat när det gäller ungdomar och trafik.`,
    level: 1,
  },
  {
    name: 'a promise naming the problems it chose itself gives a general picture',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte 2026

Utifrån polisens lägesbild har vi valt att under 2026 lägga extra kraft på trafiken och tryggheten i centrum.

## Vi lovar

- Polisen gör hastighetskontroller på Storgatan varje månad.`,
    level: 1,
  },
  {
    name: 'the same plan with the problem told: where, when, who and how it developed',
    type: 'aktivitetsplan',
    text: planLead(
      '\n## Läget\n\nOtryggheten i centrum har ökat sedan 2023 och är störst fredag och lördag kväll, särskilt bland kvinnor.\n',
    ),
    level: 2,
  },
  {
    name: "aktivitetsplan: a line naming the areas ('Fokusområden: 1 Trygg centrummiljö, 2 Unga …') describes no picture",
    type: 'aktivitetsplan',
    text: `## Om planen
Planen visar när aktiviteterna genomförs under 2026. Fokusområden: 1 Trygg centrummiljö, 2 Unga, alkohol och narkotika, 3 Trafik i tätorterna.

## Tidplan
| Nr | Aktivitet | Ansvarig | jan | feb | mar |
|---|---|---|---|---|---|
| 1.1 | Polisiär närvaro vid busstationen fredag och lördag | Polisen | x | x | x |`,
    level: 0,
  },
  {
    name: "aktivitetsplan: the listed area names and the sections of what each party 'gör' describe no picture",
    type: 'aktivitetsplan',
    text: planPerPart,
    level: 0,
  },
  {
    name: "aktivitetsplan: basing the plan on one party's lägesbild asserts no joint picture",
    type: 'aktivitetsplan',
    text: `## Om planen
Planen utgår från polisens lokala lägesbild för 2025 och från de fokusområden som anges i överenskommelsen.

## Aktiviteter
- Trygghetsvandring i centrum i april. Ansvar: samordnaren.`,
    level: 0,
  },
  {
    name: 'aktivitetsplan: the lägesbilder kept in the agreement are referred to, so the picture is asserted',
    type: 'aktivitetsplan',
    text: `## Om planen
Lägesbilderna, orsaksanalysen och utgångsvärdena finns i överenskommelsen (avsnitt 3–5) och upprepas inte här.

## Aktiviteter
- Trygghetsvandring i centrum i april. Ansvar: samordnaren.`,
    level: 1,
    advice: ['only-asserted'],
  },
  {
    name: 'aktivitetsplan: the plan’s own changes since last year are no problem picture',
    type: 'aktivitetsplan',
    text: `## Om planen
Jämfört med planen för 2025 har två aktiviteter tillkommit: ombyggnaden av belysningen längs Stationsgatan och MVP i högstadiet. Kvällsöppen simhall för unga och kampanjen om cykelstölder har tagits bort, eftersom de genomfördes under 2025.`,
    level: 0,
  },
  {
    name: 'who answered the dialogue and the previous agreement’s areas are no dimensions of this picture',
    type: 'medborgarlofte',
    text: `## Vad ni har sagt
Nästan sex av tio av er som svarade på enkäten nämnde busstationen när vi frågade var ni känner er otrygga. Eleverna sa samma sak: parken är genvägen till skolan, men många tar hellre omvägen. Den förra överenskommelsen hade tre fokusområden: skadegörelse, unga och trafik.`,
    level: 1,
  },
  {
    name: 'area glosses in a plan that leaves its picture to the agreement',
    text: glossed('Den gemensamma lägesbilden redovisas i samverkansöverenskommelsen, avsnitt 2.'),
    type: 'aktivitetsplan',
    level: 1,
  },
  {
    name: 'area glosses with types, places, times and groups when no picture is referred elsewhere',
    text: glossed('Planen gäller under 2027.'),

    level: 2,
  },
  {
    name: 'picture column of a one-table agreement',
    text: oneTableFull,
    level: 2,
  },
  {
    name: 'types, places, times, groups and trend in prose',
    text: `## Gemensam problembild
Misshandel och ordningsstörningar vid Norra torget har ökat från 40 till 62 anmälningar mellan 2021 och 2024. De flesta händelser sker fredag och lördag mellan klockan 22 och 03. Av kvinnorna känner sig 40 procent otrygga, jämfört med 18 procent av männen.`,
    level: 2,
  },
  {
    name: 'table with years plus a place sentence',
    text: `## Situationen idag
| Uppgift | 2020 | 2022 | 2024 |
|---|---|---|---|
| Anmäld skadegörelse | 110 | 130 | 160 |

Skadegörelsen är koncentrerad till Hamngatan och området kring resecentrum där många unga samlas.`,
    level: 2,
  },
  {
    name: 'ML with places, times and groups',
    type: 'medborgarlofte',
    text: `## Det här har ni berättat
Många känner sig otrygga vid pendelparkeringen kvällstid, och äldre undviker gångtunneln under vintern när det är mörkt.`,
    level: 2,
  },
  {
    name: 'only types named',
    text: '## Nuläge\nDet förekommer problem med bland annat klotter, inbrott och narkotika i kommunen.',
    level: 1,
    advice: ['few-dimensions'],
  },
  {
    name: 'types and places but nothing more',
    text: '## Lägesbild\nSkadegörelse och klotter är vanligt i centrum och i Strandparken under året som gått.',
    level: 1,
  },
  {
    name: 'asserted only',
    text: 'Arbetet utgår från en gemensam problembild som parterna har enats om.',
    level: 1,
    advice: ['only-asserted'],
  },
  {
    name: 'a slogan subtitle and an empty picture heading are no problem picture',
    type: 'aktivitetsplan',
    text: '# Aktivitetsplan 2027\n\n**Tillsammans mot brott och för ökad trygghet i Åby**\n\n## Lägesbild\n\n## Aktiviteter\n\n- Polisen patrullerar vid torget varje fredag.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'a joint picture that is not finished yet is not asserted',
    text: '## Inriktning\nFokusområdena fastställs av rådet så snart den gemensamma problembilden är färdig.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'a seasonal population figure is no time or trend of a problem',
    text: `## Bakgrund
Under sommaren mer än fördubblas befolkningen i fritidsområdena.
## Lägesbild
Inbrotten i fritidshus runt sjön och i Västra byn är det största problemet.`,
    level: 1,
    advice: ['few-dimensions'],
  },
  {
    name: 'nothing about problems',
    text: '## Syfte\nParterna ska samarbeta väl och hålla varandra informerade.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'places and groups only inside measures do not make a picture',
    text: '## Åtgärder\n- Polisen patrullerar vid torget fredag kväll.\n- Fältassistenter möter unga i Östra parken klockan 20.',
    level: 0,
  },
  {
    name: 'goals are not a picture',
    text: '## Mål\nFärre kvinnor ska känna sig otrygga i centrum kvällstid senast 2027.',
    level: 0,
  },
  {
    name: 'only the general aim',
    text: `## Syfte
Avtalet ska öka tryggheten och minska brottsligheten i kommunen.`,
    level: 1,
  },
  {
    name: 'places and times in promises and measure tables are not a picture',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte
Många boende känner sig otrygga i Parkbacken.
- Polisen lovar att patrullera i Parkbacken tre kvällar i veckan under 2026.

| Insats | Ansvar | När |
|---|---|---|
| Nattvandring för unga vid torget | Fritid | Fredagar kl. 19–23 under hösten |`,
    level: 1,
  },
  {
    name: 'an area section of prose measures and a labelled follow-up is no picture',
    type: 'aktivitetsplan',
    text: `# Handlingsplan Löjvik 2027
Planen bygger på den gemensamma lägesbilden i överenskommelsen.
## 1. Tryggare hamn
Tekniska kontoret ansvarar för att belysningen vid hamnen byts under våren 2027. Polisen genomför riktade kontroller vid hamnen fredag och lördag kväll. Fältgruppen ordnar aktiviteter för unga under sommarlovet tre kvällar i veckan.

Uppföljning. Polisen redovisar antal anmälda rån mot unga vid hamnen jämfört med 2026.`,
    level: 1,
  },
  {
    name: 'a described picture beside an area section of measures still counts',
    type: 'aktivitetsplan',
    text: `# Handlingsplan Löjvik 2027
## Nuläge
Rånen mot unga vid hamnen har ökat från 12 år 2024 till 21 år 2026, oftast fredag och lördag kväll.
## 1. Tryggare hamn
Tekniska kontoret ansvarar för att belysningen vid hamnen byts under våren 2027. Polisen genomför riktade kontroller vid hamnen fredag och lördag kväll. Fältgruppen ordnar aktiviteter för unga under sommarlovet tre kvällar i veckan.`,
    level: 2,
  },
  {
    name: 'a plan that only says what is done, and where, describes no problem picture',
    type: 'aktivitetsplan',
    text: `# Aktivitetsplan Lövby 2026

Åtgärderna bygger delvis på synpunkter från förra årets möten.

## Våren
I mars genomförs en trygghetsvandring i centrum och kring busstationen. Under april startar grannsamverkan i Backa.`,
    level: 0,
  },
  {
    name: 'ML: a promise section in running text tells the situation it answers',
    type: 'medborgarlofte',
    text: `## Vårt löfte i Fjärilsund
Utifrån lägesbilden har vi valt att lova insatser mot ordningsstörningarna i Stationsparken. Under 2025 tog polisen emot 62 anmälningar om ordningsstörningar och skadegörelse i parken.

## Det här lovar vi
1. **Polisen lovar** att patrullera till fots i Stationsparken tre kvällar i veckan.
2. **Kommunen lovar** att byta belysningen i parken senast den 30 juni 2026.`,
    level: 1,
  },
]);

// Only the local picture counts: not other places, national figures, survey participants or the aim.
ruleCases(k02, [
  {
    name: 'a comparison with another place is no development over time',
    text: `## Bakgrund
Skadegörelse och inbrott i källarförråd är de vanligaste problemen i bostadsområdet Västergården. I hyresgästenkäten svarade 41 procent av hyresgästerna i Västergården att de känner sig otrygga, jämfört med 19 procent i bolaget som helhet.`,
    level: 1,
  },
  {
    name: 'a comparison with an earlier year is',
    text: `## Bakgrund
Skadegörelse och inbrott i källarförråd är de vanligaste problemen i bostadsområdet Västergården. I hyresgästenkäten svarade 41 procent av hyresgästerna i Västergården att de känner sig otrygga, jämfört med 27 procent år 2022.`,
    level: 2,
  },
  {
    name: 'national figures are not the local picture',
    text: `## Problembild
Enligt Brås nationella trygghetsundersökning känner sig var fjärde kvinna i landet otrygg sent på kvällen, och utvecklingen har gått åt fel håll. I Norrvika är skadegörelsen det största problemet.`,
    level: 1,
  },
  {
    name: 'national figures set beside the local ones are part of it',
    text: `## Problembild
I Norrvika är skadegörelsen det största problemet. Andelen kvinnor som känner sig otrygga sent på kvällen är högre än i landet och har ökat sedan 2021.`,
    level: 2,
  },
  {
    name: 'who answered a survey is not a group the problem falls on',
    text: `## Vad ni har sagt
Vi frågade er i våras vad som gör er otrygga. 212 av svaren kom från ungdomar mellan 13 och 19 år. Flest nämnde skadegörelse och klotter i Stationsparken.`,
    level: 1,
  },
  {
    name: 'answers broken down by group are',
    text: `## Vad ni har sagt
Vi frågade er i våras vad som gör er otrygga. 48 procent av flickorna svarade att de undviker Stationsparken på kvällen, och flest nämnde skadegörelse och klotter i parken.`,
    level: 2,
  },
  {
    name: 'the aim of the agreement is not a picture',
    text: `## Bakgrund
Det förekommer inbrott i fritidshus och stölder av båtmotorer vid sjön. Målet med samarbetet är att färre ungdomar börjar använda narkotika och att brotten minskar.`,
    level: 1,
  },
  {
    name: 'a cause analysis explains the problems, it does not describe them',
    text: `## Problembild
Skadegörelsen på skolorna är det största problemet i Ekeby.

## Orsaksanalys
Skadegörelsen beror på att skolgårdarna är mörka och tomma nattetid och att pojkar 13–15 år samlas vid Norrskolan på helgerna.`,
    level: 1,
  },
  {
    name: 'a section on why these problems were chosen may describe them',
    text: `## Varför just det här?
Skadegörelsen på skolorna är det största problemet i Ekeby. Den sker nattetid och på helgerna, oftast vid Norrskolan, och har ökat sedan 2023.`,
    level: 2,
  },
  {
    name: "the areas in a key–value table, the pictures' titles and where a dialogue was held describe nothing",
    text: `| Uppgift | Innehåll |
|---|---|
| Fokusområden | 1. Trygghet i Åby centrum, 2. Unga och narkotika, 3. Bedrägerier mot äldre |

## 2. Underlag
| Underlag | Framtaget av | Datum |
|---|---|---|
| Kommunens lägesbild över brott och otrygghet 2025 | Säkerhetsenheten | Oktober 2025 |

Bedrägerierna är det brott i kommunens lägesbild som ökat mest. Under två lördagar stod samordnaren och kommunpolisen med ett tält på Stortorget och samlade synpunkter.`,
    level: 1,
  },
  {
    name: 'a place named with its problem is part of the picture',
    text: `## 2. Underlag
Bedrägerierna mot äldre är det brott i kommunens lägesbild som ökat mest sedan 2022. Skadegörelsen är koncentrerad till Stortorget på fredagskvällar.`,
    level: 2,
  },
]);
