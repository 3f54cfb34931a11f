import { defineRule, verdict } from '../core/engine/rule.ts';

export const k14 = defineRule({
  id: 'K14',
  area: 'E',
  title: 'Uppföljning och dokumentation',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Teckna samverkansöverenskommelse · steg 5',
  levels: {
    2: 'Minst fyra av: indikatorer/data, metod, ansvarig, frekvens, mottagare — och en dokumentationsrutin',
    1: '"Arbetet följs upp årligen" utan innehåll, eller bara räkning av aktiviteter',
    0: 'Ingen uppföljning',
  },
  messages: {
    missing:
      'Minst fyra av: indikatorer/data, metod, ansvarig, frekvens, mottagare — och en dokumentationsrutin.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
