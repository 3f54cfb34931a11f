import { k14 } from '../../rules/k14-uppfoljning.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

ruleCases(k14, [
  {
    name: 'an evaluated method under the choice of measures is no follow-up of this agreement',
    text: `## 7. Val av åtgärder
Mentors in Violence Prevention (MVP) har utvärderats i skolor i USA och Sverige och riktar sig mot normer som accepterar våld. Metoden Ansvarsfull alkoholservering har utvärderats i Sverige och gett färre våldsbrott.

## 13. Uppföljning och dokumentation
[Avsnittet kompletteras när målvärdena är fastställda.]`,
    level: 0,
  },
  {
    name: 'no follow-up is made of this agreement, and the previous one’s follow-up is history',
    text: `## Uppföljning
Någon särskild uppföljning av överenskommelsen görs inte.
## Bakgrund
Den förra överenskommelsen (2021–2023) följdes upp i december 2023. Uppföljningen visade att de flesta åtgärderna hade genomförts men att målen inte gick att mäta.`,
    level: 0,
  },
  {
    name: 'a draft’s placeholder under the heading and a source list expanding LUPP follow nothing up',
    text: `## 9. Uppföljning
[Avsnittet skrivs i utkast 3.]
## Källor
[3] LUPP – lokal uppföljning av ungdomspolitiken, 2019 och 2022.`,
    level: 0,
  },
  {
    name: 'the five steps of Brå’s model, ending in "uppföljning", follow nothing up',
    text: `## Inledning
Överenskommelsen har tagits fram enligt Brås modell i fem steg: organisering, lägesbild, orsaksanalys, åtgärder och uppföljning.
## Uppföljning
[Skrivs när målen är klara.]`,
    level: 0,
  },
  {
    name: 'rubrik och lista: indikatorer, metod, ansvar, frekvens, mottagare och logg',
    text: `## Uppföljning

- Vad som mäts: målens indikatorer och om åtgärderna genomförts.
- Källor: trygghetsmätningen och polisens statistik.
- Metod: utfallet jämförs med utgångsläget.
- Ansvar: samordnaren sammanställer uppföljningen två gånger per år.
- Rapportering: rapporten lämnas till styrgruppen i juni.
- Dokumentation: åtgärderna förs in i en gemensam logg.

## Giltighet

Planen gäller 2026.`,
    level: 2,
  },
  {
    name: 'nested bullets: a report in February to the styrgrupp names its recipient',
    text: `## Uppföljning och dokumentation
- Vad som följs upp
  - målens indikatorer, till exempel anmälda inbrott
- Ansvar
  - samordnarna och kommunpolisen sammanställer uppföljningen gemensamt
- När och till vem
  - årsrapport i februari till styrgruppen och kommunstyrelsen
- Dokumentation
  - styrgruppens beslut protokollförs`,
    level: 2,
  },
  {
    name: 'everything but documentation, which is said not to be decided yet',
    text: `## Hur vet vi att det fungerar?
Trygghetssamordnaren och kommunpolisen sammanställer indikatorerna från trygghetsmätningen och polisens statistik i januari varje år och jämför dem med målvärdena. Resultatet redovisas för kommunstyrelsen i februari. Hur arbetet och uppföljningen ska dokumenteras har vi ännu inte bestämt.`,
    level: 1,
    advice: ['missing-documentation'],
  },
  {
    name: 'prosa utan rubriker',
    text: 'Uppföljningen görs årligen av trygghetssamordnaren, som sammanställer indikatorerna från skolenkäten och jämför dem med målvärdena. Uppföljningen redovisas för kommunstyrelsen i mars och diarieförs.',
    level: 2,
  },
  {
    name: 'medborgarlöfte: kvartalsvis genomgång och gemensam rapport',
    type: 'medborgarlofte',
    text: `## Så följer vi upp

Kommunpolisen ansvarar för uppföljningen. Varje kvartal går vi igenom polisens statistik och jämför med målen. Resultatet sammanställs i en rapport som styrgruppen tar del av i december.

## Giltighet

Löftet gäller 2026.`,
    level: 2,
  },
  {
    name: 'bara "följs upp årligen"',
    text: 'Överenskommelsen följs upp årligen.',
    level: 1,
    advice: ['missing-indicators', 'missing-documentation'],
  },
  {
    name: 'bara räkning av genomförda aktiviteter',
    text: 'Samordnaren sammanställer två gånger per år vilka aktiviteter som har genomförts. Sammanställningen lämnas till styrgruppen. Protokoll förs vid mötena.',
    level: 1,
    advice: ['missing-indicators'],
  },
  {
    name: 'indikatorerna finns i en plan som inte är bifogad',
    text: 'Samordnaren sammanställer varje år en uppföljning som redovisas för styrgruppen. Vilka indikatorer som används framgår av aktivitetsplanen. Uppföljningsrapporten diarieförs.',
    level: 1,
    advice: ['missing-indicators'],
  },
  {
    name: 'utlovad uppföljningsplan',
    text: 'En plan för uppföljning ska tas fram under 2026.',
    level: 1,
  },
  {
    name: 'brevets "Så får du veta hur det går" utan innehåll',
    type: 'medborgarlofte',
    text: '## Så får du veta hur det går\n\nVi hör av oss i december och berättar vad vi har hunnit med.',
    level: 1,
  },
  {
    name: 'uppföljningstabell med kolumnen "Redovisas till" och loggbok',
    text: `## Uppföljning
| Vad följs upp | Indikator och underlag | Ansvarig | Hur ofta | Redovisas till |
|---|---|---|---|---|
| Mål 1 | Trygghetsmätningen | Trygghetssamordnaren | Varje år | Styrgruppen |
| Genomförande | Loggboken | Kommunpolisen | Varje månad | Arbetsgruppen |

Loggboken diarieförs vid varje halvårsuppföljning.`,
    level: 2,
  },
  {
    name: 'välordnad uppföljning som bara räknar genomförda aktiviteter',
    text: `## Uppföljning
Samordnaren sammanställer halvårsvis hur många av de planerade aktiviteterna som har genomförts och jämför med målen. Sammanställningen redovisas för styrgruppen. Aktivitetsloggen diarieförs varje kvartal.`,
    level: 1,
    advice: ['missing-indicators'],
  },
  {
    name: 'ingen uppföljning',
    text: 'Kommunen och polisen ska samverka för ett tryggare Björkhamn.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'tabell med åtgärder utan uppföljning',
    text: '| Åtgärd | Ansvarig | När |\n|---|---|---|\n| Trygghetsvandring | Kommunen | April |',
    level: 0,
  },
  {
    name: 'medborgarlöfte utan uppföljning',
    type: 'medborgarlofte',
    text: 'Vi lovar att polisen patrullerar i Sjöby centrum två kvällar i veckan.',
    level: 0,
  },
  {
    name: 'prosa: uppföljningsmeningen följs av vad som sammanställs och till vem',
    text: 'Uppföljningen görs varje halvår. Arbetsgruppen sammanställer antalet bränder och besöksstatistiken och jämför med utgångsläget, och resultatet redovisas för styrgruppen. En årlig uppföljningsrapport diarieförs.\n\nKommunen och polisen ser fram emot samarbetet.',
    level: 2,
  },
  {
    name: 'datakällor som heter rapporter är ingen dokumentationsrutin',
    text: 'Uppföljningen görs varje halvår. Arbetsgruppen sammanställer räddningstjänstens insatsrapporter och jämför med målvärdet, och resultatet redovisas för styrgruppen.\n\nKommunen och polisen ser fram emot samarbetet.',
    level: 1,
    advice: ['missing-documentation'],
  },
  {
    name: 'a paragraph led by a bold label: who collects what, a tertial report to whom, and filing',
    type: 'aktivitetsplan',
    text: `## Inledning

**Status och rapportering.** Samordnaren uppdaterar statusen inför varje möte och hämtar in indikatorvärdena. En tertialrapport lämnas till styrgruppen i april, augusti och december. Rapporterna diarieförs.

## Insatser

Fältarbete på fredagar.`,
    level: 2,
  },
  {
    name: 'the labelled paragraph without a recipient or filing',
    type: 'aktivitetsplan',
    text: `## Inledning

**Status och rapportering.** Samordnaren uppdaterar statusen inför varje möte och hämtar in indikatorvärdena.

## Insatser

Fältarbete på fredagar.`,
    level: 1,
  },
  {
    name: 'indicators of the own goal table named beside a plan that is not attached',
    text: `## Mål
| Mål | Indikator | Utgångsläge | Målvärde |
|---|---|---|---|
| Färre inbrott | Anmälda bostadsinbrott (polisens statistik) | 120 år 2025 | 90 år 2029 |

## Uppföljning
Samordnaren sammanställer uppföljningen varje halvår. Uppföljningen redovisar vilka insatser i aktivitetsplanen som genomförts och indikatorerna i måltabellen, jämförda med utgångsläge och målvärde. Uppföljningen redovisas för kommunstyrelsen och diarieförs.`,
    level: 2,
  },
]);

