import { k16 } from '../../rules/k16-undertecknande.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

const body = '## Syfte\n\nKommunen och polisen samverkar för ett tryggare Norrvik.\n\n';

ruleCases(k16, [
  {
    name: 'an e-signing record: one row per signatory with name, role and time, under no heading',
    text: `${body}Avtalet gäller 2026–2028.

| Namn | Befattning | Organisation | Tidpunkt |
|---|---|---|---|
| Karin Holm | Kommunstyrelsens ordförande | Åby kommun | 2026-01-12 10:14:03 |
| Per Lund | Lokalpolisområdeschef | Polisen, LPO Åby | 2026-01-14 08:51:40 |

Handlingen är signerad med e-legitimation.`,
    level: 2,
  },
  {
    name: 'an action table at the end whose owners are signing roles is no signature',
    text: `${body}## Gemensamma åtgärder

| Nr | Åtgärd | Ansvarig | Tidpunkt |
|---|---|---|---|
| G1 | Grannsamverkan i Åby | Kommunpolis | 2026-03-01 |
| G2 | Ny samverkansöverenskommelse | Kommunstyrelsens ordförande, lokalpolisområdeschef | 2027-12-31 |`,
    level: 0,
  },
  {
    name: 'an e-signing record under "Elektronisk signering" with one party only',
    text: `${body}Elektronisk signering

| Namn | Roll | Signerad |
|---|---|---|
| Karin Holm | Kommunstyrelsens ordförande | 2026-01-12 10:14 |`,
    level: 1,
  },
  {
    name: 'a signature table with the roles printed and the lines to sign on left empty is not signed',
    text: `## Underskrifter

| | För Bergeby kommun | För Polismyndigheten |
|---|---|---|
| Ort och datum | | |
| Namnteckning | | |
| Namnförtydligande | | |
| Befattning | Kommunstyrelsens ordförande | Lokalpolisområdeschef |`,
    level: 0,
    advice: ['unsigned'],
  },
  {
    name: 'signature lines run together in a key–value table under "Giltighet och underskrifter"',
    text: `## 10 Giltighet och underskrifter
| Punkt | Innehåll |
|---|---|
| Giltighetstid | Överenskommelsen gäller från den 1 januari 2026 till den 31 december 2028. |
| För Korpamo kommun | Eva Lindqvist, kommunstyrelsens ordförande. Korpamo den 15 december 2025. |
| För Polisen | Tomas Berglund, lokalpolisområdeschef, lokalpolisområde Korpamo. Korpamo den 15 december 2025. |`,
    level: 2,
  },
  {
    name: 'signature lines set as a list under the heading; a kommundirektör signs',
    text: `## Underskrifter
- Tärnbacka den 14 februari 2025
- För Tärnbacka kommun: Per Almgren, kommundirektör
- För Polisen, lokalpolisområde Tärnbacka: Karin Vestman, lokalpolisområdeschef
## Tack!
- Frågor? Kontakta Sanna Lindqvist, brottsförebyggande samordnare.`,
    level: 1,
  },
  {
    name: 'chapters written as capital lines: "9 UNDERSKRIFTER" heads the signatures, sources follow',
    text: `**1 BAKGRUND**

Kommunen och polisen samverkar sedan 2015.

**9 UNDERSKRIFTER**

Gråbacka den 14 juni 2023

Helena Markström Kommundirektör, Gråbacka kommun

Tobias Åkerlund Lokalpolisområdeschef, lokalpolisområde Gråbacka

**KÄLLOR**

[1] Polisen: Lokal lägesbild 2023.

[2] Gråbacka kommun: Trygghetsmätning 2022.

[3] Brå: Samverkan i lokalt brottsförebyggande arbete.

[4] Länsstyrelsen: Regional samordning.

[5] Skolenkäten 2022.

[6] Socialtjänstens statistik 2022.

[7] Räddningstjänsten, insatsstatistik 2022.`,
    level: 1,
  },
  {
    name: 'KSO och lokalpolisområdeschef med ort och datum',
    text: `${body}## Underskrifter\n\nNorrvik den 3 mars 2026\n\nKarin Öberg\nKommunstyrelsens ordförande, Norrviks kommun\n\nJonas Lund\nLokalpolisområdeschef, lokalpolisområde Norrvik`,
    level: 2,
  },
  {
    name: 'utan rubrik: kommunalråd och chef för lokalpolisområdet, ISO-datum',
    text: `${body}Älvdal 2026-01-15\n\nPer Ek, kommunalråd\n\nLisa Sand, chef för lokalpolisområde Älvdal`,
    level: 2,
  },
  {
    name: 'kommunalråd som är kommunstyrelsens vice ordförande tecknar inte som KSO',
    text: `${body}## Underskrifter\n\nÄlvdal den 2 maj 2026\n\nPer Ek\nKommunalråd, andre vice ordförande i kommunstyrelsen\n\nLisa Sand\nLokalpolisområdeschef`,
    level: 1,
    advice: ['missing-kso'],
  },
  {
    name: 'roll före namn med kolon, datumraden tom',
    text: `${body}## Underskrifter\n\n- Kommunstyrelsens ordförande: Annika Ström\n- Lokalpolisområdeschef: Johan Berglund\n- Datum: ____________`,
    level: 1,
    advice: ['missing-date'],
  },
  {
    name: 'För-rader före namnen',
    type: 'medborgarlofte',
    text: `${body}## Undertecknande\n\nGranby den 9 december 2025\n\nFör Granby kommun\n\nMaria Holm\nKommunstyrelsens ordförande\n\nFör Polisen\n\nAnders Berg\nLokalpolisområdeschef`,
    level: 2,
  },
  {
    name: 'utan rubrik, varje parts rader i ett stycke',
    text: `${body}Detta avtal har upprättats i två exemplar.\n\nHolmsund den 4 december 2025\n\nFör Holmsunds kommun\nGreta Lind\nKommunstyrelsens ordförande\n\nFör Polismyndigheten\nPer Åkesson\nLokalpolisområdeschef, lokalpolisområde Holmsund`,
    level: 2,
  },
  {
    name: 'utan rubrik, För-rader som egna stycken',
    text: `${body}Tärnby den 1 oktober 2026\n\nFör Tärnby kommun\n\nSara Lindqvist Kommunstyrelsens ordförande\n\nFör Polismyndigheten\n\nMats Ek Lokalpolisområdeschef`,
    level: 2,
  },
  {
    name: 'tomma underskriftsrader med bara titlar',
    text: `${body}Ort och datum ……………………\n\n……………………\nFör Tärnby kommun\nKommunstyrelsens ordförande\n\n……………………\nFör Polismyndigheten\nLokalpolisområdeschef`,
    level: 0,
    advice: ['unsigned'],
  },
  {
    name: 'namn och roller i ett stycke, följt av kontaktuppgifter, odaterat',
    type: 'medborgarlofte',
    text: `${body}Vi lovar\n\nAnna Berg, kommunstyrelsens ordförande, Tärnby kommun\nOla Lind, lokalpolisområdeschef, Polisen i Tärnby\n\nFrågor? Ring kommunens kontaktcenter på 0123-456 78.`,
    level: 1,
    advice: ['missing-date'],
  },
  {
    name: 'under rubrik: prickade rader och titlar i egna stycken',
    text: `${body}## Underskrifter\n\nFör Tärnby kommun\n\n..............................\n\nKommunstyrelsens ordförande\n\nFör Polismyndigheten\n\n..............................\n\nLokalpolisområdeschef`,
    level: 0,
    advice: ['unsigned'],
  },
  {
    name: 'utan rubrik: ort och datum och en tabell med en kolumn per part',
    text: `${body}Tärnby den 12 mars 2026\n\n| För Tärnby kommun | För Polisen |\n|---|---|\n| Eva Strand | Olle Berg |\n| Kommunstyrelsens ordförande | Chef för lokalpolisområde Tärnby |`,
    level: 2,
  },
  {
    name: 'tre kommuner och ett lokalpolisområde, flera orter före datumet',
    type: 'medborgarlofte',
    text: `${body}Åby, Bro och Dal den 2 april 2026\n\nAnna Ek, kommunstyrelsens ordförande, Åby kommun\n\nBo Lind, kommunstyrelsens ordförande, Bro kommun\n\nCarl Berg, kommunstyrelsens ordförande, Dals kommun\n\nDora Strand, lokalpolisområdeschef, lokalpolisområde Dalbygden`,
    level: 2,
  },
  {
    name: 'För-rad med kommatecken: "För Polisen, lokalpolisområde Åby"',
    text: `${body}Åby den 9 mars 2026\n\nFör Åby kommun\n\nGun Berg\nKommunstyrelsens ordförande\n\nFör Polisen, lokalpolisområde Åby\n\nMats Holm\nLokalpolisområdeschef`,
    level: 2,
  },
  {
    name: 'bara månad, kommundirektör och "Chef lokalpolisområde"',
    type: 'medborgarlofte',
    text: `${body}Ekåsen i maj 2026\n\nLena Berg\nKommundirektör, Ekåsens kommun\n\nOla Dahl\nChef lokalpolisområde Ekåsen`,
    level: 1,
    advice: ['missing-kso'],
  },
  {
    name: 'utkast i inledande stycke',
    text: `UTKAST 2026-10-01 – Förslag till beslut i kommunstyrelsen, lokalpolisområdets ledningsgrupp och styrgruppen för trygghet\n\n${body}## Underskrifter\n\nNorrvik den 3 mars 2026\n\nKarin Öberg\nKommunstyrelsens ordförande\n\nJonas Lund\nLokalpolisområdeschef`,
    level: 1,
    advice: ['draft'],
  },
  {
    name: 'kommundirektör och kommunpolis',
    text: `${body}## Underskrifter\n\nFjällsta den 2 februari 2026\n\nEva Nord\nKommundirektör\n\nOla Strand\nKommunpolis`,
    level: 1,
    advice: ['missing-kso', 'missing-lpo-chef'],
  },
  {
    name: 'bara polisen skriver under ett medborgarlöfte',
    type: 'medborgarlofte',
    text: `${body}Sjöby den 20 januari 2026\n\nHanna Vik\nLokalpolisområdeschef, lokalpolisområde Sjöby`,
    level: 1,
    advice: ['one-party', 'missing-kso'],
  },
  {
    name: 'odaterat',
    text: `${body}## Underskrifter\n\nKarin Öberg\nKommunstyrelsens ordförande\n\nJonas Lund\nLokalpolisområdeschef`,
    level: 1,
    advice: ['missing-date'],
  },
  {
    name: 'underskriftstabell med namn men tom datumrad (ingen innehållsförteckning)',
    text: `${body}## 6. Underskrifter\n\n| Område | Innehåll |\n|---|---|\n| För Ramnåsa kommun | Anders Löfgren, kommunstyrelsens ordförande |\n| För Polismyndigheten | Sofia Brandt, lokalpolisområdeschef |\n| Ort och datum | Ramnåsa den ____________ 2025 |`,
    level: 1,
    advice: ['missing-date'],
  },
  {
    name: 'utkast',
    text: `# Utkast\n\n${body}## Underskrifter\n\nNorrvik den 3 mars 2026\n\nKarin Öberg\nKommunstyrelsens ordförande\n\nJonas Lund\nLokalpolisområdeschef`,
    level: 1,
    advice: ['draft'],
  },
  {
    name: 'inga underskrifter',
    text: body,
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'fastställd av styrgruppen är ingen underskrift',
    type: 'aktivitetsplan',
    text: `# Aktivitetsplan 2026\n\nFastställd av styrgruppen den 4 december 2025.\n\n${body}`,
    level: 0,
  },
  {
    name: 'en kontaktlista är ingen underskrift',
    type: 'aktivitetsplan',
    text: `${body}## Kontaktpersoner\n\nOla Strand, kommunpolis, lokalpolisområde Tallnäs\n\nEva Nord, trygghetssamordnare, Tallnäs kommun`,
    level: 0,
  },
  {
    name: 'each signatory dated on a place and ISO date line of their own',
    text: `# Medborgarlöfte Fjällby 2026

Polisen gör kontroller vid skolan varje vecka.

Fjällby 2026-01-20

Eva Lund
Kommunstyrelsens ordförande, Fjällby kommun

Fjällby 2026-01-23

Olof Berg
Lokalpolisområdeschef, lokalpolisområde Fjällby`,
    type: 'medborgarlofte',
    level: 2,
  },
  {
    name: 'two kommuner, one of them signed only by its kommundirektör',
    text: `# Överenskommelse Älvby och Forsa 2026

Kommunerna och polisen samverkar mot inbrott.

Älvby den 3 mars 2026

Lena Ek
Kommunstyrelsens ordförande, Älvby kommun

Forsa den 4 mars 2026

Nils Ås
Kommundirektör, Forsa kommun

Älvby den 3 mars 2026

Sara Lind
Lokalpolisområdeschef, lokalpolisområde Älvby`,
    level: 1,
    advice: ['missing-kso'],
  },
  {
    name: 'a letter signed under its place and date and a closing greeting',
    type: 'medborgarlofte',
    text: `Till dig som bor i Vallby

Det här brevet är vårt medborgarlöfte för 2026.

Vallby den 9 januari 2026

Med vänliga hälsningar

Lena Ek
Kommunstyrelsens ordförande, Vallby kommun

Sara Lind
Lokalpolisområdeschef, lokalpolisområde Vallby`,
    level: 2,
  },
  {
    name: "three kommuner and the police sign, one kommun's date left blank",
    text: `## Underskrifter

Vallby den 12 december 2025

Lena Ek
Kommunstyrelsens ordförande, Vallby kommun

Åby den ..........................

Nils Ås
Kommunstyrelsens ordförande, Åby kommun

Vallby den 15 december 2025

Sara Lind
Lokalpolisområdeschef, lokalpolisområde Vallby`,
    level: 1,
    advice: ['missing-date'],
  },
  {
    name: 'signed in running text: "har upprättats i två exemplar och undertecknats … av"',
    text: `${body}Denna överenskommelse har upprättats i två exemplar och undertecknats i Vallby den 28 januari 2025 av kommunstyrelsens ordförande Lena Ek för Vallby kommun och av lokalpolisområdeschef Sara Lind för Polisen, lokalpolisområde Vallby.`,
    level: 2,
  },
  {
    name: 'a template: roles printed, names and date left to fill',
    text: `${body}## Underskrifter

Vallby den [datum]

För Vallby kommun

[Namn]
Kommunstyrelsens ordförande

För Polismyndigheten

[Namn]
Lokalpolisområdeschef, lokalpolisområde Vallby`,
    level: 0,
  },
]);
