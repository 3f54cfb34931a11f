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
