import { defineRule, verdict } from '../core/engine/rule.ts';

export const k15 = defineRule({
  id: 'K15',
  area: 'E',
  title: 'Giltighetstid och revidering',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Teckna samverkansöverenskommelse',
  levels: {
    2: 'Tydlig start och slut (eller tills vidare med fast översyn) och en revideringsmekanism',
    1: 'Bara perioden, eller bara "ses över vid behov"',
    0: 'Varken period eller revidering',
  },
  messages: {
    missing: 'Tydlig start och slut (eller tills vidare med fast översyn) och en revideringsmekanism.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
