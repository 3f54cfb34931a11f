import { k09 } from '../../rules/k09-aktivitetsplan.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

ruleCases(k09, [
  {
    name: 'table with Åtgärd, Ansvarig and När for every row',
    text: `## Aktivitetsplan 2026
| Åtgärd | Ansvarig | När |
|---|---|---|
| Ny belysning i gångtunneln | Tekniska förvaltningen, gatuenheten | Klart senast 30 april 2026 |
| Fältassistenter i centrum | Socialförvaltningen, fältgruppen | Fredag och lördag kl. 19–23 |
| Riktade kontroller mot buskörning | Polisen, trafikgruppen | Minst sex gånger under maj–augusti |`,
    level: 2,
  },
  {
    name: 'ML list: subject, action and time in each promise',
    type: 'medborgarlofte',
    text: `## Våra löften
- Polisen patrullerar till fots vid torget varje fredag kl. 20–24.
- Kommunens gatuenhet byter belysningen i Ekparken senast den 31 mars 2026.
- Fritidsgården i Backa håller öppet till kl. 23 på lördagar under hela läsåret.`,
    level: 2,
  },
  {
    name: 'promises with a lead-in and Ansvarig labels',
    type: 'medborgarlofte',
    text: `## Löfte 1 – Tryggare bussterminal
Vi lovar att
- vara på plats vid terminalen två kvällar i veckan under hösten 2026. Ansvarig: Polisen.
- röja buskage runt terminalen senast i maj 2026. Ansvarig: Kommunens parkenhet.`,
    level: 2,
  },
  {
    name: 'running text without headings, owners and times in each sentence',
    text: 'Kommunen och polisen i Fjällby har kommit överens om följande för 2026. Polisen ska genomföra trafikkontroller vid skolorna varje måndag under terminerna. Kommunen ska bygga om korsningen vid torget senast i augusti 2026.',
    level: 2,
  },
  {
    name: 'Vad/Vem/När table with owners of any kind',
    text: `## Handlingsplan
| Vad | Vem | När |
|---|---|---|
| Kameror vid cykelgaraget | Fastighetsavdelningen | Hösten 2026 |
| Grannsamverkan i Ekbacken | Kommunpolisen | Start mars 2026 |`,
    level: 2,
  },
  {
    name: 'commitments without times',
    text: `## Åtaganden
Kommunen åtar sig att
- genomföra trygghetsvandringar,
- sanera klotter.

Polisen åtar sig att
- prioritera synlig närvaro i centrum.`,
    level: 1,
    advice: ['needs-time'],
  },
  {
    name: 'activities without owners',
    text: `## Aktiviteter
Parterna ska genomföra följande aktiviteter:
- trafikkontroller vid skolorna under våren,
- informationsträffar för äldre i oktober,
- gemensamma insatser vid behov.`,
    level: 1,
    advice: ['needs-owner'],
  },
  {
    name: 'table with owners but no times, plan referred to',
    text: `## Åtgärder
Tid och omfattning anges i den årliga aktivitetsplanen (bilaga 2).

| Åtgärd | Ansvarig part |
|---|---|
| Föräldraträffar i årskurs 8 | Kommunen |
| Riktade insatser mot langning | Polisen |`,
    level: 1,
    advice: ['referenced-not-attached'],
  },
  {
    name: 'half the rows incomplete',
    text: `## Aktiviteter 2026
| Aktivitet | Ansvarig | När |
|---|---|---|
| Trygghetsvandring i Norra Berg | Samordnaren | April |
| Föräldravandringar | | |
| Hastighetsmätning på Storgatan | Samhällsbyggnadsförvaltningen | |
| Informationsbrev om inbrottsskydd | Kommunpolisen | Maj |`,
    level: 1,
  },
  {
    name: 'only an announced plan',
    text: `## Genomförande
En handlingsplan med konkreta aktiviteter tas fram varje år av samordnaren.`,
    level: 1,
    advice: ['intentions-only'],
  },
  {
    name: 'no measures',
    text: `## Syfte
Överenskommelsen ska ge en gemensam inriktning för arbetet i Storvik.`,
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'picture only',
    text: `## Lägesbild
Under 2025 anmäldes 310 brott i Tallby, jämfört med 280 året innan.`,
    level: 0,
  },
  {
    name: 'organisation text without measures',
    text: `## Organisation
Samverkan sker i det lokala brottsförebyggande rådet, som möts fyra gånger per år.`,
    level: 0,
  },
  {
    name: 'promises in a list under a heading of their own words',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte 2027
## Det här lovar vi dig
- Polisen lovar att patrullera till fots vid torget minst två kvällar i veckan.
- Kommunen lovar att laga belysningen i parken senast den 31 maj 2027.
- Kommunen lovar att fältassistenterna finns vid skolan varje fredag kväll.`,
    level: 2,
  },
]);
