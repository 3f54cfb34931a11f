import { k15 } from '../../rules/k15-giltighetstid.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

ruleCases(k15, [
  {
    name: 'ML: deciding after the follow-up which promises apply next year revises the promise',
    type: 'medborgarlofte',
    text: `## Giltighet
Medborgarlöftet gäller från och med den 1 januari till och med den 31 december 2026. Efter uppföljningen i december 2026 tar vi ställning till vilka löften som ska gälla 2027.`,
    level: 2,
  },
  {
    name: 'ML in plain Swedish: a month to decide whether the promise goes on, changes or is replaced',
    type: 'medborgarlofte',
    text: `## Hur länge gäller löftet?
Löftet gäller från 1 juli 2025 till 30 juni 2026.
I maj 2026 bestämmer kommunen och polisen tillsammans om löftet ska fortsätta, ändras eller bytas ut.`,
    level: 2,
  },
  {
    name: 'ML: after the November follow-up the styrgrupp decides on a new promise for next year',
    type: 'medborgarlofte',
    text: 'Löftet gäller från den 1 januari till den 31 december 2026. Efter uppföljningen i november beslutar styrgruppen om ett nytt löfte för 2027.',
    level: 2,
  },
  {
    name: 'a yearly review of the activities, with revision on demand in the same sentence',
    text: 'Överenskommelsen gäller från och med 2026-01-01 till och med 2028-12-31. Aktiviteterna i avsnitt 4 ses över varje år i november efter årsuppföljningen och revideras vid behov av styrgruppen.',
    level: 2,
  },
  {
    name: 'ML in plain words: every December we go through the promise and decide what to change',
    type: 'medborgarlofte',
    text: 'Löftet gäller från den 1 januari 2026 till den 31 december 2027. Varje år i december går vi igenom löftet och uppföljningen. Sedan bestämmer vi vad som ska ändras för nästa år.',
    level: 2,
  },
  {
    name: 'each January the parties change what needs changing',
    text: 'Överenskommelsen gäller från den 1 januari 2026 till och med den 31 december 2028. Varje år i januari, när vi har gått igenom resultaten, ändrar vi det som behöver ändras i åtgärderna.',
    level: 2,
  },
  {
    name: 'årlig revidering som får ändra prioriteringarna',
    text: 'Överenskommelsen gäller från och med den 1 januari 2026 till och med den 31 december 2029. Den revideras varje år i november utifrån uppföljningen, och då kan fokusområdena ändras.',
    level: 2,
  },
  {
    name: 'ML: löftet gäller ett år och nya löften tas fram efter uppföljningen',
    type: 'medborgarlofte',
    text: '## Giltighet\n\nLöftet gäller 1 januari – 31 december 2027. Efter uppföljningen i december tas nya löften för 2028 fram.',
    level: 2,
  },
  {
    name: 'SÖ: att ett nytt medborgarlöfte tas fram varje år är ingen revidering av överenskommelsen',
    text: '## Giltighet\n\nÖverenskommelsen gäller 2026–2029. Ett nytt medborgarlöfte tas fram varje år.',
    level: 1,
  },
  {
    name: 'period och en aktivitetsdel som ses över varje november',
    text: '## Giltighet\n\n- 1 jan 2026 – 31 dec 2028\n- Aktivitetsdelen ses över varje november efter årsuppföljningen',
    level: 2,
  },
  {
    name: 'åtgärdstabellen revideras efter varje halvårsuppföljning',
    text: 'Överenskommelsen gäller från och med den 1 januari 2026 till och med den 31 december 2027. Åtgärdstabellen i avsnitt 5 stäms av och revideras efter varje halvårsuppföljning.',
    level: 2,
  },
  {
    name: 'förlängning med nya datum och översyn hösten 2026',
    text: '## Beslut\n\n- att överenskommelsen från den 3 april 2022 förlängs att gälla från och med den 1 januari 2026 till och med den 31 december 2027,\n- att överenskommelsen ses över när lägesbilden har uppdaterats hösten 2026.',
    level: 2,
  },
  {
    name: 'datum och årlig revidering efter uppföljningen',
    text: `## Giltighetstid och revidering

Överenskommelsen gäller från och med den 1 januari 2026 till och med den 31 december 2028. Handlingsplanen revideras varje år efter uppföljningen.`,
    level: 2,
  },
  {
    name: 'från undertecknandet och översyn varje höst',
    text: 'Överenskommelsen gäller från undertecknandet till och med 31 december 2027. Den ses över varje höst i samband med den årliga uppföljningen.',
    level: 2,
  },
  {
    name: 'tills vidare med fast översyn',
    text: 'Överenskommelsen gäller tills vidare. Parterna ser över överenskommelsen i oktober varje år.',
    level: 2,
  },
  {
    name: 'ettårig plan och ny plan för nästa år',
    type: 'aktivitetsplan',
    text: 'Planen gäller från den 1 januari till den 31 december 2026. En ny handlingsplan för 2027 tas fram under hösten 2026.',
    level: 2,
  },
  {
    name: 'bara perioden',
    text: 'Överenskommelsen gäller under perioden 2025–2027.',
    level: 1,
    advice: ['missing-revision'],
  },
  {
    name: 'period och "ses över vid behov"',
    text: 'Överenskommelsen gäller från och med den 1 januari 2026 till och med den 31 december 2027. Den kan ses över vid behov.',
    level: 1,
    advice: ['only-on-demand'],
  },
  {
    name: 'bara en revidering, ingen period',
    text: 'Aktivitetsplanen revideras varje år i december.',
    level: 1,
    advice: ['missing-period'],
  },
  {
    name: 'medborgarlöfte för ett år utan revidering',
    type: 'medborgarlofte',
    text: 'Löftet gäller från den 1 januari till den 31 december 2026.',
    level: 1,
  },
  {
    name: 'varken period eller revidering',
    text: 'Kommunen och polisen samverkar kring tryggheten i Granby.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'sammanställningsdatum är ingen giltighetstid',
    text: 'Lägesbilden sammanställdes i november 2025 av samordnaren.',
    level: 0,
  },
  {
    name: 'år i statistik är ingen giltighetstid',
    text: 'Anmälda brott 2019–2024 ökade med tolv procent.',
    level: 0,
  },
  {
    name: 'att gå igenom hur löftet genomförs är uppföljning, inte revidering',
    type: 'medborgarlofte',
    text: '# Medborgarlöfte för Tallnäs 2026\n\nPolisen och kommunen träffas varje kvartal för att gå igenom hur löftet genomförs.',
    level: 1,
    advice: ['missing-revision'],
  },
  {
    name: 'planen tas fram varje år',
    type: 'aktivitetsplan',
    text: '# Aktivitetsplan 2026\n\nPlanen tas fram varje år av samverkansgruppen och fastställs av styrgruppen i december.',
    level: 2,
  },
  {
    name: 'period och åtgärdstabellen revideras varje år',
    text: 'Överenskommelsen gäller från och med den 1 februari 2026 till och med den 31 januari 2029. Åtgärdstabellen revideras varje år efter uppföljningen.',
    level: 2,
  },
  {
    name: 'period och en halvtidsöversyn av fokusområden',
    text: 'Överenskommelsen gäller från och med den 1 januari 2025 till och med den 31 december 2028. Våren 2027 görs en halvtidsöversyn av fokusområden och målnivåer.',
    level: 2,
  },
  {
    name: 'att insatserna utvärderas är uppföljning, inte revidering',
    text: 'Överenskommelsen gäller från och med den 1 januari 2025 till och med den 31 december 2028. Insatserna utvärderas varje år.',
    level: 1,
    advice: ['missing-revision'],
  },
  {
    name: 'en statistiktabell som uppdateras är ingen revidering',
    text: 'Överenskommelsen gäller från och med den 1 januari 2025 till och med den 31 december 2028. Statistiktabellen uppdateras varje år.',
    level: 1,
    advice: ['missing-revision'],
  },
  {
    name: 'insatserna ses över bara vid behov',
    text: 'Överenskommelsen gäller från och med den 1 januari 2025 till och med den 31 december 2028. Insatserna ses över vid behov.',
    level: 1,
    advice: ['only-on-demand'],
  },
  {
    name: 'en bilagas hänvisning till överenskommelsens år är ingen egen period',
    text: '# Bilaga 1 Problembild\n\nTill samverkansavtal mellan Alby kommun och Polisen 2024–2026\n\nSammanställd i oktober 2023 av samordnaren.',
    level: 0,
  },
  {
    name: 'punktlista under Giltighet: datum och "Revideras årligen" utan subjekt',
    text: '## Giltighet\n\n- 2026-02-01 – 2029-01-31\n- Revideras årligen efter uppföljningen i november',
    level: 2,
  },
  {
    name: 'punktlista: bara datum och "Ses över vid behov"',
    text: '## Giltighet\n\n- 2026-02-01 – 2029-01-31\n- Ses över vid behov',
    level: 1,
    advice: ['only-on-demand'],
  },
  {
    name: 'den första aktivitetsplanen för startåret är ingen revidering',
    text: 'Överenskommelsen gäller från den 1 januari 2027 till och med den 31 december 2029. Insatserna ska tas fram i en aktivitetsplan för 2027, som ska vara klar under våren 2027.',
    level: 1,
    advice: ['missing-revision'],
  },
  {
    name: 'en ny aktivitetsplan för året efter är en revidering',
    text: 'Överenskommelsen gäller från den 1 januari 2027 till och med den 31 december 2029. En ny aktivitetsplan för 2028 tas fram under hösten 2027.',
    level: 2,
  },
  {
    name: 'a fixed revision clause holds beside one "vid behov"',
    text: `## 13. Giltighet och revidering
- Gäller 2026-01-01 – 2028-12-31
- Genomgång varje november: åtgärderna revideras efter årsuppföljningen, målen justeras vid behov`,
    level: 2,
  },
  {
    name: 'ML: a yearly review recommended nationally is not this promise’s revision',
    type: 'medborgarlofte',
    text: `## Varför gör vi medborgarlöften i hela landet?
Nationellt rekommenderas att medborgarlöften ses över varje år.

## Giltighet
Löftet gäller från den 1 januari 2026 till och med den 31 december 2027.`,
    level: 1,
  },
  {
    name: 'a period and its tables of commitments revised every November',
    text: `## Giltighetstid och revidering
Överenskommelsen gäller från och med den 1 januari 2026 till och med den 31 december 2029. Tabellerna med åtaganden i avsnitt 5 gås igenom och revideras varje år i november efter den årliga uppföljningen.`,
    level: 2,
  },
  {
    name: 'a period and a new table of activities drawn up each November',
    text: `## Hur länge gäller överenskommelsen?
Överenskommelsen gäller från och med den 1 januari 2026 till och med den 31 december 2029. Varje år i november går trygghetsrådet igenom uppföljningen, och vi tar fram en ny aktivitetstabell för nästa år.`,
    level: 2,
  },
  {
    name: 'the first plan, due by a date in the first year, is no renewal',
    text: `## Giltighetstid
Överenskommelsen gäller från den 1 januari 2027 till och med den 31 december 2029. Konkreta åtgärder beslutas i en aktivitetsplan som tas fram av parterna senast i mars 2027. Den ses över vid behov.`,
    level: 1,
    advice: ['only-on-demand'],
  },
  {
    name: 'a plan drawn up by March every year is',
    text: `## Giltighetstid
Överenskommelsen gäller från den 1 januari 2027 till och med den 31 december 2029. Konkreta åtgärder beslutas i en aktivitetsplan som tas fram av parterna senast i mars varje år.`,
    level: 2,
  },
  {
    name: 'ML: a year-long promise whose follow-up decides the promises for next year',
    type: 'medborgarlofte',
    text: `## Hur länge gäller löftet?
Löftet gäller från den 1 januari till den 31 december 2026. Efter uppföljningen i december bestämmer vi tillsammans vilka löften vi ger för 2027.`,
    level: 2,
  },
  {
    name: 'ML: the same promise without a word on what comes after',
    type: 'medborgarlofte',
    text: `## Hur länge gäller löftet?
Löftet gäller från den 1 januari till den 31 december 2026. Vi berättar om löftena för 2026 på kommunens webbplats.`,
    level: 1,
  },
  {
    name: 'ML: the pictures "uppdaterades i oktober 2025" is a revision done, not a plan for one',
    type: 'medborgarlofte',
    text: `## Om löftet
Löftet gäller från den 1 januari till och med den 31 december 2026. Löftet bygger på polisens och kommunens lägesbilder, som båda uppdaterades i oktober 2025.`,
    level: 1,
  },
]);
