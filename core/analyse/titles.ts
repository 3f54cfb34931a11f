/**
 * Section headings some kommuner write in English ("Root causes", "Objectives & KPIs") read as the
 * Swedish headings they stand for, so the rules' section cues find them. Only whole headings.
 */
const ENGLISH: [RegExp, string][] = [
  [/^(?:executive\s+)?summary$/i, 'Sammanfattning'],
  [/^background$/i, 'Bakgrund'],
  [/^(?:purpose|aim|aims)(?:\s*(?:&|and)\s*scope)?$/i, 'Syfte'],
  [/^scope$/i, 'Syfte och omfattning'],
  [/^parties$/i, 'Parter'],
  [/^(?:baseline|current\s+situation|situation(?:\s+analysis)?|situational\s+picture)$/i, 'Lägesbild'],
  [/^problem\s+(?:picture|analysis|description)$/i, 'Problembild'],
  [/^(?:key\s+issues|focus\s+areas|priorities|priority\s+areas)$/i, 'Fokusområden'],
  [/^(?:root\s+causes|causes|cause\s+analysis|risk\s+factors)$/i, 'Orsaker'],
  [/^(?:objectives|goals|targets)(?:\s*(?:&|and)\s*(?:kpis?|indicators|targets))?$/i, 'Mål och indikatorer'],
  [/^kpis?$/i, 'Indikatorer'],
  [/^(?:action\s+plan|actions|measures|activities)$/i, 'Aktivitetsplan'],
  [/^why\s+these\s+(?:actions|measures|activities)\??$/i, 'Varför dessa åtgärder?'],
  [/^roles?\s*(?:&|and)\s*responsibilit(?:y|ies)$/i, 'Roller och ansvar'],
  [/^(?:governance|organisation|organization|coordination)$/i, 'Organisation och samordning'],
  [
    /^(?:budget|resources|budget\s*(?:&|and)\s*resources|resources\s*(?:&|and)\s*mandate)$/i,
    'Resurser och mandat',
  ],
  [/^(?:stakeholder|citizen|community)\s+(?:engagement|participation|dialogue)$/i, 'Delaktighet och dialog'],
  [
    /^(?:monitoring|follow-?up|evaluation)(?:\s*(?:&|and)\s*(?:evaluation|reporting|review))?$/i,
    'Uppföljning och utvärdering',
  ],
  [/^(?:communication|communications)$/i, 'Kommunikation'],
  [/^(?:term|validity|duration)(?:\s*(?:&|and)\s*(?:review|revision))?$/i, 'Giltighetstid och revidering'],
  [/^(?:sign-?off|signatures?)$/i, 'Underskrifter'],
];

/** The Swedish heading an English one stands for, or the heading as it is. */
export function swedishTitle(title: string): string {
  const t = title.trim().replace(/[:.]$/, '');
  for (const [re, sv] of ENGLISH) if (re.test(t)) return sv;
  return title;
}
