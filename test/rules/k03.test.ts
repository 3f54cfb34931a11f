import { k03 } from '../../rules/k03-kallor-och-data.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

ruleCases(k03, [
  {
    name: "a plan's coded item carrying out a survey names no source of a picture",
    type: 'aktivitetsplan',
    text: `## Kommunledningsförvaltningen

- **L3 Grannsamverkan** i Backa från mars 2026. Ansvarig: BF-samordnaren.
- **L4 Trygghetsmätning** i samverkan med polisen under september–oktober 2026. Ansvarig: BF-samordnaren.`,
    level: 0,
  },
  {
    name: "a housing company's duty to report under 'Samverkan med andra aktörer' and the signing lines are no sources",
    text: `## Lägesbild

Polisens statistik och kommunens trygghetsmätning har legat till grund för lägesbilden.

## Samverkan med andra aktörer

Åbyhem AB deltar i trygghetsvandringarna och ansvarar för att rapportera skadegörelse i sina områden till kommunen.

## Avtalstid

Avtalet gäller 2026–2028.

| Namn | Roll | Signerad |
|---|---|---|
| Karin Holm | Kommunstyrelsens ordförande | 2026-01-12 10:14 |`,
    level: 1,
  },
  {
    name: "the bus company's incident reports are a third kind of source beside police statistics and the survey",
    text: `## Vad vet vi?

- Polisen fick 64 anmälningar om misshandel vid busstationen under 2025.
- I trygghetsmätningen 2025 svarade 35 procent att de känner sig otrygga vid busstationen på kvällen.
- Bussbolaget registrerade 41 händelser med hot mot förare vid busstationen under 2025.`,
    level: 2,
  },
  {
    name: "figures still to be filled in ('[XX] procent') are no figures",
    text: `## Lägesbild
Enligt trygghetsmätningen 2026 känner sig [XX] procent otrygga i centrum, jämfört med [XX] procent 2023.
Antalet anmälda inbrott enligt polisens statistik ökade från [XX] år 2021 till [XX] år 2025.
Räddningstjänsten gjorde [XX] insatser mot bränder i centrum 2025.`,
    level: 0,
  },
  {
    name: 'a good dialogue between the parties is no source',
    text: `## Samverkan
Parterna ska främja en god dialog mellan parterna på alla nivåer.`,
    level: 0,
  },
  {
    name: 'ML: a dialogue said not to have been held is no third source type',
    type: 'medborgarlofte',
    text: `## Varför handlar löftet om resecentrum?
Polisens statistik visar att anmälda misshandelsbrott vid resecentrum ökade från 31 år 2022 till 57 år 2025.
I kommunens trygghetsmätning 2025 svarade 41 procent att de känner sig otrygga vid resecentrum.
## Har ni frågat invånarna?
Nej, någon särskild medborgardialog har vi inte haft inför det här löftet.`,
    level: 1,
  },
  {
    name: "a kommun without its own survey, quoting a neighbouring kommun's, has two source types",
    text: `## Underlag
Polisens statistik visar 212 anmälda skadegörelsebrott 2025 mot 150 år 2022. Räddningstjänstens insatsstatistik visar 23 anlagda bränder 2025 mot 11 år 2022.
Kommunen har ingen egen trygghetsmätning. I grannkommunens trygghetsmätning 2025 uppgav 28 procent att de känner sig otrygga på kvällen.`,
    level: 1,
  },
  {
    name: 'three source types with figures and years',
    text: `## Underlag
Lägesbilden bygger på polisens statistik över anmälda brott, trygghetsmätningen 2024 och uppgifter från räddningstjänsten. I trygghetsmätningen 2024 uppgav 31 procent att de känner sig otrygga, jämfört med 24 procent 2021.`,
    level: 2,
  },
  {
    name: 'table of figures and dialogues in prose',
    text: `## Lägesbild
| Källa | 2021 | 2024 |
|---|---|---|
| Anmälda bostadsinbrott (polisen) | 88 | 121 |
| Andel elever som provat cannabis (skolenkäten) | 6 % | 9 % |

Vid medborgardialogen i maj 2024 deltog 90 personer.`,
    level: 2,
  },
  {
    name: 'ML with survey, police data and dialogue',
    type: 'medborgarlofte',
    text: 'Under 2024 anmäldes 54 stölder vid stationen. I LUPP 2023 svarade 22 procent av flickorna att de är otrygga. I samtal med 120 invånare i september 2024 kom samma bild fram.',
    level: 2,
  },
  {
    name: 'three types named without figures',
    text: 'Underlaget består av polisens anmälningsstatistik, kommunens trygghetsmätning och de medborgardialoger som hölls under hösten.',
    level: 1,
    advice: ['no-figures'],
  },
  {
    name: 'two source types with figures',
    text: 'Enligt polisen anmäldes 40 rån under 2024. I trygghetsmätningen 2024 uppgav 30 procent att de undviker parken.',
    level: 1,
    advice: ['few-types'],
  },
  {
    name: 'ML: a meeting with residents after the promise year is no source of its picture',
    type: 'medborgarlofte',
    text: `## Varför de här löftena?
Enligt trygghetsmätningen 2025 känner sig 38 procent av kvinnorna otrygga på torget. Polisen fick in 46 anmälningar om misshandel vid torget under 2025.
## Här hittar du resultaten
I februari 2027 berättar vi om resultaten på ett öppet möte i biblioteket.
## Giltighet
Löftet gäller 1 januari–31 december 2026.`,
    level: 1,
    advice: ['few-types'],
  },
  {
    name: "a dialogue that is one of the plan's numbered activities is no source",
    type: 'aktivitetsplan',
    text: `## Lägesbild
Trygghetsmätningen 2024 visar att 29 procent känner sig otrygga. Polisens statistik visar 41 inbrott 2024.
## Fokusområde 1 – Torget
**Aktivitet 12 – Medborgardialog i Norrby.** Kommunen bjuder in till dialog i april 2026. Ansvar: samordnaren.`,
    level: 1,
    advice: ['few-types'],
  },
  {
    name: "dialogues planned for the agreement's first year are no third source",
    text: `# Samverkansöverenskommelse 2025–2027

## Situationen
Enligt polisens anmälningsstatistik har bostadsinbrotten ökat från 96 år 2021 till 141 år 2024. I kommunens trygghetsmätning 2023 uppgav 34 procent av kvinnorna att de känner sig otrygga.

## Delaktighet
Under 2025 planerar parterna att genomföra medborgardialoger i Västerby.`,
    level: 1,
  },
  {
    name: 'ML: sources in the "Därför lovar vi detta" part of a promise count as its picture',
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
    name: 'one source',
    text: 'Problembilden bygger på polisens lokala lägesbild, som utgår från anmälda brott.',
    level: 1,
  },
  {
    name: 'no sources',
    text: '## Bakgrund\nKommunen och polisen har samverkat länge och vill fortsätta med det.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'dialogues and surveys only as future activities',
    text: '## Aktiviteter\n- Genomföra två trygghetsvandringar per år.\n- Trygghetsmätning genomförs hösten 2026.',
    level: 0,
  },
  {
    name: 'actor mentioned without data',
    text: 'Socialtjänsten och polisen samråder när det behövs.',
    level: 0,
  },
  {
    name: 'surveys and walks named only as measures are no sources',
    type: 'aktivitetsplan',
    text: `# Handlingsplan 2027
| Insats | Ansvar | När |
|---|---|---|
| Trygghetsvandring i centrum | Polisen | Oktober 2027 |
| Medborgardialog om parken | Kommunen | Maj 2027 |`,
    level: 0,
  },
  {
    name: 'sources named only in an indicator column, without figures',
    type: 'aktivitetsplan',
    text: `## Insatser 2027
| Insats | Huvudman | Tidsram | Indikator |
|---|---|---|---|
| Fältarbete kvällstid | Fritidsenheten | Fredagar, helår | Anmälda brott med unga misstänkta (polisens statistik) |
| Belysning i parken | Gatuenheten | Klart maj 2027 | Andel otrygga i parken (trygghetsmätningen) |`,
    level: 1,
    advice: ['no-figures'],
  },
  {
    name: 'a lägesbild named is no data source of its own',
    type: 'medborgarlofte',
    text: 'Utifrån polisens lägesbild har vi valt att arbeta med trafiken i Ekås.',
    level: 0,
  },
  {
    name: 'a follow-up section measuring with a survey is not the picture resting on it',
    text: `## Uppföljning
Trygghetssamordnaren jämför resultatet i trygghetsmätningen 2027 med mätningen 2025 och polisens statistik över anmälda brott.`,
    level: 1,
  },
  {
    name: 'terse bullets crediting other actors in brackets, with figures and years',
    text: `## Nuläge
- Skadegörelse på skolor: 40 (2023) → 57 (2025), anmälda brott
- Otrygghet vid busstorget kvällstid, 31 % (NTU 2025)
- Bränder i papperskorgar: 22 st 2025, 12 st 2023 (räddningstjänsten)`,
    level: 2,
  },
  {
    name: 'an actor in brackets without any figure is no data source',
    text: `## Nuläge
- Skadegörelse på skolor: 40 (2023) → 57 (2025), anmälda brott
- Otrygghet vid busstorget kvällstid, 31 % (NTU 2025)
- Oro för unga som samlas vid busstorget (socialtjänsten)`,
    level: 1,
    advice: ['few-types'],
  },
  {
    name: 'a trygghetsenkät with its answers is a survey source',
    type: 'medborgarlofte',
    text: 'Löftet bygger på polisens statistik, som visar att anmälda rån i Vikby ökade från 8 år 2023 till 15 år 2025, på en trygghetsenkät som 420 invånare besvarade hösten 2025 och på två dialogmöten med boende i Vikby.',
    level: 2,
  },
  {
    name: 'a trygghetsenkät and police figures alone are two types',
    type: 'medborgarlofte',
    text: 'Löftet bygger på polisens statistik, som visar att anmälda rån i Vikby ökade från 8 år 2023 till 15 år 2025, och på en trygghetsenkät som 420 invånare besvarade hösten 2025.',
    level: 1,
    advice: ['few-types'],
  },
  {
    name: "police statistics, a survey and the socialförvaltning's figures, weighed together",
    text: `## Lägesbild
Polisens anmälningsstatistik visar att misshandeln i centrum ökade från 41 fall 2022 till 63 fall 2024. I kommunens trygghetsmätning 2025 uppgav 34 procent att de undviker centrum på kvällen. Uppgifter från socialförvaltningen visar 57 orosanmälningar om unga under 2024.`,
    level: 2,
  },
  {
    name: "a measure in a party's section naming a partner and its support calls",
    type: 'aktivitetsplan',
    text: `# Handlingsplan 2026
## Polisen gör
Inom fokusområde 3 kontaktar polisens utredare socialförvaltningen samma dag som en anmälan kommer in, så att den utsatta kan erbjudas ett stödsamtal.`,
    level: 0,
  },
]);
