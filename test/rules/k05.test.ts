import { k05 } from '../../rules/k05-orsaksanalys.ts';
import { oneTableFull, oneTablePartial } from '../helpers/one-table.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

const areas = `## Fokusområden
1. Rån mot unga. Rånen har ökat från 8 till 19 sedan 2021.
2. Bostadsinbrott. Inbrotten har fördubblats sedan 2020.
`;

ruleCases(k05, [
  {
    name: 'causes per area under the English heading "Root causes"',
    text: `## Key issues

1. Bränder i Backa
2. Våld i centrum

## Root causes

Bränderna i Backa uppstår där sopkärl står mot fasaderna och gångstråken är mörka. Våldet i centrum beror på att många berusade samlas vid torget när krogarna stänger.`,
    level: 2,
  },
  {
    name: 'causes named once in the problem picture, for no area in particular, are generic',
    text: `## Problembild

**Unga i kriminalitet.** Antalet misstänkta under 18 år har ökat från 88 (2021) till 131 (2024).

Bakomliggande faktorer som lyfts i underlaget är brist på meningsfull fritid, skolfrånvaro och bristande vuxennärvaro.

## Fokusområden

- Bostadsinbrott
- Unga i kriminalitet`,
    level: 1,
    advice: ['generic'],
  },
  {
    name: 'the way of working in general, the method praised and why last year’s promise fell short are no causes',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte 2027
## Om medborgarlöften
Enligt arbetssättet ska polis och kommun ta fram en gemensam lägesbild och analysera orsakerna till problemen.
## Det här har vi sett
Vi arbetar problemorienterat, och orsaksanalys är en självklar del av hur vi planerar våra insatser. Otryggheten vid torget har ökat.
## Så gick det 2026
Vi gjorde bara sex av tolv kontroller. Vi tror att det beror på att kontrollerna gjordes för sällan och på förmiddagen.`,
    level: 0,
  },
  {
    name: 'a draft’s bracketed note after the area’s label is no analysis, so one of two areas has causes',
    text: `${areas}
## Orsaksanalys
**Fokusområde 1.** [Orsaksanalysen för rånen genomförs tillsammans med polisen i januari 2027.]

**Fokusområde 2.** Vid en workshop i september 2026 identifierades orsaker till inbrotten: dålig belysning i villaområdena och att många hus står tomma dagtid, vilket gör att ingen ser gärningspersonerna.`,
    level: 1,
  },
  {
    name: "'Grundorsaker' per area, in words other than the handbook's",
    text: `## Prioriteringar
1. **Stölder ur bilar**
2. **Langning till unga**
## Grundorsaker
Stölder ur bilar: parkeringen vid stationen är obevakad och mörk, och många lämnar värdesaker synliga.

Langning till unga: några vuxna säljer vidare alkohol som köpts på färjan, och föräldrar vet lite om var ungdomarna är.`,
    level: 2,
  },
  {
    name: "Brå's five steps, orsaksanalys among them, described in general terms are no cause analysis",
    text: `## Bakgrund
Brottsförebyggande rådet rekommenderar att arbetet bedrivs i fem steg: lägesbild, orsaksanalys, mål, åtgärder och uppföljning. Brå betonar också vikten av att orsakerna analyseras. Parterna ställer sig bakom Brås modell som stöd i arbetet.`,
    level: 0,
  },
  {
    name: 'ML: a why-part that says no analysis was made holds no causes',
    type: 'medborgarlofte',
    text: `## Varför har det blivit så här?
Ärligt talat: det finns inget enkelt svar, och vi har inte gjort någon orsaksanalys för just busstationen. Det här är ett löfte om handling, inte en utredning.

Visste du förresten att drygt var fjärde person i Sverige känner sig otrygg ute sent en kväll?`,
    level: 0,
  },
  {
    name: 'the parties have made no analysis of causes, and Brå’s five steps are the national model',
    text: `## Bakgrund
Brå har i sitt kunskapsstöd beskrivit ett arbetssätt i fem steg: att organisera arbetet, att ta fram en lägesbild, att analysera problem och orsaker och att följa upp.
## Problembild
Parterna har i detta skede inte gjort någon gemensam analys av bakomliggande orsaker.`,
    level: 0,
  },
  {
    name: 'one-table agreement with causes in every row',
    text: oneTableFull,
    level: 2,
  },
  {
    name: 'one-table agreement where one row only promises the analysis',
    text: oneTablePartial,
    level: 1,
  },
  {
    name: 'causes per area in subsections, with method',
    text: `${areas}
## Orsaksanalys
Analysen gjordes med orsaksträd vid en workshop i mars 2025.
### Rån mot unga
- Unga rör sig utan vuxna i närheten efter skolan.
- Gärningspersonerna söker status i gruppen.
### Bostadsinbrott
- Villaområdena har dålig belysning och få grannar hemma dagtid.`,
    level: 2,
  },
  {
    name: 'causes per area as lead paragraphs',
    text: `${areas}
## Bakomliggande orsaker
Rån mot unga. Rånen beror på att unga bär dyra telefoner på platser utan vuxna.

Bostadsinbrott. Inbrotten beror på att husen saknar larm och att få grannar är hemma.`,
    level: 2,
  },
  {
    name: 'cause column in a table for every area',
    text: `${areas}
## Åtgärder
| Fokusområde | Åtgärd | Orsak som påverkas |
|---|---|---|
| 1 | Fältassistenter efter skolan | Få vuxna ute |
| 2 | Grannsamverkan | Få grannar hemma |`,
    level: 2,
  },
  {
    name: 'causes for one area, analysis planned for the other',
    text: `${areas}
## Orsaksanalys
### Rån mot unga
- Unga rör sig utan vuxna i närheten efter skolan.
### Bostadsinbrott
Någon orsaksanalys har ännu inte gjorts för området.`,
    level: 1,
    advice: ['some-areas'],
  },
  {
    name: 'only a promised analysis',
    text: `${areas}
En orsaksanalys ska tas fram under 2026.`,
    level: 1,
    advice: ['planned'],
  },
  {
    name: 'generic risk factors not tied to the areas',
    text: `${areas}
## Bakomliggande faktorer
Forskningen pekar på riskfaktorer som skolmisslyckanden och bristande tillsyn från vuxna.`,
    level: 1,
    advice: ['generic'],
  },
  {
    name: 'ML referring to the agreement',
    type: 'medborgarlofte',
    text: 'Orsakerna till problemen beskrivs i orsaksanalysen i samverkansöverenskommelsen.',
    level: 1,
  },
  {
    name: 'ML saying why the problems arise was analysed in the agreement',
    type: 'medborgarlofte',
    text: 'Två frågor kom upp oftast: otryggheten på torget och narkotika bland unga. Varför problemen uppstår har parterna analyserat i samverkansöverenskommelsen för 2025–2028.',
    level: 1,
    advice: ['referenced'],
  },
  {
    name: 'ML: "såg vi varför: …" gives causes for one of two promises',
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
    level: 1,
    advice: ['some-areas'],
  },
  {
    name: 'a cause section that says no analysis has been made',
    text: `${areas}## Orsaker
Någon gemensam orsaksanalys har inte genomförts inom ramen för överenskommelsen.`,
    level: 0,
  },
  {
    name: 'an aspiration to reach the underlying causes names none',
    text: `${areas}## Inriktning
Vi vill också arbeta för att komma åt de bakomliggande orsakerna till att brott begås.`,
    level: 0,
  },
  {
    name: 'a draft whose cause section holds only a placeholder',
    text: `${areas}## 4. Orsaksanalys
[fylls i]`,
    level: 0,
  },
  {
    name: 'no causes',
    text: areas,
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'measures without causes',
    text: `${areas}
## Åtgärder
- Polisen patrullerar vid skolorna.
- Kommunen informerar om inbrottsskydd.`,
    level: 0,
  },
  {
    name: 'nothing at all',
    text: 'Parterna ska samverka.',
    level: 0,
  },
  {
    name: 'causes tied to the area each paragraph names first',
    text: `## Insatsområden
- Narkotikaförsäljning vid köpcentret, där brotten har ökat från 40 till 90 sedan 2021.
- Rekrytering av unga, som orosanmälningarna visar har fördubblats.
## Bakomliggande faktorer
För narkotikaförsäljningen vid köpcentret är de viktigaste orsakerna att baksidan saknar insyn och att efterfrågan bland unga vuxna är stabil.
Rekryteringen av unga beror enligt analysen på hög skolfrånvaro och att äldre kriminella erbjuder snabba pengar.`,
    level: 2,
  },
  {
    name: 'a cause that something is missing is still a cause',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte
Löftet svarar mot otryggheten vid resecentrum.
Otryggheten beror enligt vår gemensamma analys på att det saknas vuxna på plats sena kvällar.`,
    level: 2,
  },
  {
    name: 'prose without headings: a paragraph that says how causes were analysed',
    text: `# Trygga Fjällvik
Vi har valt att lägga kraften på två saker: skadegörelsen vid skolorna och rånen vid busstorget.

För att förstå varför det ser ut så här höll vi två workshoppar med skolan och räddningstjänsten. Vi använde brottstriangeln och frågade vad det är med platsen, gärningspersonerna och de utsatta. Vid skolorna kom vi fram till att gårdarna är mörka på kvällen och att ingen vuxen rör sig där efter klockan 18. Vid busstorget handlar det om att unga byter buss sent och att väntkuren saknar insyn.`,
    level: 2,
  },
  {
    name: 'prose that only says the causes are not yet known',
    text: `# Trygga Fjällvik
Vi har valt att lägga kraften på två saker: skadegörelsen vid skolorna och rånen vid busstorget.

Vi vet ännu inte varför skadegörelsen ökar. En orsaksanalys ska göras under hösten.`,
    level: 1,
  },
  {
    name: 'a why-question heading gives causes for one of two promised problems (ML)',
    type: 'medborgarlofte',
    text: `# Vårt löfte till dig i Hagsätra by
## Varför har det blivit så här vid torget?
Sedan caféet stängde finns inga vuxna kvar på kvällen, och två lampor vid torget är trasiga.
## Löfte 1: Ljus på torget
*Det här svarar på det ni sa om torget på kvällarna.*
- Kommunen byter belysningen vid torget senast i maj.
- Polisen finns vid torget två fredagar i månaden.
## Löfte 2: Lugnare skolväg
*Det här svarar på det ni sa om bilarna som kör fort vid skolan.*
- Kommunen sätter upp farthinder vid skolan i april.
- Polisen gör hastighetskontroller vid skolan varje månad.`,
    level: 1,
    advice: ['some-areas'],
  },
  {
    name: 'a why-question heading per promised problem (ML)',
    type: 'medborgarlofte',
    text: `# Vårt löfte till dig i Hagsätra by
## Varför har det blivit så här?
Vid torget finns inga vuxna kvar på kvällen sedan caféet stängde. Vid skolan kör bilarna fort eftersom vägen är rak och bred.
## Löfte 1: Ljus på torget
*Det här svarar på det ni sa om torget på kvällarna.*
- Kommunen byter belysningen vid torget senast i maj.
- Polisen finns vid torget två fredagar i månaden.
## Löfte 2: Lugnare skolväg
*Det här svarar på det ni sa om bilarna som kör fort vid skolan.*
- Kommunen sätter upp farthinder vid skolan i april.
- Polisen gör hastighetskontroller vid skolan varje månad.`,
    level: 2,
  },
  {
    name: 'a chapter called "Varför en överenskommelse" is no cause analysis',
    text: `# Kapitel 1. Varför en överenskommelse
Kommunen och polisen har samverkat sedan 2015 och vill fortsätta det arbetet.`,
    level: 0,
  },
  {
    name: 'an analysis of causes that "har inte gjorts" is none, not a promise',
    text: `## § 4 Problembild
4.1 Brottsligheten och otryggheten behöver minska.
4.2 Någon analys av bakomliggande orsaker till problemen i 4.1 har inte gjorts inom ramen för detta avtal.`,
    level: 0,
  },
  {
    name: 'the answers after a why-question are causes',
    type: 'medborgarlofte',
    text: `# Löfte för Tornby 2026

## Varför just torget?
Många känner sig otrygga på torget på kvällen. Varför känns det otryggt där? Det är dåligt upplyst. Det finns få vuxna ute efter klockan 21.`,
    level: 2,
  },
  {
    name: 'causes in a part on the national frame say nothing of the place',
    text: `# Överenskommelse Dalby 2026

## 1.2 Brottsligheten i Sverige
Enligt Brå beror en stor del av ungdomsbrottsligheten på skolmisslyckanden och brist på vuxenstöd, och orsakerna till otrygghet är ofta bristande belysning.

## 2 Samverkansområden
- Unga och narkotika
- Otrygghet i centrum`,
    level: 0,
  },
  {
    name: 'ML: the national way of working names a cause analysis, this promise has none',
    type: 'medborgarlofte',
    text: `## Vad är ett medborgarlöfte?
Enligt Brås kunskapsstöd ska ett medborgarlöfte bygga på en gemensam lägesbild och på en orsaksanalys som visar varför problemet uppstår.

Polisens nationella arbetssätt för medborgarlöften beskriver fyra steg: att ta fram en lägesbild, att analysera orsakerna till problemen och att följa upp resultatet.

## Det här lovar vi
- Polisen lovar att patrullera i Stationsparken tre kvällar i veckan.`,
    level: 0,
  },
  {
    name: 'a question heading asking why the agreement exists, over its purpose',
    text: `## Varför har vi en överenskommelse?
Vi har samarbetat om trygghet i många år. Med den här överenskommelsen vill vi göra samarbetet tydligare. Vi bestämmer tillsammans vilka problem vi ska arbeta med.`,
    level: 0,
  },
  {
    name: "causes per area under a subtitle naming the parties and the kommun, whose name is also one area's place",
    text: `# Reviderad samverkansöverenskommelse

## Åsby kommun och Polismyndigheten, lokalpolisområde Åsby 2024–2027

### 3. Fokusområden
1. Bostadsinbrott i Björkhaga
2. Otrygghet vid Åsby station

### 5. Orsaksanalys
Arbetsgruppen gjorde orsaksträd för varje fokusområde i februari 2025.

**Fokusområde 1 – Bostadsinbrott.**
*Situationella orsaker:* villorna står tomma dagtid och har skymd insyn genom höga häckar.

**Fokusområde 2 – Otrygghet vid stationen.**
*Direkta orsaker:* väntsalen stängs kl. 19 och belysningen i gångtunneln är dålig.`,
    level: 2,
  },
]);
