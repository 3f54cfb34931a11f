import { defineRule, verdict } from '../core/engine/rule.ts';

export const k17 = defineRule({
  id: 'K17',
  area: 'E',
  title: 'Medborgarlöfte och kommunikation',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 1, 4, 5 · Formulera medborgarlöften',
  levels: {
    2: 'Koppling mellan överenskommelse och medborgarlöfte och en plan för kommunikation och återkoppling',
    1: 'Det ena av de två',
    0: 'Inget av dem',
  },
  messages: {
    missing:
      'Koppling mellan överenskommelse och medborgarlöfte och en plan för kommunikation och återkoppling.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
