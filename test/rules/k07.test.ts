import { k07 } from '../../rules/k07-kunskapsbaserade-atgarder.ts';
import { dutiesWithPlan } from '../helpers/one-table.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

const PLAN = `## Åtgärder
| Åtgärd | Orsak | Ansvarig | När |
|---|---|---|---|
| Belysning vid gångbron | Mörk plats | Tekniska förvaltningen | Senast maj 2026 |
| Fältassistenter kvällstid | Få vuxna ute | Socialförvaltningen | Fredagar kl. 19–23 |
| Platsbaserad polisnärvaro | Låg kontroll | Polisen | Lördagar kl. 21–02 |`;

/** Two promises under "Det här lovar vi", the first with its evidence (fictional Åby). */
const promises = (evidence: string) => `## Det här lovar vi

**Löfte 1. Polisen lovar korta pass vid torget.**
Polisen genomför pass på tio minuter vid torget minst tre gånger per kväll fredag och lördag.${evidence} Löftet svarar mot att en liten grupp unga söker sig till torget när få vuxna är där.

**Löfte 2. Kommunen lovar vuxna på plats.**
Kommunen har två fältassistenter på torget fredag och lördag kl. 18–23.`;

ruleCases(k07, [
  {
    name: 'ML: a promise justified by research in its own paragraph, which also says what it answers',
    type: 'medborgarlofte',
    text: promises(
      ' Forskning om brottsliga brännpunkter visar att korta, återkommande pass ger bättre effekt än lång patrullering.',
    ),
    level: 2,
  },
  {
    name: 'ML: the same promises without the research',
    type: 'medborgarlofte',
    text: promises(''),
    level: 1,
    advice: ['not-justified'],
  },
  {
    name: 'standing duties (tillhandahålla lokaler, medverka i arbetet, beakta, bedriva tillsyn enligt lagen) name no method',
    text: `## Parternas åtaganden
Det åligger kommunen att

- tillhandahålla lokaler och administrativt stöd för styrgruppens sammanträden,
- genom socialförvaltningen och kultur- och fritidsförvaltningen medverka i det förebyggande arbetet riktat mot unga,
- genom miljöenheten bedriva tillsyn enligt alkohollagen.

Det åligger Polismyndigheten att

- beakta insatsområdena vid planeringen av verksamheten,
- medverka i beredningsgruppens arbete.`,
    level: 0,
    advice: ['no-method'],
  },
  {
    name: 'a named method among the duties is still a method without justification',
    text: `## Parternas åtaganden
Det åligger kommunen att

- tillhandahålla lokaler för styrgruppens sammanträden,
- starta grannsamverkan i Norrhagen under våren 2027.`,
    level: 1,
  },
  {
    name: "the parties' duties in the agreement's own process name no method",
    text: `## § 7 Parternas åtaganden
7.1 Kommunen åtar sig att

a) årligen uppdatera kommunens lägesbild,

b) ta fram, genomföra och följa upp åtgärdsplanen enligt § 6.

7.2 Polisen åtar sig att

a) tillhandahålla statistik och annat underlag till kommunens lägesbild,

b) genomföra de insatser i åtgärdsplanen som åvilar polisen.`,
    level: 0,
  },
  {
    name: 'a promise to write a handlingsplan later chooses no measure',
    text: `## Åtgärder
Parterna kommer under våren 2026 gemensamt att ta fram en handlingsplan med konkreta aktiviteter inom respektive prioriterat område.`,
    level: 0,
  },
  {
    name: 'Brå’s recommendation to work knowledge-based is no claim of the agreement’s own',
    text: `## Bakgrund
Enligt Brå bör det lokala brottsförebyggande arbetet vara kunskapsbaserat och bygga på samverkan mellan flera aktörer.
## Insatser
Parterna har i nuläget inte kommit överens om några insatser.`,
    level: 0,
  },
  {
    name: 'a justification section per measure, tied to causes',
    text: `${PLAN}

## Val av åtgärder
- Belysning. Brå:s kunskapsöversikter visar att bättre belysning minskar otryggheten. Åtgärden riktas mot orsaken att platsen är mörk.
- Fältassistenter. Arbetssättet är beprövat i flera kommuner och påverkar riskfaktorn att få vuxna finns ute.
- Polisnärvaro. Forskning om brottsliga brännpunkter visar att korta pass på små platser minskar brotten. Den riktas mot den låga kontrollen.`,
    level: 2,
  },
  {
    name: 'prose justifications in the measures section',
    text: `## Insatser
Skolan inför programmet Steg för steg, som har utvärderats i randomiserade studier och stärker skyddsfaktorer hos elever.

Föräldrastödet bygger på en metod som i svenska utvärderingar minskat normbrytande beteende; insatsen riktas mot orsaken låg föräldrainsyn.

Polisen koncentrerar närvaron till torget, eftersom forskning visar att det minskar brott på små platser och påverkar orsaken brist på kontroll.`,
    level: 2,
  },
  {
    name: 'research justifies several measures in a table-based plan',
    text: `${PLAN}

## Motivering
Belysningen följer Brå:s kunskapsöversikt om situationell prevention.

Fältassistenternas arbetssätt är beprövat och riktas mot bristen på vuxna.

Platsbaserad närvaro hör till de mest utvärderade polisiära metoderna enligt forskningen.`,
    level: 2,
  },
  {
    name: 'methods named without justification',
    text: `## Åtgärder
- Polisen genomför trafikkontroller vid skolan.
- Kommunen startar Grannsamverkan i Västerby.`,
    level: 1,
    advice: ['not-justified'],
  },
  {
    name: 'only a general claim of knowledge-based work',
    text: `## Åtgärder
Arbetet ska vara kunskapsbaserat.

- Kommunen ordnar trygghetsvandringar.`,
    level: 1,
    advice: ['claim-only'],
  },
  {
    name: 'justified for one area, habit for the others',
    text: `## Åtgärder
Valet av åtgärder för fokusområde 1 bygger på forskning om brottsliga brännpunkter, som visar att koncentrerad närvaro minskar brott.

För fokusområde 2 och 3 har åtgärderna valts bland de metoder som redan används i kommunen.

- Polisen patrullerar vid torget.
- Kommunen anordnar föräldramöten.`,
    level: 1,
    advice: ['partly-justified'],
  },
  {
    name: 'ML with police outputs only',
    type: 'medborgarlofte',
    text: `## Polisens löften
- Polisen genomför minst 30 hastighetskontroller under året.
- Polisen patrullerar till fots i centrum två kvällar i veckan.`,
    level: 1,
    advice: ['police-outputs-only'],
  },
  {
    name: 'no measures at all',
    text: `## Lägesbild
Anmälda brott i Norrfors har minskat sedan 2020.`,
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'research in the cause analysis is not a justification of measures',
    text: `## Orsaksanalys
Forskning visar att unga som saknar vuxna i närheten oftare begår brott.`,
    level: 0,
  },
  {
    name: 'a report with only background text',
    text: `## Bakgrund
Kommunen genomförde en trygghetsmätning hösten 2025 med 900 svarande.`,
    level: 0,
  },
  {
    name: 'one passage justifies most measures and ties them to causes',
    text: `## Åtgärdsplan
Åtgärderna är valda för att påverka de orsaker som analysen pekar ut. Platsfokuserad polisiär närvaro har i flera utvärderingar visat sig minska brott på små platser, och föräldraprogram och SSPF har stöd i Brås kunskapsöversikter.

| Aktivitet | Orsak som påverkas | Ansvarig | Tidpunkt |
|---|---|---|---|
| Platsfokuserad närvaro vid torget | Få vuxna på plats | Polisen | Tre pass i veckan |
| SSPF för unga med hög frånvaro | Skolfrånvaro | Socialtjänsten | Varje månad |
| Föräldraträffar om droger | Låg föräldrainsyn | Socialtjänsten | Fyra per år |`,
    level: 2,
  },
  {
    name: 'commitments that are only intentions name no method',
    text: `## Åtaganden
Parterna ansvarar gemensamt för att överenskommelsen genomförs.

Polisen ska sträva efter att vara synlig i byarna.

Kommunen ska främja att unga har en meningsfull fritid.`,
    level: 0,
    advice: ['intentions-only'],
  },
  {
    name: 'commitments naming concrete measures without justification',
    text: `## Åtaganden
Polisen ska genomföra riktade trafikkontroller vid skolan varje månad.

Kommunen ska starta SSPF för unga i riskzon.`,
    level: 1,
  },
  {
    name: 'justified by research and chosen to act on the mechanisms analysed',
    text: `## Val av insatser
Insatserna har valts för att påverka de mekanismer som analysen pekar ut.
- Belysning: metaanalyser av gatubelysning visar minskad brottslighet på utsatta platser.
- Platsbunden närvaro: systematiska översikter visar att närvaro på små platser minskar brotten.
- SSPF: metoden har utvärderats i flera kommuner med goda resultat.
## Åtgärder
- Kommunen byter belysning vid torget.
- Polisen patrullerar torget fredagar.
- Socialtjänsten leder SSPF.`,
    level: 2,
  },
  {
    name: 'justified by evaluations, own tried experience and a national recommendation, tied to causes',
    text: `## Val av insatser
Insatserna har valts utifrån vad som är känt om vad som fungerar mot de orsaker analysen pekar ut.
- Låsta soprum: bostadsbolaget har goda erfarenheter av låsta soprum i Norrhagen, där bränderna minskade från 9 till 1.
- Föräldraträffar: polisen i andra lokalpolisområden har sett att personliga träffar når fler än broschyrer.
- Frågor om våld: Socialstyrelsen rekommenderar rutinfrågor för att öka upptäckten.
## Åtgärder
- Bostadsbolaget låser soprummen.
- Polisen håller föräldraträffar.
- Socialtjänsten inför rutinfrågor om våld.`,
    level: 2,
  },
  {
    name: 'one passage of tried experience among unjustified measures',
    text: `## Åtgärder
- Bostadsbolaget låser soprummen; bolaget har goda erfarenheter av det i Norrhagen.
- Polisen håller föräldraträffar.
- Socialtjänsten inför rutinfrågor om våld.`,
    level: 1,
  },
  {
    name: 'ML in prose: a promise justified by evaluations and tied to its cause, among joint promises',
    type: 'medborgarlofte',
    text: `Vi lovar följande. **Löfte 1:** Polisen ska under sommaren 2026 patrullera vid Torgparken fredagar kl. 22–02. Metoden har i utvärderingar visat sig minska våld på platser där brotten är koncentrerade, och löftet svarar mot orsaken att ingen vuxen finns på platsen sent. **Löfte 2:** Kommunen ska senast den 1 juni 2026 förbättra belysningen i Torgparken. **Löfte 3:** Kommunen och polisen ska hålla två föräldravandringar i Torgparken under hösten 2026.`,
    level: 2,
  },
  {
    name: 'ML: what the survey shows about the problem does not justify the promises',
    type: 'medborgarlofte',
    text: `Trygghetsmätningen visar att otryggheten i Åby handlar om torget, och löftet svarar mot den. **Löfte 1:** Polisen ska patrullera på torget fredagar kl. 21–01. **Löfte 2:** Kommunen ska sätta upp ny belysning på torget senast i maj 2026.`,
    level: 1,
    advice: ['not-justified'],
  },
  {
    name: 'keeping each other informed and a wish to promote participation name no method',
    text: `## Så arbetar vi
Parterna ansvarar gemensamt för att överenskommelsen blir verklighet. Kommunen och polisen ska hålla varandra informerade och träffas när det behövs. Vi vill främja invånarnas delaktighet.`,
    level: 0,
    advice: ['no-method'],
  },
  {
    name: 'ML: a justified promise among police-only promises stays partial',
    type: 'medborgarlofte',
    text: `Vi lovar följande. **Löfte 1:** Polisen ska under sommaren 2026 patrullera vid Torgparken fredagar kl. 22–02. Metoden har i utvärderingar visat sig minska våld på platser där brotten är koncentrerade, och löftet svarar mot orsaken att ingen vuxen finns på platsen sent. **Löfte 2:** Polisen ska genomföra tio trafikkontroller vid Torgparken under 2026.`,
    level: 1,
  },
  {
    name: 'activities that name no method: meetings, insatser vid behov, information',
    text: `## Aktiviteter
- Riktade insatser vid behov
- Återkommande möten
- Information till invånarna`,
    level: 0,
    advice: ['no-method'],
  },
  {
    name: 'a named method among generic activities is a method without justification',
    text: `## Aktiviteter
- Riktade insatser vid behov
- Återkommande möten
- Informationskampanj om inbrottsskydd i Västerby`,
    level: 1,
    advice: ['not-justified'],
  },
]);

