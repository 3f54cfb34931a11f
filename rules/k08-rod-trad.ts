import { defineRule, verdict } from '../core/engine/rule.ts';

export const k08 = defineRule({
  id: 'K08',
  area: 'C',
  title: 'Röd tråd',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Välj åtgärder som påverkar orsakerna',
  levels: {
    2: 'Uttalad koppling problem → orsak → mål → åtgärd för varje fokusområde',
    1: 'Underförstådd koppling (åtgärder under fokusområdesrubriker) eller delvis täckning',
    0: 'En fristående lista med åtgärder',
  },
  messages: {
    missing: 'Uttalad koppling problem → orsak → mål → åtgärd för varje fokusområde.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
