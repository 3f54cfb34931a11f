import { defineRule, verdict } from '../core/engine/rule.ts';

export const k13 = defineRule({
  id: 'K13',
  area: 'D',
  title: 'Delaktighet',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 3–4 · Formulera medborgarlöften',
  levels: {
    2: 'Dialoger beskrivs och resultaten används, och andra aktörer eller grupper nämns med roll eller perspektiv',
    1: 'Ett enkelt omnämnande eller bara det ena av de två',
    0: 'Ingen delaktighet',
  },
  messages: {
    missing:
      'Dialoger beskrivs och resultaten används, och andra aktörer eller grupper nämns med roll eller perspektiv.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
