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
    '# Handlingsplan för trygghet 2026\n\n| Åtgärd | Ansvarig | När |\n|---|---|---|\n| Vandring | Kommunen | Maj |',
    'aktivitetsplan',
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
];

describe('document type', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(classify(ingestMarkdown(text, 'x.md'))).toBe(expected);
  });
});