ruleCases(k14, [
  {
    name: 'a question heading "Hur vet vi …?" over labelled bullets with a documentation routine',
    text: `## Hur vet vi att det fungerar?

- **Vad:** målens indikatorer (trygghetsmätningen och polisens statistik) och om åtgärderna har genomförts.
- **Hur:** varje indikator jämförs med utgångsläget.
- **Vem:** samordnaren och kommunpolisen sammanställer.
- **När:** en rapport i november varje år.
- **Till vem:** rapporten går till styrgruppen.
- **Dokumentation:** genomförda åtgärder förs in i en gemensam åtgärdslogg.`,
    level: 2,
  },
  {
    name: 'the same heading with only a date says little',
    text: `## Hur vet vi att det fungerar?

Vi träffas igen i november 2026.`,
    level: 1,
  },
  {
    name: 'a status kept on the measures only counts activities',
    text: `## Aktiviteter
| Aktivitet | Ansvarig | Status |
|---|---|---|
| Trygghetsvandring | Samordnaren | Klar |

Status uppdateras av samordnaren inför varje möte i BRÅ.`,
    level: 1,
  },
  {
    name: 'an empty follow-up column follows nothing up',
    type: 'aktivitetsplan',
    text: `# Handlingsplan Lunda 2026

## Skolan
| Aktivitet | Ansvarig | Tid | Uppföljning |
|---|---|---|---|
| Föräldramöten om droger | Rektorerna | Hösten 2026 | |
| Rastvärdar | Skolan | Hela året | |`,
    level: 0,
  },
  {
    name: 'research on a method and an empty heading are no follow-up',
    text: `## 7. Åtgärder
Åtgärderna bygger på utvärderade metoder.
- SSPF för unga i riskzon. Utvärderingar av SSPF i flera kommuner visar att samverkansformen ger snabbare insatser.
- Föräldraprogrammet Effekt, som i den ursprungliga utvärderingen i Örebro visat minskat berusningsdrickande.

## 10. Uppföljning

## 11. Underskrifter`,
    level: 0,
  },
  {
    name: 'a follow-up in labelled bullets, the recipients after "Till:"',
    text: `## 11. Uppföljning
- **Vad:** indikatorerna i avsnitt 5 och om åtgärderna har genomförts
- **Källor:** polisens anmälningsstatistik och skolenkäten
- **Vem:** säkerhetssamordnaren och kommunpolisen sammanställer
- **När:** varje år i februari
- **Till:** kommunstyrelsens arbetsutskott och lokalpolisområdets ledningsgrupp
- **Dokumentation:** uppföljningsrapporten diarieförs`,
    level: 2,
  },
  {
    name: 'who follows up named as the subject, a review in the working group as the method',
    text: `## 12. Uppföljning
Samordnaren och kommunpolisen följer upp arbetet varje halvår. Uppföljningen omfattar om insatserna har genomförts och bygger på genomgångar i arbetsgruppen samt på polisens anmälningsstatistik och trygghetsmätningen. Samordnaren för en åtgärdslogg.`,
    level: 2,
  },
  {
    name: 'the same follow-up with no one named and no method',
    text: `## 12. Uppföljning
Arbetet följs upp varje halvår med polisens anmälningsstatistik och trygghetsmätningen. Samordnaren för en åtgärdslogg.`,
    level: 1,
  },
]);
