import { k13 } from '../../rules/k13-delaktighet.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

/** A promise's described dialogue whose results decided the problems (fictional Åby); who does what varies. */
const torgetDialogue = (whoDoesWhat: string) => `## Vad har ni sagt?
I april 2025 stod vi på torget i Åby tre eftermiddagar och pratade med 112 personer. Det ni sa har avgjort vilka två problem löftet handlar om.

## Vem gör vad?
${whoDoesWhat}`;

/** A dialogue told in short sentences, its results in a paragraph of its own (fictional Åby). */
const easyRead = (after: string) => `## Så har vi frågat er

I maj 2026 stod vi på torget i Åby två kvällar.
Vi pratade med 140 personer.

Många sa: Det är för mörkt i parken.
${after}

## Vi lovar

- Kommunen sätter upp lampor i parken. Bostadsbolaget Åbyhem hjälper till att klippa buskarna.`;

ruleCases(k13, [
  {
    name: 'easy-read ML: what many said, and "Därför handlar löftet om det" right after it',
    type: 'medborgarlofte',
    text: easyRead('Därför handlar löftet om det.'),
    level: 2,
  },
  {
    name: 'easy-read ML: what many said, but nothing says the promise was built on it',
    type: 'medborgarlofte',
    text: easyRead('Det var kallt ute.'),
    level: 1,
    advice: ['dialogue-not-described'],
  },
  {
    name: 'a walk named with its place and month only, no one who took part and nothing that came out, is a bare mention',
    text: `## Underlag

Synpunkter från medborgare har inhämtats vid en trygghetsvandring i Åby centrum i maj 2025. Synpunkterna har därför legat till grund för åtgärderna.

## Organisation

Bostadsbolaget Åbyhem deltar i samverkansgruppen och ansvarar för belysningen på sin mark.`,
    level: 1,
  },
  {
    name: 'the same survey with figures per group only: data, not a perspective drawn out',
    type: 'medborgarlofte',
    text: `## Ni har sagt ert

I september 2025 svarade 380 invånare på vår webbenkät om tryggheten i Åby centrum. Bland kvinnorna kände sig 52 procent otrygga och bland männen 24 procent.

Det ni sa ligger till grund för löftena nedan.`,
    level: 1,
    advice: ['no-actors'],
  },
  {
    name: 'a described and used survey whose results are broken down by women and men',
    type: 'medborgarlofte',
    text: `## Ni har sagt ert

I september 2025 svarade 380 invånare på vår webbenkät om tryggheten i Åby centrum. Skillnaderna mellan kvinnor och män var stora: 52 procent av kvinnorna kände sig otrygga, 24 procent av männen.

Det ni sa ligger till grund för löftena nedan.`,
    level: 2,
  },
  {
    name: 'a staff dialogue listed among the police picture’s sources and a bare "har beaktats" describe no dialogue',
    text: `## Polisens lägesbild
Polisens lägesbild togs fram i juni 2025. Den bygger på anmälda brott, underrättelseinformation och en medarbetardialog med poliser i yttre tjänst i juni 2025. Synpunkter från genomförda medborgardialoger har också beaktats.
## Andra aktörer
Bostadsbolaget Hemmet AB deltar i arbetsgruppen och ansvarar för belysningen i sina områden.`,
    level: 1,
  },
  {
    name: 'a dialogue said not to have been held, and Brå stressing dialogue in general, are no participation',
    text: `## Bakgrund
Brå betonar vikten av medborgardialog i det lokala arbetet.
## Delaktighet
Någon medborgardialog har inte genomförts inför överenskommelsen.`,
    level: 0,
  },
  {
    name: 'dialogue described and used, actors with roles',
    text: `## Delaktighet
I medborgardialogen i april 2025 deltog 130 personer vid torget i Älvby. De vanligaste synpunkterna gällde belysningen, och synpunkterna har lett till åtgärd 1.2.
Älvbyhem AB ansvarar för belysningen i sina bostadsområden.`,
    level: 2,
  },
  {
    name: 'ML: residents asked, promises answer them, gender perspective',
    type: 'medborgarlofte',
    text: `## Så har vi tagit fram löftet
I oktober 2024 pratade kommunpolisen med 85 personer vid stationen.
Löftet svarar mot det som många av er tog upp i samtalen.
Alla uppgifter redovisas uppdelade på kön och ålder.`,
    level: 2,
  },
  {
    name: 'walk described and used, association with a role',
    text: `Vid trygghetsvandringen den 4 maj 2025 deltog 28 boende. Vandringen pekade ut parkeringen, som därför ingår i åtgärd 2. Idrottsföreningen deltar i arbetet med fritidsaktiviteter.`,
    level: 2,
  },
  {
    name: 'ML: dialogue used, and a housing company that has promised its part',
    type: 'medborgarlofte',
    text: `## Det här sa ni
I mars 2026 höll vi en medborgardialog vid stationen med 240 deltagare.
Därför handlar löftet om stationen, eftersom flest svar gällde den.
## Vi lovar
- Polisen patrullerar vid stationen varje fredag.
- Stationshem klipper häckarna i maj. Det har bostadsbolaget åtagit sig.`,
    level: 2,
  },
  {
    name: 'a long-term perspective and talks between the parties are no participation',
    text: `## Bakgrund
Under 2020 har kommunen och polisen därför fört samtal om samverkan, och överenskommelsen är resultatet.
Arbetet ska präglas av ett långsiktigt perspektiv och av öppenhet.`,
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'ML: what residents raised, though it names a worry with "ska", chose the promises; a company and an association take part',
    type: 'medborgarlofte',
    text: `## Hur vi tog fram löftena

I september 2025 fick vår webbenkät 412 svar, och den 13 september pratade vi med ungefär 90 personer på torget.

Det ni tog upp mest var parken och oron för att unga ska börja med droger. Därför handlar löftena om just det.

## Så här gör vi

Ugglebohem är med och tittar på belysningen. Vi håller föräldraträffar tillsammans med föreningen Föräldrar i Ugglebo.`,
    level: 2,
  },
  {
    name: 'bare mention of dialogues',
    text: 'Parterna genomför medborgardialoger varje år.',
    level: 1,
    advice: ['dialogue-not-described'],
  },
  {
    name: 'dialogues named only with their season and "beaktats", though actors have roles',
    text: `## Underlag
Underlaget har kompletterats med synpunkter från medborgardialoger under våren 2025, och de har vägts in i problembilden.
## Andra aktörer
Räddningstjänsten deltar i arbetsgruppen och bostadsbolaget ansvarar för belysningen på gårdarna.`,
    level: 1,
    advice: ['dialogue-not-described'],
  },
  {
    name: 'the same season with a place and who took part is a described dialogue',
    text: `## Underlag
Under våren 2025 höll vi dialogträffar på Lillgatans bibliotek med elever i årskurs 9, och synpunkterna har vägts in i problembilden.
## Andra aktörer
Räddningstjänsten deltar i arbetsgruppen och bostadsbolaget ansvarar för belysningen på gårdarna.`,
    level: 2,
  },
  {
    name: 'actors with roles but no dialogue',
    text: '## Andra aktörer\nRäddningstjänsten deltar i trygghetsrådet och bostadsbolaget ansvarar för skötseln av gårdarna.',
    level: 1,
  },
  {
    name: 'dialogue described and used but no actors',
    text: 'Vid medborgardialogen i september 2024 deltog 60 personer. Synpunkterna har lett till åtgärderna om trafiken.',
    level: 1,
    advice: ['no-actors'],
  },
  {
    name: 'nothing about participation',
    text: '## Organisation\nKommunpolisen och samordnaren träffas varje månad.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'walks only as past activities without description',
    text: 'Under förra perioden har parterna genomfört trygghetsvandringar och gemensamma insatser.',
    level: 0,
  },
  {
    name: 'kommun services are not other actors',
    text: 'Socialtjänsten och skolan samarbetar med polisen i enskilda ärenden.',
    level: 0,
  },
  {
    name: 'flyer: a dated dialogue with numbers, what "ni" said shaped the promises, a housing company takes part',
    type: 'medborgarlofte',
    text: `## Vad har vi hört?
Två kvällar i mars 2027 stod vi vid torget i Ekby. Samma vecka knackade vi dörr tillsammans med Ekbybostäder.

Vi pratade med 160 personer. Det här var det ni oftast tog upp:
- Mörka gångvägar.

## Vad lovar vi?
Det här svarar på det ni sa om gångvägarna.`,
    level: 2,
  },
  {
    name: 'the same dialogue without any other actor or group',
    type: 'medborgarlofte',
    text: `## Vad har vi hört?
Två kvällar i mars 2027 stod vi vid torget i Ekby. Vi pratade med 160 personer. Det här var det ni oftast tog upp:
- Mörka gångvägar.`,
    level: 1,
    advice: ['no-actors'],
  },
  {
    name: 'prose ML: dated dialogues with participants, a conclusion drawn with "därför", other actors as participants',
    type: 'medborgarlofte',
    text: 'Löftet bygger på dialoger hösten 2026. I oktober 2026 hölls två öppna dialogkvällar i Byhuset med 64 deltagare, och en trygghetsvandring vid stationen hade 18 deltagare (boende, Norrbyhem AB och räddningstjänsten). Av enkätsvaren angav 52 procent stationen som otrygg på kvällen. Löftet riktar sig därför mot otryggheten vid stationen.',
    level: 2,
  },
  {
    name: 'a "därför" in another paragraph than the dialogues does not use them',
    type: 'medborgarlofte',
    text: 'I oktober 2026 hölls två öppna dialogkvällar i Byhuset med 64 deltagare (boende, Norrbyhem AB och räddningstjänsten).\n\nBrotten har ökat. Löftet riktar sig därför mot otryggheten vid stationen.',
    level: 1,
    advice: ['dialogue-not-described'],
  },
]);

