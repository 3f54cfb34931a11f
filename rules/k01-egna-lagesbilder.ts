import { defineRule, verdict } from '../core/engine/rule.ts';

export const k01 = defineRule({
  id: 'K01',
  area: 'A',
  title: 'Egna lägesbilder',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 2 · Ta fram en egen lägesbild',
  levels: {
    2: 'Båda parternas lägesbilder är namngivna med ägare, sammanfattade, daterade eller bifogade',
    1: 'En lägesbild nämns utan ägare, eller bara den ena partens',
    0: 'Ingen lägesbild',
  },
  messages: {
    missing: 'Båda parternas lägesbilder är namngivna med ägare, sammanfattade, daterade eller bifogade.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
