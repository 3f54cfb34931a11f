import { defineRule, verdict } from '../core/engine/rule.ts';

export const k12 = defineRule({
  id: 'K12',
  area: 'D',
  title: 'Resurser och mandat',
  appliesTo: ['samverkansoverenskommelse', 'aktivitetsplan'],
  source: 'Strandell 2021 · Organisatorisk konsekvensanalys',
  levels: {
    2: 'Resurser anges konkret och mandat/beslutsväg är tydlig',
    1: 'En allmän formulering ("inom befintliga ramar") eller bara mandatet',
    0: 'Inget om resurser eller mandat',
  },
  messages: {
    missing: 'Resurser anges konkret och mandat/beslutsväg är tydlig.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
