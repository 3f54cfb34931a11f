import { defineRule, verdict } from '../core/engine/rule.ts';

export const k06 = defineRule({
  id: 'K06',
  area: 'C',
  title: 'Mätbara mål',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Formulera mål',
  levels: {
    2: 'Minst ett effektmål per fokusområde med indikator, utgångsläge eller målvärde och tidpunkt',
    1: 'Bara riktning, produktionsmål, aktiviteter som mål eller en vision',
    0: 'Inga mål, eller bara vaga verb utan indikator',
  },
  messages: {
    missing: 'Minst ett effektmål per fokusområde med indikator, utgångsläge eller målvärde och tidpunkt.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
