import { k17 } from '../../rules/k17-medborgarlofte-och-kommunikation.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

ruleCases(k17, [
  {
    name: 'the previous period’s promises and none this year, with a communication plan',
    text: `## 10 Medborgarlöften och kommunikation
Under förra perioden tog parterna fram medborgarlöften varje år. Parterna har kommit överens om att inte ta fram några nya medborgarlöften under 2026.

Kommunens kommunikationsavdelning ansvarar tillsammans med polisens kommunikatör för kommunikationen enligt en kommunikationsplan.`,
    level: 1,
    advice: ['missing-promise'],
  },
  {
    name: 'aktivitetsplan: the communication plan is a row the plan has dropped ("Stryks")',
    type: 'aktivitetsplan',
    text: `## Aktiviteter
| Nr | Aktivitet | Ansvarig | Status |
|---|---|---|---|
| 4.2 | Medborgarlöfte 2026 Trygg i Norrby | LPO Örnsala | Pågår |
| 4.3 | Gemensam kommunikationsplan för överenskommelsen | Kommunikationsenheten | Stryks |`,
    level: 1,
  },
  {
    name: 'a revision: the communication plan it strikes ("Utgår:") is gone, the promise it adds ("Ny text:") counts',
    text: `## 13. Medborgarlöften och kommunikation
Parterna tecknar ett medborgarlöfte varje år. **Ny text:** Medborgarlöftet för 2026 gäller tryggheten i Hamnområdet och undertecknades den 24 februari 2026.

**Utgår:** Kommunikationsenheten och polisens kommunikatör tar fram en gemensam kommunikationsplan för överenskommelsen och medborgarlöftet.`,
    level: 1,
  },
  {
    name: "a draft's bracketed note that the medborgarlöfte is to come is no medborgarlöfte",
    text: `## Medborgarlöften och kommunikation
[Medborgarlöfte – ska kompletteras.]

Kommunens kommunikationschef ansvarar för att överenskommelsen kommuniceras och tar fram en kommunikationsplan.`,
    level: 1,
  },
  {
    name: 'SÖ: medborgarlöften in the whole country are not this agreement’s',
    text: 'Polisen har sedan 2016 arbetat med samverkansöverenskommelser och medborgarlöften i hela landet. Parterna ses två gånger per år.',
    level: 0,
  },
  {
    name: 'aktivitetsplan: en insats med rubriken Medborgarlöfte, ingen kommunikation',
    type: 'aktivitetsplan',
    text: '## Insatser\n\n### Insats 4: Medborgarlöfte för Åsen 2026\n\nAnsvarig: kommunpolisen\n\nTidplan: antas i april 2026',
    level: 1,
  },
  {
    name: 'SÖ: årliga medborgarlöften och gemensam kommunikationsplan',
    text: `## Medborgarlöften och kommunikation

Utifrån överenskommelsen ger kommunen och polisen varje år ett medborgarlöfte. Kommunens kommunikationsavdelning och polisens kommunikatör tar fram en gemensam kommunikationsplan.`,
    level: 2,
  },
  {
    name: 'SÖ i prosa: löfte hösten 2026 och kommunikationsansvarig',
    text: 'Det första medborgarlöftet tas fram hösten 2026. Kommunikationschefen ansvarar för att resultaten når invånarna.',
    level: 2,
  },
  {
    name: 'ML: överenskommelse, publicering och återkoppling',
    type: 'medborgarlofte',
    text: `Löftet är en del av samverkansöverenskommelsen för Norrvik 2025–2028.

## Så får du veta hur det går

Löftet publiceras på norrvik.se. I februari redovisar vi resultatet vid ett öppet möte.`,
    level: 2,
  },
  {
    name: 'ML: nyhetssida som redovisar vad som blev gjort på webbplatserna',
    type: 'medborgarlofte',
    text: `Medborgarlöftet är en del av samverkansöverenskommelsen mellan Åby kommun och lokalpolisområde Åby 2025–2028. Löftet publiceras här på polisen.se och på aby.se. I december 2026 redovisar vi på båda webbplatserna vad som blev gjort.`,
    level: 2,
  },
  {
    name: 'aktivitetsplan: medborgarlöfte och kommunikatör',
    type: 'aktivitetsplan',
    text: '| Nr | Aktivitet | Ansvarig |\n|---|---|---|\n| 1 | Ta fram medborgarlöfte för 2027 | Samordnaren |\n| 2 | Informera invånarna om planen | Kommunens kommunikatör |',
    level: 2,
  },
  {
    name: 'SÖ: bara medborgarlöften',
    text: 'Utifrån överenskommelsen tar kommunen och polisen fram gemensamma medborgarlöften.',
    level: 1,
    advice: ['missing-communication'],
  },
  {
    name: 'SÖ: bara kommunikationsplan',
    text: 'En kommunikationsplan tas fram av beredningsgruppen.',
    level: 1,
    advice: ['missing-promise'],
  },
  {
    name: 'ML: bara överenskommelsen',
    type: 'medborgarlofte',
    text: 'Medborgarlöftet är en del av samverkansöverenskommelsen mellan Älvdals kommun och polisen.',
    level: 1,
    advice: ['missing-publication', 'missing-feedback'],
  },
  {
    name: 'SÖ: inget om löften eller kommunikation',
    text: 'Kommunen och polisen samverkar kring trafiksäkerhet i Granby.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'ML: inget om överenskommelse, publicering eller återkoppling',
    type: 'medborgarlofte',
    text: 'Polisen lovar att genomföra 20 hastighetskontroller i Sjöby under året.',
    level: 0,
  },
  {
    name: 'aktivitetsplan utan löfte och kommunikation',
    type: 'aktivitetsplan',
    text: '| Åtgärd | Ansvarig |\n|---|---|\n| Belysning | Gatuenheten |',
    level: 0,
  },
  {
    name: 'SÖ: resultaten redovisas för invånarna men inget medborgarlöfte',
    text: 'Uppföljningen redovisas för kommunstyrelsen och publiceras på kommunens webbplats.',
    level: 1,
    advice: ['missing-promise'],
  },
  {
    name: 'ML: resultat i trygghetsmätningen är ingen återkoppling',
    type: 'medborgarlofte',
    text: 'Resultaten från trygghetsmätningen visar att många är otrygga i parken.',
    level: 0,
  },
  {
    name: 'SÖ: kommunikationsplan utlovad utan ägare',
    text: 'Utifrån överenskommelsen ges medborgarlöften varje år. En kommunikationsplan ska tas fram under 2026.',
    level: 1,
    advice: ['missing-communication'],
  },
  {
    name: 'SÖ: någon kommunikationsplan finns inte',
    text: 'Någon kommunikationsplan finns inte. Kommunen och polisen samverkar i Granby.',
    level: 0,
  },
  {
    name: 'SÖ: a plan only to be considered, and one from the previous agreement, are no plan',
    text: `Parterna tar fram ett gemensamt medborgarlöfte varje år. I den föregående överenskommelsen fanns en kommunikationsplan. Under 2026 ser vi över om det behövs en ny kommunikationsplan.`,
    level: 1,
    advice: ['missing-communication'],
  },
  {
    name: 'SÖ: a reading guide promising the plan is no plan',
    text: `**Läsanvisning**

- Kapitel 5 – hur vi följer upp och kommunicerar arbetet, inklusive kommunikationsplanen.

## Medborgarlöften
Parterna tar fram ett gemensamt medborgarlöfte varje år.`,
    level: 1,
    advice: ['missing-communication'],
  },
  {
    name: 'ML: only a way to reach the parties, through the kommun’s website',
    type: 'medborgarlofte',
    text: `## Kontakt
- Kommunpolis Emma Lind, lokalpolisområde Vallby
- Frågor om löftena: kontakta oss via vallby.se eller 114 14`,
    level: 0,
  },
]);