ruleCases(k13, [
  {
    name: 'open evening meetings with date and count, their top issue used, no other actors',
    type: 'medborgarlofte',
    text: `## Så fick vi veta

I oktober 2026 höll vi två öppna kvällsmöten i Lerby bibliotek, och 54 personer kom. Det som kom upp oftast var belysningen i parken, och därför handlar löftet om den.`,
    level: 1,
  },
  {
    name: 'open evening meetings used, and the housing company taking part with a role',
    type: 'medborgarlofte',
    text: `## Så fick vi veta

I oktober 2026 höll vi två öppna kvällsmöten i Lerby bibliotek, och 54 personer kom. Det som kom upp oftast var belysningen i parken, och därför handlar löftet om den. Bostadsbolaget deltar i arbetet och ansvarar för belysningen på gårdarna.`,
    level: 2,
  },
  {
    name: 'dialogue between the parties is no resident participation',
    text: `## 12 Tvister
12.1 Tvister om tolkningen av avtalet ska i första hand lösas genom dialog mellan parterna i styrgruppen.`,
    level: 0,
  },
  {
    name: 'ML: the promise rests on what residents told, the dialogue itself not described',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte 2026
Löftet bygger på lägesbilden och på det ni berättade för oss i höstas.

Polisen lovar att patrullera i Stationsparken fredagar.`,
    level: 1,
  },
  {
    name: 'a described dialogue that "påverkade underlaget", with actors given a role',
    text: `## 6. Dialoger
Webbenkäten Tyck till om Åby var öppen 7–28 april 2025 och fick 486 svar, varav 53 procent från kvinnor. Den 10 september 2025 intervjuade vi elevrådet på Åbyskolan. Dialogerna påverkade underlaget på två punkter: otryggheten vid busstorget och skadegörelsen i Norrbyn.

## 7. Samverkansparter
Åbybostäder ansvarar för belysningen i Norrbyn, och pensionärsföreningarna deltar i trygghetsvandringarna.`,
    level: 2,
  },
  {
    name: 'ML: "Det ni sa har avgjort vilka problem löftet handlar om" after the described dialogue',
    type: 'medborgarlofte',
    text: torgetDialogue(
      'Fritidsgården Ljungen ansvarar för kvällsöppet på fredagar, och Åby Trafik AB ansvarar för belysningen vid busstorget.',
    ),
    level: 2,
  },
  {
    name: 'a dialogue listed among the sources the picture "bygger på" is not its results used',
    text: `## Lägesbild
Den bygger på anmälda brott 2020–2024, underrättelseinformation och lokalpolisområdets medarbetardialog i maj 2025.

## Samverkansparter
Åbybostäder ansvarar för belysningen i Norrbyn.`,
    level: 1,
  },
  {
    name: 'ML: the same dialogue when no one outside the parties has a part',
    type: 'medborgarlofte',
    text: torgetDialogue('Polisen ansvarar för kvällspassen och kommunen för belysningen vid busstorget.'),
    level: 1,
    advice: ['no-actors'],
  },
  {
    name: 'ML: a pensioners\' association that "går med" on the walk has a part',
    type: 'medborgarlofte',
    text: `## Så har vi pratat med er
I september 2025 hade vi ett tält på torget i Åby och pratade med 240 personer. Löfte 3 och löfte 4 kommer från er.

## Löfte 3
Vi går en trygghetsvandring i maj 2026. PRO och elever från gymnasiet går med.`,
    level: 2,
  },
]);
