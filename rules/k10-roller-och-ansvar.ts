import { defineRule, verdict } from '../core/engine/rule.ts';

export const k10 = defineRule({
  id: 'K10',
  area: 'D',
  title: 'Roller och ansvarsfördelning',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 1 · Strandell 2021',
  levels: {
    2: 'Varje parts åtaganden anges, och inte alla åtgärder är polisens',
    1: 'Ansvaret anges bara i allmänna ordalag',
    0: 'Ingen ansvarsfördelning',
  },
  messages: {
    missing: 'Varje parts åtaganden anges, och inte alla åtgärder är polisens.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
