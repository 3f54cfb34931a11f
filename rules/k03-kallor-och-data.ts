import { defineRule, verdict } from '../core/engine/rule.ts';

export const k03 = defineRule({
  id: 'K03',
  area: 'A',
  title: 'Källor och data',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Ta fram en egen lägesbild',
  levels: {
    2: 'Minst tre typer av källor och siffror med årtal',
    1: 'En eller två typer av källor, eller källor utan siffror',
    0: 'Inga källor',
  },
  messages: {
    missing: 'Minst tre typer av källor och siffror med årtal.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
