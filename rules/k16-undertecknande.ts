import { defineRule, verdict } from '../core/engine/rule.ts';

export const k16 = defineRule({
  id: 'K16',
  area: 'E',
  title: 'Undertecknande',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 3 · Teckna samverkansöverenskommelse',
  levels: {
    2: 'Undertecknat och daterat av kommunstyrelsens ordförande och lokalpolisområdeschefen',
    1: 'Undertecknat av andra roller, av en part eller odaterat',
    0: 'Inga underskrifter',
  },
  messages: {
    missing: 'Undertecknat och daterat av kommunstyrelsens ordförande och lokalpolisområdeschefen.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
