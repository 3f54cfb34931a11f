import { k11 } from '../../rules/k11-samordning-och-organisation.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

ruleCases(k11, [
  {
    name: 'samordnare och styrgrupp med medlemmar, mandat och mötesrytm under rubriker',
    text: `## Organisation

Kommunens trygghetssamordnare Anna Berg är samordningsfunktion enligt lagen. Kommunpolis Erik Holm är polisens kontaktperson.

**Styrgrupp.** I styrgruppen ingår kommundirektören och lokalpolisområdeschefen. Den fastställer handlingsplanen och möts fyra gånger per år.`,
    level: 2,
  },
  {
    name: 'prosa utan rubriker: beredningsgrupp som träffas varje månad',
    text: 'Arbetet samordnas av kommunens brottsförebyggande samordnare. Beredningsgruppen består av samordnaren, kommunpolisen och skolchefen och träffas en gång i månaden för att planera åtgärderna.',
    level: 2,
  },
  {
    name: 'forum som rubrik med rytm i texten',
    text: `## Lokala brottsförebyggande rådet

Rådet leds av kommunstyrelsens ordförande. Rådet sammanträder i mars, juni och november och beslutar om prioriteringar.

## Samordning

Säkerhetschefen i Granby samordnar arbetet.`,
    level: 2,
  },
  {
    name: 'medborgarlöfte: ägare och uppföljning varje kvartal i beredningsgruppen',
    type: 'medborgarlofte',
    text: 'Kommunpolisen och trygghetssamordnaren ansvarar för löftena. Varje kvartal går de igenom i beredningsgruppen hur löftena har genomförts.',
    level: 2,
  },
  {
    name: 'slide: a forum item with its members, its mandate and rhythm in the items below it',
    text: '## Organisation\n\n- Samordningsfunktion: trygghetssamordnare Eva Berg\n- **Styrgrupp** – kommundirektören (ordf.), LPO-chefen, socialchefen\n  - beslutar om aktivitetsplan och prioriteringar\n  - fyra möten per år',
    level: 2,
  },
  {
    name: 'slide: the same forum item with members only',
    text: '## Organisation\n\n- Samordningsfunktion: trygghetssamordnare Eva Berg\n- **Styrgrupp** – kommundirektören (ordf.), LPO-chefen, socialchefen\n  - möts i Stadshuset',
    level: 1,
  },
  {
    name: 'ML: the kommunpolis named under "Kontakt" is the promise\'s contact',
    type: 'medborgarlofte',
    text: '## Kontakt\n\nKommunpolis Eva Berg, Polisen\nFolkhälsostrateg Ali Nur, Åby kommun\n\n## Underskrifter\n\nLena Holm\nKommunstyrelsens ordförande, Åby kommun',
    level: 1,
    advice: ['ml-follow-up-owner'],
  },
  {
    name: 'a forum named as the lead label of its paragraph, members, rhythm and mandate after it',
    text: '## Governance\n\n**Samordningsfunktion.** Brottsförebyggande samordnare Eva Berg är samordningsfunktion.\n\n**Steering group (styrgrupp).** Kommundirektören (ordförande), lokalpolisområdeschefen och socialchefen. Möts fyra gånger per år. Fastställer den årliga planen.',
    level: 2,
  },
  {
    name: 'bara en samordnare, inga forum',
    text: 'Kommunens folkhälsosamordnare är kontaktperson för överenskommelsen.',
    level: 1,
    advice: ['missing-forum'],
  },
  {
    name: 'bara BRÅ utan mandat eller rytm',
    text: 'Frågor som rör samverkan tas upp i Älvdals BRÅ.',
    level: 1,
    advice: ['missing-function', 'forum-without-mandate'],
  },
  {
    name: 'samordnare och styrgrupp som bara nämns',
    text: '## Organisation\n\nSamordnaren och kommunpolisen håller ihop arbetet. Planen följs upp i styrgruppen.\n\n## Giltighet\n\nPlanen gäller under 2026.',
    level: 1,
    advice: ['forum-without-mandate'],
  },
  {
    name: 'medborgarlöfte med bara kontaktperson',
    type: 'medborgarlofte',
    text: '## Kontakt\n\nKommunpolis Sara Lind i Fjällsta är kontaktperson för löftet.',
    level: 1,
    advice: ['ml-follow-up-owner'],
  },
  {
    name: 'ML: rådet som bara tar emot uppföljningen äger inte löftet',
    type: 'medborgarlofte',
    text: '## Så följer vi upp\n\nVi går igenom löftena i juni. Uppföljningen redovisas för Västerå brottsförebyggande råd och publiceras på kommunens webbplats.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'ML: kommunpolisen som bara nämns i dialogen äger inte löftet',
    type: 'medborgarlofte',
    text: '## Varför just här?\n\nI mars stod kommunpolisen och kommunens personal med ett tält på torget.\n\n## Hur följer vi upp?\n\nPolisen och kommunen stämmer av löftena tillsammans.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'ML: bara en kontaktperson för frågor om löftet',
    type: 'medborgarlofte',
    text: 'Har du frågor om löftet? Hör av dig till kommunpolisen Maja Lind.',
    level: 1,
  },
  {
    name: 'ingen samordning alls',
    text: 'Kommunen och polisen vill att fler ska känna sig trygga i Västerå. Åtgärderna genomförs under året.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'Brå som nationell myndighet är inget forum',
    text: 'Arbetet följer Brottsförebyggande rådets (Brå) arbetssätt och Brå:s kunskapsöversikter.',
    level: 0,
  },
  {
    name: 'tabell med åtgärder utan samordning',
    text: '| Åtgärd | Ansvarig |\n|---|---|\n| Belysning i parken | Gatuenheten |\n| Trafikkontroller | Polisen |',
    level: 0,
  },
  {
    name: 'sammanslagen lista: rytmen gäller statistiken, inte forumet',
    type: 'aktivitetsplan',
    text: 'Samordnaren ansvarar för uppföljningen. Varje åtgärd stäms av vid samverkansgruppens möten. Effekterna följs upp med indikatorerna. Polisens statistik tas fram halvårsvis, i juli och januari.\n\n## Giltighet\n\nPlanen gäller 2026.',
    level: 1,
    advice: ['forum-without-mandate'],
  },
  {
    name: 'negation: ingen samordnare är utsedd och styrgruppen finns inte ännu',
    text: 'Kommunen har ännu inte utsett någon samordnare. Någon styrgrupp finns inte.\n\n## Giltighet\n\nÖverenskommelsen gäller 2026.',
    level: 0,
  },
  {
    name: 'medborgarlöfte: kommunpolisen följer upp löftet varje kvartal',
    type: 'medborgarlofte',
    text: 'Kommunpolisen i Granby ansvarar för att löftet följs upp varje kvartal tillsammans med trygghetssamordnaren.\n\n## Giltighet\n\nLöftet gäller 2026.',
    level: 2,
  },
  {
    name: 'quoting the law names nobody',
    text: `## Bakgrund
Lagen kräver att kommunen har en samordningsfunktion för det brottsförebyggande arbetet.`,
    level: 0,
  },
  {
    name: 'medborgarlöfte: named owners of the promise and a follow-up at set times under a question heading',
    type: 'medborgarlofte',
    text: `## Vem ansvarar för löftet?
Kommunpolis Kim Ek och trygghetssamordnare Sam Berg äger löftet. De ser till att löftena blir gjorda och ansvarar för att följa upp dem.

## Hur vet vi att vi gjort det vi lovat?
Kim och Sam går i maj och i oktober igenom vilka löften som är genomförda.`,
    level: 2,
  },
  {
    name: 'medborgarlöfte: named owners without any follow-up time',
    type: 'medborgarlofte',
    text: `## Vem ansvarar för löftet?
Kommunpolis Kim Ek och trygghetssamordnare Sam Berg äger löftet. De ansvarar för att följa upp det.`,
    level: 1,
  },
  {
    name: 'terse memo: forums with a colon list of members and "ggr/år", and a named function',
    text: `## Organisation

- Styrgrupp: kommunchef, lokalpolisområdeschef, utbildningschef – 6 ggr/år
- Arbetsgrupp: trygghetssamordnare, kommunpolis, fritidschef – 2 ggr/mån
- Samordningsfunktion: trygghetssamordnare Lo Ek, kommunledningsförvaltningen`,
    level: 2,
  },
  {
    name: 'terse memo: a colon list of members with no meeting rhythm',
    text: `## Organisation

- Styrgrupp: kommunchef, lokalpolisområdeschef, utbildningschef
- Samordningsfunktion: trygghetssamordnare Lo Ek`,
    level: 1,
    advice: ['forum-without-mandate'],
  },
  {
    name: "the national agency's working model is no local forum",
    text: 'Arbetet följer Brottsförebyggande rådets arbetsmodell för lokal samverkan. Parterna ansvarar gemensamt för genomförandet.',
    level: 0,
  },
  {
    name: 'a local council named with a place is a forum',
    text: 'Arbetet leds av Brottsförebyggande rådet i Norrvik.',
    level: 1,
  },
  {
    name: 'a forum that was closed down organises nothing',
    text: `## Vi har frågat er
Många frågade vad som hände med det brottsförebyggande rådet. Rådet lades ned 2023, och i dag träffas kommunen och polisen när det behövs.`,
    level: 0,
  },
  {
    name: 'a forum named as a bold item, described by the items below it',
    text: `## 9. Organisation
- **Samordnare:** Lisa Berg, kommunledningskontoret (samordningsfunktion)
- **Styrgrupp**
  - kommundirektören (ordf.), LPO-chefen, socialchefen
  - mandat: beslutar om ändringar i åtgärderna
  - möten: 4 ggr/år`,
    level: 2,
  },
]);
