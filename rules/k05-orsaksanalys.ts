import { defineRule, verdict } from '../core/engine/rule.ts';

export const k05 = defineRule({
  id: 'K05',
  area: 'B',
  title: 'Orsaksanalys',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 3 · Orsaksanalys i lokalt brottsförebyggande arbete (2018)',
  levels: {
    2: 'Orsaker för varje fokusområde, helst med metod',
    1: 'Orsaker för några områden, allmänna orsaker eller bara en utlovad analys',
    0: 'Ingen orsaksanalys',
  },
  messages: {
    missing: 'Orsaker för varje fokusområde, helst med metod.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
