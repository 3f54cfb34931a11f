import { defineRule, verdict } from '../core/engine/rule.ts';

export const k04 = defineRule({
  id: 'K04',
  area: 'A',
  title: 'Prioriterade fokusområden',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 3 · Prioritera',
  levels: {
    2: 'Ett fåtal (2–5) namngivna fokusområden, vart och ett motiverat av problembilden',
    1: 'Fokusområden utan motivering, eller så många/breda att inget prioriteras',
    0: 'Inga fokusområden',
  },
  messages: {
    missing: 'Ett fåtal (2–5) namngivna fokusområden, vart och ett motiverat av problembilden.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
