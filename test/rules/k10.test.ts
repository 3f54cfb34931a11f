import { k10 } from '../../rules/k10-roller-och-ansvar.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

ruleCases(k10, [
  {
    name: "formal 'Det åligger kommunen att' and 'Det åligger Polismyndigheten att' lists are each party's own commitments",
    text: `## §7 Parternas åtaganden
Det åligger kommunen att

- genom socialförvaltningen erbjuda föräldrastöd till familjer i Norrhagen,
- genom tekniska förvaltningen åtgärda belysningen i gångtunnlarna under 2027.

Det åligger Polismyndigheten att

- avdela en kommunpolis som kontaktperson,
- genomföra riktade kontroller vid resecentrum under helgkvällar.`,
    level: 2,
  },
  {
    name: 'ML: the kommun only backing the police’s work has no commitment of its own',
    type: 'medborgarlofte',
    text: `## Vad vi gör
Jonsryds kommun stödjer polisens arbete i centrum.

Polisen lovar att:
- synas mer vid bussterminalen på helgkvällar
- göra kontroller mot narkotikaförsäljning varje vecka`,
    level: 1,
  },
  {
    name: 'commitments per party under lead-ins',
    text: `## Parternas åtaganden
Kommunen åtar sig att
- utse en samordnare,
- sanera klotter inom två dygn.

Polisen åtar sig att
- ta fram den lokala lägesbilden varje år.`,
    level: 2,
  },
  {
    name: 'owner column spanning kommun and polis',
    text: `## Aktivitetsplan
| Åtgärd | Ansvarig | När |
|---|---|---|
| Belysning vid stationen | Tekniska förvaltningen | Maj 2026 |
| Närvaro vid stationen | Polisen, ingripandeverksamheten | Fredagar kl. 21–02 |`,
    level: 2,
  },
  {
    name: 'ML promises by each party',
    type: 'medborgarlofte',
    text: `## Våra löften
- Polisen lovar att patrullera vid skolan varje morgon under september.
- Kommunen lovar att bygga ett övergångsställe vid skolan senast i augusti 2026.`,
    level: 2,
  },
  {
    name: 'prose commitments',
    text: `## Ansvarsfördelning
Socialförvaltningen ansvarar för SSPF-arbetet. Polisen ansvarar för de riktade insatserna mot narkotikaförsäljning.`,
    level: 2,
  },
  {
    name: 'running text: each party says what it will do',
    type: 'medborgarlofte',
    text: 'Polisen ska patrullera vid skolan varje morgon i september. Kommunen ska bygga ett övergångsställe senast i augusti 2026.',
    level: 2,
  },
  {
    name: 'both parties named only together, as one subject',
    text: `## Så arbetar vi
Kommunen och polisen ska hålla varandra informerade om läget. Kommunen och polisen ska träffas varje kvartal.`,
    level: 1,
  },
  {
    name: 'only joint responsibility',
    text: `## Ansvar
Parterna ansvarar gemensamt för att aktiviteterna genomförs.`,
    level: 1,
    advice: ['general-only'],
  },
  {
    name: 'all commitments are the police',
    type: 'medborgarlofte',
    text: `## Polisens löften
- Polisen genomför 30 hastighetskontroller under året.
- Kommunpolisen finns på biblioteket första måndagen varje månad.

## Kommunens roll
Kommunen har tagit del av löftet och bidrar genom sitt ordinarie arbete.`,
    level: 1,
    advice: ['one-party-only'],
  },
  {
    name: 'activities with no named owners',
    text: `## Aktiviteter
Parterna ska genomföra följande aktiviteter:
- trygghetsvandringar,
- informationsträffar.`,
    level: 1,
    advice: ['general-only'],
  },
  {
    name: 'nothing about responsibility',
    text: `## Lägesbild
Otryggheten i Vallby centrum har ökat enligt trygghetsmätningen 2025.`,
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'who compiled a report is not a division of responsibility',
    text: `## Om rapporten
Säkerhetsenheten har sammanställt rapporten. Polisen har bidragit med statistik.`,
    level: 0,
  },
  {
    name: 'a past collaboration is not a commitment',
    text: `## Bakgrund
Kommunen och polisen har samarbetat sedan 2016 i frågor om ordning.`,
    level: 0,
  },
  {
    name: 'an agreement in running text: "Kommunen tar ansvar för …, och polisen för …"',
    text: `# Tryggare Åsby

Vi har valt två problem och satt upp mål. Kommunen tar ansvar för fältarbetet och belysningen i parken, och polisen för kontrollerna och utbildningen av kontaktombuden.`,
    level: 2,
  },
  {
    name: 'action plan in prose: named förvaltningar and the police each with tasks',
    type: 'aktivitetsplan',
    text: `# Handlingsplan 2027 för Lillby

## 1. Unga

Fritidsförvaltningen ansvarar för att ungdomsgården har öppet på fredagar.

Polisen genomför två föräldramöten på Lillbyskolan under våren.`,
    level: 2,
  },
  {
    name: 'joint responsibility and one vague line per party',
    text: `## Ansvar
Parterna ansvarar gemensamt för att överenskommelsen genomförs.
Polisen ska sträva efter att vara synlig i byarna.
Kommunen ska främja en meningsfull fritid och verka för goda uppväxtvillkor.`,
    level: 1,
    advice: ['general-only'],
  },
  {
    name: 'police outputs only, with the kommun only "ansvarar gemensamt"',
    type: 'medborgarlofte',
    text: `## Vi lovar
- Polisen ska genomföra 30 trafikkontroller under året.
- Polisen ska delta på höstmarknaden i september.

Kommunen och polisen ansvarar gemensamt för löftet.`,
    level: 1,
    advice: ['one-party-only'],
  },
  {
    name: 'a spelt-out acronym names no owners: "SSPF (skola, socialtjänst, polis och fritid)"',
    text: `## Åtgärder
- SSPF (skola, socialtjänst, polis och fritid) för unga som upptäcks med narkotika.
- Föräldraprogram i årskurs 7–9.

## Ansvar
Parterna ansvarar gemensamt för att åtgärderna genomförs.`,
    level: 1,
    advice: ['general-only'],
  },
  {
    name: 'a party’s picture of the problems is not its list of tasks',
    text: `## 2 Kommunens lägesbild
- Trygghetsmätningen 2024: 31 procent känner sig otrygga i centrum.
- Socialtjänstens orosanmälningar om unga ökade från 40 till 66.

## 3 Polisens lägesbild
- Misshandel utomhus har ökat från 41 till 63 anmälda brott.

## 8 Ansvar
Parterna ansvarar gemensamt för samtliga åtgärder.`,
    level: 1,
    advice: ['general-only'],
  },
  {
    name: 'focus-area card: enumerated measures with owners keyed the same way',
    text: `| Fokusområde 1 | Otrygghet i centrum |
|---|---|
| Åtgärder | 1) Ny belysning längs Kanalpromenaden. 2) Korta polispass vid Stortorget fredag och lördag. |
| Ansvar | 1) Samhällsbyggnadsförvaltningen, gatuenheten. 2) LPO Vedtuna, ingripandeverksamheten. |
| Tid | 1) Klart senast 30 september 2026. 2) Hela perioden. |`,
    level: 2,
  },
  {
    name: 'a roles table "Part | Ansvar", a row per förvaltning and the police',
    text: `## 6. Roller och ansvar
| Part | Ansvar |
|---|---|
| Socialförvaltningen | Fältassistenter på kvällar och helger, deltar i SSPF. |
| Samhällsbyggnadsförvaltningen | Belysning och klottersanering i centrum. |
| Lokalpolisområde Åby | Områdespoliser med inriktning på fokusområdena och riktade insatser mot narkotikabrott. |`,
    level: 2,
  },
  {
    name: 'the same table with the police row only',
    text: `## 6. Roller och ansvar
| Part | Ansvar |
|---|---|
| Lokalpolisområde Åby | Områdespoliser med inriktning på fokusområdena och riktade insatser mot narkotikabrott. |`,
    level: 1,
  },
]);