ruleCases(k07, [
  {
    name: 'measures tied to what the cause analysis shows, with no evidence for the methods',
    type: 'aktivitetsplan',
    text: `## Åtgärder 2026
1. Polisen patrullerar vid torget fredagar kl. 22–03, eftersom orsaksanalysen visar att bråken uppstår när krogarna stänger.
2. Kultur- och fritidsförvaltningen håller Ungdomens hus öppet till kl. 23 på lördagar, eftersom lägesbilden visar att unga saknar en plats att vara på.
3. Tekniska förvaltningen byter belysningen i Lerbyparken senast den 30 juni 2026.`,
    level: 1,
  },
  {
    name: 'the same measures when an evaluation shows that the method works',
    type: 'aktivitetsplan',
    text: `## Åtgärder 2026
1. Polisen patrullerar vid torget fredagar kl. 22–03, eftersom orsaksanalysen visar att bråken uppstår när krogarna stänger; riktad patrullering på platser med många brott har visat effekt i flera utvärderingar.
2. Kultur- och fritidsförvaltningen håller Ungdomens hus öppet till kl. 23 på lördagar; forskning visar att strukturerade fritidsaktiviteter minskar risken för brott.
3. Tekniska förvaltningen byter belysningen i Lerbyparken senast den 30 juni 2026, eftersom studier visar att bättre belysning minskar brotten på platsen.`,
    level: 2,
  },
  {
    name: "the parties' standing duties under the agreement, the measures left to a plan",
    text: dutiesWithPlan('Den första handlingsplanen ska vara klar senast den 31 maj 2027.'),
    level: 0,
    advice: ['no-method'],
  },
]);
