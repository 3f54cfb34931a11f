import { describe, expect, it } from 'vitest';
import { classify } from '../../core/analyse/classify.ts';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';

const cases: [string, string, string][] = [
  [
    'agreement by title',
    '# Överenskommelse om samverkan mot brott 2025–2028\n\nKvarnby kommun och lokalpolisområde Kvarnby åtar sig att …',
    'samverkansoverenskommelse',
  ],
  [
    'citizen promise',
    '# Våra medborgarlöften för Älvsta 2026\n\nPolisen lovar att patrullera centrum. Kommunen lovar att laga belysningen.',
    'medborgarlofte',
  ],
  [
    'action plan',
    '# Handlingsplan för trygghet 2026\n\nPlanen genomför samverkansöverenskommelsen.\n\n| Åtgärd | Ansvarig | När |\n|---|---|---|\n| Vandring | Kommunen | Maj |\n| Kontroller | Polisen | Juni |',
    'aktivitetsplan',
  ],
  [
    'the kommun’s own crime-prevention programme adopted by kommunfullmäktige',
    '# Brottsförebyggande program för Ekeslätts kommun 2026–2030\n\n**Antaget av kommunfullmäktige 2026-03-23, § 31**\n\nKommunen ansvarar för lägesbilden. Nämnderna ansvarar för sina åtgärder. Polisen åtar sig enligt samverkansöverenskommelsen att delta.',
    'inte-samverkansdokument',
  ],
  [
    'a plan for the summer holiday, week by week',
    '# Sommarlovsplan 2026\n\nPlanen är en del av samverkansöverenskommelsen mellan Hällebro kommun och Polisen.\n\n| Vecka | Aktivitet | Ansvarig |\n|---|---|---|\n| 25 | Fältassistenter ute | Kommunen |\n| 26 | Kontroller vid badplatsen | Polisen |\n\nKommunen ansvarar för sommarjobben. Polisen ansvarar för kontrollerna. Fältgruppen ansvarar för kvällsvandringarna.',
    'aktivitetsplan',
  ],
  [
    'action plan of the police area without naming the agreement',
    '# Åtgärdsplan 2026\n\nKommunen och lokalpolisområde Åby genomför följande.\n\n| Åtgärd | Ansvarig | När |\n|---|---|---|\n| Vandring | Kommunen | Maj |',
    'aktivitetsplan',
  ],
  [
    'guidance on how to write an agreement',
    '# Så tar ni fram en samverkansöverenskommelse\n\nVägledning för kommuner och lokalpolisområden.\n\nI överenskommelsen åtar sig kommunen och polisen att … Ett exempel: "Kommunen åtar sig att …"',
    'inte-samverkansdokument',
  ],
  [
    'press release with a kicker above the headline',
    'PRESSMEDDELANDE · Åby kommun · 2026-05-02\n\n# Ny överenskommelse för ett tryggare Åby\n\nKommunen och lokalpolisområde Åby har i dag undertecknat en samverkansöverenskommelse. Kommunen åtar sig att …',
    'inte-samverkansdokument',
  ],
  [
    'news text quoting the signatories',
    '# Kommunen och polisen tecknar ny överenskommelse\n\nÖverenskommelsen gäller 2026–2028 och kommunen åtar sig att anställa fältassistenter.\n\n– Det här är ett viktigt steg, säger Eva Lund, kommunstyrelsens ordförande.\n\n– Vi åtar oss att vara mer synliga, säger Per Ek, lokalpolisområdeschef. Polisen åtar sig också att …',
    'inte-samverkansdokument',
  ],
  [
    'news page that carries the promises themselves',
    'Polisen.se › Nyheter\n\n# Polisen och Åby kommun lovar tryggare kvällar\n\nMedborgarlöftet skrevs under i tisdags.\n\n– Vi har lyssnat på invånarna, säger Per Ek, lokalpolisområdeschef.\n\n## Det här lovar vi\n\n- Polisen patrullerar till fots vid torget.\n- Kommunen byter belysningen i parken.\n\n– Vi tar ett gemensamt ansvar, säger Eva Lund, kommunstyrelsens ordförande.',
    'medborgarlofte',
  ],
  [
    'news page that retells the promises in prose',
    '# Polisen och Åby kommun lovar tryggare kvällar\n\nMedborgarlöftet skrevs under i tisdags. Polisen lovar att patrullera vid torget och kommunen lovar att byta belysningen.\n\n– Vi har lyssnat på invånarna, säger Per Ek, lokalpolisområdeschef.\n\n– Vi tar ett gemensamt ansvar, säger Eva Lund, kommunstyrelsens ordförande.\n\nLöftet finns i sin helhet på aby.se.',
    'inte-samverkansdokument',
  ],
  [
    'minutes extract with the kicker in a compound',
    '**Kommunstyrelsen**\n\nPROTOKOLLSUTDRAG\n\nSammanträdesdatum: 2025-12-03\n\n## § 198 Samverkansöverenskommelse mellan Åby kommun och Polisen 2026–2029\n\nKommunen åtar sig att … Polisen åtar sig att … Överenskommelsen gäller från 2026.',
    'inte-samverkansdokument',
  ],
  [
    "the chair's answer to an interpellation about the agreement",
    '# Svar på interpellation om samverkansöverenskommelsen med polisen\n\nÖverenskommelsen bygger på kommunens och polisens lägesbilder. Kommunen åtar sig att … Polisen ansvarar för …',
    'inte-samverkansdokument',
  ],
  [
    "a councillor's motion asking the kommun to sign an agreement",
    '# Motion om en samverkansöverenskommelse mellan Åby kommun och polisen\n\n**Till kommunfullmäktige**\n\nJag yrkar att kommunen tecknar en överenskommelse där kommunen åtar sig att … och polisen ansvarar för …',
    'inte-samverkansdokument',
  ],
  [
    'an activity board of the collaboration',
    '# Aktivitetstavla – samverkan Åby kommun och lokalpolisområde Åby\n\n## Planerat\n\n- Trygghetsvandring (samordnaren, 3 november 2026)\n- Föräldramöte (rektor, februari 2027)',
    'aktivitetsplan',
  ],
  [
    "a kommun's own plan where the police is only informed",
    '# Handlingsplan mot skadegörelse 2026\n\nBeslutad av tekniska nämnden. Skadegörelse polisanmäls alltid, och polisen informeras om planen.\n\n| Åtgärd | Ansvarig | När |\n|---|---|---|\n| Sanering inom 24 timmar | Gatuavdelningen | Löpande |',
    'inte-samverkansdokument',
  ],
  [
    'annex to an agreement',
    '# Bilaga 3: Kartläggning av otrygghet\n\nBilaga till samverkansöverenskommelsen mellan Kvarnby kommun och polisen.\n\nText.',
    'samverkansoverenskommelse',
  ],
  [
    'evaluation report that talks about the agreement',
    '# Utvärdering av samverkansöverenskommelsen i Kvarnby\n\nUtvärderingen visar att målen i överenskommelsen delvis nåddes. Kommunen och polisen har följt upp arbetet.',
    'inte-samverkansdokument',
  ],
  [
    'survey report',
    '# Trygghetsmätning 2025\n\nResultat: 31 procent känner sig otrygga i centrum. Polisen och kommunen tar del av resultatet.',
    'inte-samverkansdokument',
  ],
  [
    'municipal operational plan',
    '# Verksamhetsplan 2026 för socialförvaltningen\n\nMål: öka tryggheten. Polisen är en samverkanspart. Kommunen ansvarar för …',
    'inte-samverkansdokument',
  ],
  [
    'newspaper article',
    '# Fler kameror ska minska brotten i centrum\n\nKommunen och polisen vill minska brottsligheten, säger kommunalrådet till tidningen.',
    'inte-samverkansdokument',
  ],
  [
    'prose agreement whose genre is in the line under a slogan title',
    '# Ett tryggare Almsjö\n\n*Överenskommelse om samverkan mellan Almsjö kommun och Polisen i Almsjö 2024–2026*\n\nVi – kommunen och polisen – har valt två frågor. Vi tar ansvar för var sin del.\n\nAlmsjö den 3 mars 2024',
    'samverkansoverenskommelse',
  ],
  [
    'agreement with a promise chapter, named by the subtitle',
    '# Trygga Borgå 2026–2028\n\n**Samverkansöverenskommelse mellan Borgå kommun och Polisen – med medborgarlöfte 2026**\n\n## Våra löften\n\nVi lovar att synas i centrum. Polisen lovar att patrullera. Kommunen lovar att laga lamporna. Vi lovar att berätta hur det går.',
    'samverkansoverenskommelse',
  ],
  [
    'title naming the agreement before the promise it includes',
    '# Samverkansöverenskommelse och medborgarlöfte för Borgå 2026\n\nText.',
    'samverkansoverenskommelse',
  ],
  [
    'title naming the promise before the agreement it belongs to',
    '# Medborgarlöfte 2026 inom samverkansöverenskommelsen för Borgå\n\nText.',
    'medborgarlofte',
  ],
  [
    'slogan title with a promise subtitle',
    '# Tryggt i Ekeby\n\nVårt medborgarlöfte till dig som bor i Ekeby 2026\n\nPolisen och kommunen har lyssnat på er.',
    'medborgarlofte',
  ],
  [
    'annex whose line under the title says which agreement it belongs to',
    '# Bilaga 2 Problembild\n\nTill samverkansavtal mellan Alby kommun och Polisen 2024–2026\n\nSammanställd av samordnaren i oktober 2023.',
    'samverkansoverenskommelse',
  ],
  [
    'news text whose first paragraph mentions a new agreement',
    '# Nytt avtal ska ge tryggare torg\n\nAlby kommun och polisen har tecknat en ny samverkansöverenskommelse, säger kommunalrådet.',
    'inte-samverkansdokument',
  ],
  [
    'survey whose subtitle names the agreement it informs',
    '# Trygghetsmätning 2026\n\nUnderlag till samverkansöverenskommelsen mellan Alby kommun och Polisen\n\n31 procent känner sig otrygga.',
    'inte-samverkansdokument',
  ],
  [
    'follow-up report under a slogan title',
    '# Tryggare Alby\n\nUppföljning av samverkansöverenskommelsen 2025\n\nKommunen och polisen har genomfört nio av tolv åtgärder. Polisen ansvarar för två. Kommunen ansvarar för resten.',
    'inte-samverkansdokument',
  ],
  [
    'yearly follow-up titled as such, with the agreement as its subtitle',
    '# Halvårsuppföljning januari–juni 2026\n\nSamverkansöverenskommelse mellan Alby kommun och lokalpolisområde Alby\n\nKommunen ansvarar för åtta åtgärder. Polisen ansvarar för fyra. Parterna ansvarar gemensamt för resten.',
    'inte-samverkansdokument',
  ],
  [
    'report named in the second subtitle line, after the agreement it reports on',
    '# Tryggare Alby\n\n**Överenskommelse om samverkan 2025–2028**\n\nResultatrapport från säkerhetsenheten, mars 2027\n\nKommunen ansvarar för åtta åtgärder. Polisen ansvarar för fyra. Parterna ansvarar gemensamt för resten.',
    'inte-samverkansdokument',
  ],
  [
    'an annex whose subtitle is a report of the picture stays part of its agreement',
    '# Bilaga 1 till samverkansöverenskommelsen\n\nLägesrapport brott och trygghet 2025\n\nAnmälda brott ökade. Kommunen ansvarar för mätningen. Polisen ansvarar för statistiken.',
    'samverkansoverenskommelse',
  ],
  [
    'a picture annex whose "Bilaga 1 till …" line stands above its title',
    'Bilaga 1 till Samverkansöverenskommelse för brottsförebyggande arbete 2026–2029\n\n# Gemensam lägesbild och problembild 2025\n\n**Alby kommun och Polisen, lokalpolisområde Alby**\n\nSammanställd av kommunledningskontoret i november 2025.\n\n## 1 Underlag\n\nBilagan sammanfattar lägesbilderna.',
    'samverkansoverenskommelse',
  ],
  [
    'a letterhead "KOMMUN / PROTOKOLLSUTDRAG" above the paragraph deciding on the agreement',
    'ÅBY KOMMUN\nPROTOKOLLSUTDRAG\n\n**Kommunstyrelsen**\nSammanträdesdatum: 2026-03-16\n\n## § 45 Samverkansöverenskommelse mellan Åby kommun och lokalpolisområde Åby 2026–2029\n\n### Beslut\n\nKommunstyrelsen beslutar att godkänna samverkansöverenskommelsen. Kommunen åtar sig att ta fram en lägesbild. Polisen åtar sig att delta. Parterna åtar sig att följa upp arbetet.',
    'inte-samverkansdokument',
  ],
  [
    'a slide deck whose first slide names the genre and its parties',
    '# Trygga Åby 2026\n\n*Utskrift av bildspelet*\n\n## Bild 1\n\nMedborgarlöfte mellan Åby kommun och lokalpolisområde Åby\n\n## Bild 2 – Läget\n\nOtryggheten vid torget ökar.',
    'medborgarlofte',
  ],
  [
    'a slide deck on the agreement, not the agreement itself',
    '# Trygga Åby 2026\n\n## Bild 1\n\nUtvärdering av samverkansöverenskommelsen mellan Åby kommun och lokalpolisområde Åby\n\n## Bild 2 – Resultat\n\nHälften av aktiviteterna genomfördes.',
    'inte-samverkansdokument',
  ],
  [
    'slogan title whose first subheading names the genre',
    '# Tillsammans för ett tryggt Åby\n\n## Överenskommelse om samverkan mellan Åby kommun och Polisen\n\n### Vår vision\n\nAlla ska känna sig trygga.',
    'samverkansoverenskommelse',
  ],
  [
    "a nämnd's statement on a proposed agreement",
    '# Yttrande över förslag till samverkansöverenskommelse mellan Åby kommun och Polisen\n\nSocialnämnden ställer sig bakom förslaget. Kommunen ansvarar för samordningen. Polisen ansvarar för lägesbilden. Parterna ansvarar för uppföljningen.',
    'inte-samverkansdokument',
  ],
  [
    'a letter to residents that calls itself the promise and part of the agreement',
    'Till dig som bor i Vallby\n\nDet här brevet är vårt medborgarlöfte till dig för 2026. Löftena är en del av samverkansöverenskommelsen mellan Vallby kommun och Polisen, lokalpolisområde Vallby.\n\nPolisen lovar att kontrollera hastigheten vid skolan. Kommunen lovar att laga belysningen. Vi lovar att berätta hur det går.',
    'medborgarlofte',
  ],
  [
    'the kommun’s own plan that says it is not part of the agreement',
    '# Handlingsplan mot narkotika 2026–2028\n\nAntagen av kommunfullmäktige 2025-11-24.\n\nHandlingsplanen är kommunens egen och är inte en del av samverkansöverenskommelsen mellan Vallby kommun och lokalpolisområde Vallby.\n\n| Insats | Ansvarig | När |\n|---|---|---|\n| Föräldramöten | Skolan | Hösten 2026 |',
    'inte-samverkansdokument',
  ],
];

describe('document type', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(classify(ingestMarkdown(text, 'x.md'))).toBe(expected);
  });
});
