/** Fixtures several rules' tests share. */

/** One table carrying the whole agreement, a row per area (fictional Lindö). */
const oneTable = (rows: string) => `# Överenskommelse Lindö kommun och Polisen

Parterna har gått igenom lägesbilden och valt tre områden.

| Fokusområde | Lägesbild | Orsaker | Mål | Åtgärder | Ansvarig |
|---|---|---|---|---|---|
${rows}`;

export const oneTableFull =
  oneTable(`| Cykelstölder | 212 anmälda cykelstölder 2025 mot 150 år 2022, främst vid Lindö station kvällstid | Olåsta cykelställ; ingen kameraövervakning | Högst 120 anmälda cykelstölder år 2028 | Låsbara cykelgarage vid stationen | Tekniska förvaltningen |
| Skadegörelse i skolor | Klotter och krossade rutor vid Norrskolan helger, ökat sedan 2023, mest pojkar 13–15 år | Skolgårdarna är mörka och tomma helger | Halvera anmälningarna om skadegörelse vid skolor till 2028 | Belysning och helgvandringar | Fastighetsenheten; Polisen |`);
export const oneTablePartial =
  oneTable(`| Cykelstölder | 212 anmälda cykelstölder 2025 mot 150 år 2022, främst vid Lindö station kvällstid | Olåsta cykelställ; ingen kameraövervakning | Högst 120 anmälda cykelstölder år 2028 | Låsbara cykelgarage vid stationen | Tekniska förvaltningen |
| Skadegörelse i skolor | Klotter och krossade rutor vid Norrskolan helger, ökat sedan 2023, mest pojkar 13–15 år | Orsaksanalys genomförs under hösten 2026 | Minska skadegörelsen vid skolorna | – | Fastighetsenheten; Polisen |`);

/** A poster medborgarlöfte whose promises each end by naming the problem they answer (fictional Åby). */
export const promisePoster = `# Vi lovar dig en tryggare kväll

**Åby kommun och Polisen lovar:**

- **Polisen** går fotpatrull i parken varje fredag kl. 19–23 – så att fler vågar gå genom parken.
- **Kommunens gatuavdelning** byter belysningen senast den 30 april 2026 – eftersom det mörka stråket var det som flest pekade ut som otryggt.

## Därför
Polisens statistik visar att anmälda brott i parken ökade från 48 år 2023 till 71 år 2025.`;

/** An aktivitetsplan set out per förvaltning, listing the agreement's areas in lower case (fictional). */
export const planPerPart = `## Om planen
Överenskommelsen har fyra fokusområden:

1. trygg miljö i centrum och vid Resecentrum,
2. narkotika,
3. våld i nära relation,
4. skadegörelse och klotter.

## Socialförvaltningen gör
Inom fokusområde 1 och 2 arbetar fältgruppen i centrum och vid Resecentrum fredagar och lördagar klockan 19–01. Fältgruppen är också sammankallande i SSPF, där skolan och polisen träffas varannan tisdag.

## Polisen gör
Inom fokusområde 2 deltar kommunpolisen i SSPF varannan tisdag.`;

/** A medborgarlöfte with last year's results before this year's promises, each naming its problem (fictional). */
export const promisesAfterResults = `## Så gick det med förra årets löfte
| Vad vi lovade 2025 | Vad vi gjorde | Blev det gjort? |
|---|---|---|
| Polisen skulle genomföra minst tolv kontroller av mopeder i centrum. | Polisen genomförde 14 kontroller. | Ja |
| Kommunen skulle ha fältassistenter ute i centrum fredagskvällar. | Fältassistenterna var ute sju av tio fredagar. | Delvis |
| Kommunen skulle ordna fler aktiviteter för unga. | Två nya aktiviteter startade. | Ja |
| Polisen skulle synas mer i Norrhagen. | Fler besök än tidigare. | Delvis |
| Skolan skulle prata med eleverna om mopeder. | Alla klasser fick besök. | Ja |

## Löfte 1: Tryggare kring busstationen
Det här löftet handlar om otryggheten vid busstationen som många av er, särskilt kvinnor, berättade om.

Polisen lovar att finnas vid busstationen fredag och lördag mellan klockan 19 och 23 under hela 2026.

Kommunen lovar att tekniska förvaltningen sätter upp ny belysning längs gångvägen senast den 31 maj 2026.

## Löfte 2: Lägre hastigheter på Skolvägen
Det här löftet handlar om de höga hastigheterna på Skolvägen som många föräldrar berättade om.

Polisen lovar att genomföra minst tio hastighetskontroller på Skolvägen under skolterminerna 2026.

Kommunen lovar att samhällsbyggnadsförvaltningen sätter upp två hastighetsdisplayer på Skolvägen före augusti 2026.`;

/** The parties' standing duties under an agreement that leaves its measures to a plan, with what is said of the plan. */
export const dutiesWithPlan = (plan: string) => `## 7. Åtgärder
Konkreta åtgärder tas fram i en årlig handlingsplan som beslutas av styrgruppen. ${plan}
## 8. Ansvarsfördelning
**Kommunen ansvarar för att**
- ha en samordningsfunktion för det brottsförebyggande arbetet,
- genomföra de åtgärder i handlingsplanen som rör kommunens förvaltningar,
- sammankalla styrgruppen och arbetsgruppen.

**Polisen ansvarar för att**
- genomföra de åtgärder i handlingsplanen som rör polisen,
- bidra med statistik och analys till lägesbilden och uppföljningen.`;

/** A medborgarlöfte whose promises are headed by the problems of its picture, each with a labelled goal (fictional Lillby). */
export const headedPromises = `# Medborgarlöfte för Lillby 2026

## Vad har vi sett?

**Bilar kör för fort genom byn.** Det gäller Storvägen förbi skolan på kvällar mellan maj och augusti. När polisen mätte hastigheten i juni 2025 körde 38 av 100 bilar fortare än 40 km/h.

**Stölder på gårdar och i skogen.** Det stjäls diesel och verktyg, mest nattetid under hösten. Polisen fick in 14 anmälningar om sådana stölder 2025.

## Löfte 1: Bilar kör för fort genom byn

- Polisen gör hastighetskontroller på Storvägen minst två gånger i månaden från maj till augusti 2026.
- Kommunen sätter upp två skyltar som visar hastigheten senast den 30 april 2026.

**Det vill vi uppnå:** När polisen mäter igen i juni 2026 ska högst 20 av 100 bilar köra fortare än 40 km/h.

## Löfte 2: Stölder på gårdar och i skogen

- Polisen och LRF bjuder in till två träffar om stöldskydd i mars och oktober 2026.
- Kommunens säkerhetssamordnare skickar ett brev om märkning av diesel till alla lantbruk senast den 31 maj 2026.

**Det vill vi uppnå:** Högst 8 anmälda stölder av det här slaget under 2026.`;
