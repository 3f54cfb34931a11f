import { defineRule, verdict } from '../core/engine/rule.ts';

export const k07 = defineRule({
  id: 'K07',
  area: 'C',
  title: 'Kunskapsbaserade åtgärder',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Arbeta kunskapsbaserat',
  levels: {
    2: 'Åtgärderna motiveras med forskning eller beprövad erfarenhet och kopplas till orsakerna',
    1: 'Metoder nämns utan motivering, eller ett allmänt påstående om kunskapsbaserat arbete',
    0: 'Inga åtgärder',
  },
  messages: {
    missing: 'Åtgärderna motiveras med forskning eller beprövad erfarenhet och kopplas till orsakerna.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
