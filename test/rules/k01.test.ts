import { k01 } from '../../rules/k01-egna-lagesbilder.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

ruleCases(k01, [
  {
    name: 'both lägesbilder under own headings, dated and summarised',
    text: `# Överenskommelse Älvby
## Kommunens lägesbild
Kommunens lägesbild togs fram av säkerhetsavdelningen i september 2025. Den visar att otryggheten vid busstationen ökar.
## Polisens lägesbild
Lokalpolisområde Älvby tog fram sin lokala lägesbild i augusti 2025. Den pekar på fler rån mot unga.`,
    level: 2,
  },
  {
    name: 'each party’s "nulägesanalys", with its maker, date and conclusions, is its own picture',
    text: `## Underlag
Kommunens nulägesanalys 2025 har tagits fram av enheten för trygghet och presenterades för kommunstyrelsen den 2 september 2025. Den visar att otryggheten i Åsen har ökat.

Polisens nulägesanalys för lokalpolisområdet är daterad den 16 juni 2025 och pekar på ökat våld i nattlivet.`,
    level: 2,
  },
  {
    name: 'ML in short sentences: each party has made a picture, undated, and that is enough for a promise',
    type: 'medborgarlofte',
    text: `## Hur vet vi det?
Polisen har gjort en lägesbild.

Kommunen har också gjort en lägesbild.`,
    level: 2,
  },
  {
    name: 'a kommun picture said to be unfinished, beside a dated police picture',
    text: `## Bild 5 – Underlag
- Polisens lokala lägesbild, LPO Tärnbacka (november 2024): narkotikabrotten har ökat från 112 till 187.
- Kommunens lägesbild enligt lag 2023:196 – under framtagande, klar hösten 2025`,
    level: 1,
  },
  {
    name: 'the police have not made a picture of their own for the kommun',
    text: `## 2 Lägesbilder
Kommunens lägesbild 2025 togs fram av trygghetsenheten och antogs av kommunstyrelsen den 9 september 2025. Den visar att skadegörelsen ökar.

Polisen har inte tagit fram någon egen lokal lägesbild för Vitmossa under perioden, men polisens statistik över anmälda brott visar 98 fall av skadegörelse 2025.`,
    level: 1,
  },
  {
    name: 'two kommuner: one has adopted its picture, the other has not made one yet',
    text: `## A2 Lägesbilder
**Polisens lokala lägesbild.** Polisen tog i oktober 2024 fram en lokal lägesbild som visar att bedrägerierna ökar.

**Brynsta kommuns lägesbild.** Brynsta kommun antog sin lägesbild i kommunstyrelsen den 16 september 2024. Den pekar på otrygghet vid resecentrum.

**Sälgnäs kommun.** Sälgnäs kommun har ännu inte tagit fram någon egen lägesbild.`,
    level: 1,
  },
  {
    name: 'the same two undated mentions in an agreement need a date or a summary',
    text: `## Underlag
Polisen har gjort en lägesbild.

Kommunen har också gjort en lägesbild.`,
    level: 1,
    advice: ['no-substance'],
  },
  {
    name: 'both in one prose sentence (ML reading)',
    type: 'medborgarlofte',
    text: 'Löftet bygger på polisens lokala lägesbild och kommunens lägesbild, som båda togs fram våren 2025.',
    level: 2,
  },
  {
    name: "coordinated genitives with the plural: each party's own pictures",
    text: 'Överenskommelsen bygger på kommunens och polisens lägesbilder från hösten 2025.',
    level: 2,
  },
  {
    name: 'coordinated genitives in the singular count in a promise (ML reading)',
    type: 'medborgarlofte',
    text: 'Löftet bygger på polisens och kommunens lägesbild och på dialogerna i oktober 2025.',
    level: 2,
  },
  {
    name: 'coordinated genitives in the singular in an agreement: one picture, whose is unclear',
    text: 'Överenskommelsen bygger på kommunens och polisens lägesbild från hösten 2025.',
    level: 1,
  },
  {
    name: 'coordinated genitives over a joint picture are no own pictures',
    type: 'medborgarlofte',
    text: 'Löftet bygger på polisens och kommunens gemensamma lägesbild från 2025.',
    level: 1,
  },
  {
    name: 'list of parties with owners and months',
    text: `## Våra lägesbilder
- Granåkers kommuns lägesbild togs fram av trygghetssamordnaren i mars 2024 och visar problem vid torget.
- Lokalpolisområdets lägesbild från februari 2024 visar fler inbrott.`,
    level: 2,
  },
  {
    name: 'owners named after the picture word, in a relative clause and in the passive',
    type: 'medborgarlofte',
    text: `## Vad vi vet
Vi har gått igenom den lägesbild som kommunens säkerhetsenhet tog fram i maj 2026. Den lokala lägesbilden har tagits fram av lokalpolisområdet och visar samma mönster.`,
    level: 2,
  },
  {
    name: "bold labels leading paragraphs that describe each party's picture",
    text: `## Underlag
**Kommunens lägesbild.** Socialförvaltningen sammanställde den i januari 2026 utifrån skolenkäten.

**Polisens lägesbild.** Underrättelsefunktionen i lokalpolisområdet tog fram den i december 2025.`,
    level: 2,
  },
  {
    name: 'labels alone, with nothing said about either picture',
    text: `## Underlag
**Kommunens lägesbild.** Finns hos kommunen.

**Polisens lägesbild.** Finns hos polisen.`,
    level: 1,
    advice: ['no-substance'],
  },
  {
    name: "a heading naming the kommun's picture over a paragraph saying there is none",
    text: `## Polisens lägesbild
Polisen tog fram sin lokala lägesbild i oktober 2025. Den visar fler rån.
## Kommunens lägesbild
Kommunen har ännu inte tagit fram någon egen lägesbild. Trygghetsmätningen 2024 har använts som underlag.`,
    level: 1,
    advice: ['kommun-missing'],
  },
  {
    name: 'owner labels followed by a colon in a two-column table',
    text: `## Lägesbilder
| Vad vi har kommit överens om | Hur vi gör det |
|---|---|
| Vi bygger på två lägesbilder. | Kommunen: Lägesbild trygghet 2025, framtagen av säkerhetsavdelningen i oktober 2025. |
| | Polisen: den lokala lägesbilden från september 2025, som visar fler rån. |`,
    level: 2,
  },
  {
    name: "police information summarised in the kommun's picture, and a police picture still to come",
    text: `## Underlag
Överenskommelsen bygger på kommunens lägesbild från oktober 2025, som visar fler rån. Polisens underrättelseinformation, som sammanfattats i kommunens lägesbild, visar en grupp unga säljare. Polisens lokala lägesbild väntas under våren 2026.`,
    level: 1,
    advice: ['polis-missing'],
  },
  {
    name: 'lägesbild without owner',
    text: 'Överenskommelsen bygger på den lägesbild som togs fram under 2024.',
    level: 1,
    advice: ['no-owner'],
  },
  {
    name: 'only the police lägesbild',
    text: '## Bakgrund\nArbetet utgår från polisens lokala lägesbild för Sjöhaga, som visar att klottret ökar.',
    level: 1,
    advice: ['kommun-missing'],
  },
  {
    name: 'only a reference to a bilaga not attached',
    text: '## Underlag\nÖverenskommelsen bygger på den gemensamma lägesbilden i bilaga 1.',
    level: 1,
  },
  {
    name: 'a joint lägesbild is not a lägesbild of each party',
    text: 'Kommunen och polisen har en gemensam lägesbild från 2025 som visar fler rån.',
    level: 1,
  },
  {
    name: 'a picture that is still to be made',
    text: '## Inriktning\nFokusområdena fastställs av rådet när den gemensamma lägesbilden är klar.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'no lägesbild at all',
    text: '## Syfte\nParterna ska samverka för ett tryggare Björkvik.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'lägesbild only as a commitment to produce one',
    text: '## Åtaganden\nKommunen åtar sig att ta fram kommunens lägesbild varje år.\n\nPolisen ska ta fram polisens lokala lägesbild.',
    level: 0,
  },
  {
    name: 'general police knowledge is no lägesbild',
    text: 'Polisen har god kunskap om brottsligheten i Västerlid och kommunen känner sina invånare.',
    level: 0,
  },
  {
    name: 'the picture is only kept in the agreement',
    type: 'aktivitetsplan',
    text: `# Handlingsplan 2027
Planen bygger på den gemensamma lägesbilden i samverkansöverenskommelsen.`,
    level: 1,
  },
  {
    name: 'a förvaltning owns the municipal picture (heading) and the police picture is dated',
    text: `# Överenskommelse Norrstrand
## Parternas lägesbilder
### Socialförvaltningens lägesbild
Socialförvaltningens lägesbild Unga i Norrstrand 2025 togs fram av förebyggandeenheten och redovisades för nämnden i maj 2025.
### Polisens lokala lägesbild
Polisens lokala lägesbild för Norrstrand är från augusti 2025 och visar fler rån mot unga.`,
    level: 2,
  },
  {
    name: 'the stad owns the picture in prose',
    text: 'Stadens lägesbild från mars 2024 visar att otryggheten ökar, och polisens lägesbild från april 2024 pekar på fler inbrott.',
    level: 2,
  },
  {
    name: 'each party made its own picture, described in sentences led by the party',
    text: `Inför överenskommelsen tog vi fram var sin lägesbild. Kommunens trygghetssamordnare skrev under våren 2024 rapporten Trygghet i Åsby, som bygger på skolenkäten. Polisen sammanställde i maj 2024 sin bild utifrån anmälda brott.`,
    level: 2,
  },
  {
    name: 'each party made its own picture, but only the kommun is described',
    text: `Inför överenskommelsen tog vi fram var sin lägesbild. Kommunens trygghetssamordnare skrev under våren 2024 rapporten Trygghet i Åsby. Vi har sedan jämfört bilderna.`,
    level: 1,
    advice: ['polis-missing'],
  },
  {
    name: 'a förvaltning named without a lägesbild of its own',
    text: 'Polisens lokala lägesbild från 2025 visar fler inbrott. Tekniska förvaltningen sköter belysningen.',
    level: 1,
    advice: ['kommun-missing'],
  },
  {
    name: 'a picture the kommun has not made yet is no lägesbild',
    text: `# Samarbete i Norrvik

## Bakgrund
Det förekommer stölder ur båthus och bilar som kör för fort. Någon egen lägesbild har kommunen ännu inte hunnit ta fram, men vi vet vad invånarna oroar sig för.`,
    level: 0,
  },
  {
    name: 'each party’s picture as a bold label over list items that date and sum it up',
    text: `# Överenskommelse Sjöbyn 2026

## Underlag

**Kommunens lägesbild**
- *Trygghetsrapport Sjöbyn 2025*, trygghetsenheten, antagen av KS 2025-09-30
- visar: fler inbrott i fritidshus, otrygghet vid stationen

**Polisens lokala lägesbild**
- *Lokal lägesbild LPO Sjöbyn*, underrättelsefunktionen, augusti 2025
- visar: narkotikaförsäljning vid skolan`,
    level: 2,
  },
  {
    name: "both parties' pictures named, but still to be made",
    text: `## 3. Lägesbild
Överenskommelsen ska bygga på kommunens lägesbild 2026, som säkerhetsavdelningen tar fram under hösten 2026, och på polisens lokala lägesbild, som färdigställs i november 2026.`,
    level: 1,
    advice: ['planned'],
  },
  {
    name: 'only what the law says the kommun must do',
    text: `## 2. Bakgrund
Enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete ska kommunen ta fram en lägesbild och ha en samordningsfunktion.`,
    level: 0,
  },
]);
