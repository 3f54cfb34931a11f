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
