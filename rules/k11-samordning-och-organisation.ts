import { defineRule, verdict } from '../core/engine/rule.ts';

export const k11 = defineRule({
  id: 'K11',
  area: 'D',
  title: 'Samordning och organisation',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 1 · Lag (2023:196) samordningsfunktion',
  levels: {
    2: 'En namngiven samordnande funktion och forum med medlemmar eller mandat och mötesrytm',
    1: 'En av de två, eller ansvaret lämnas till ett forum utan mandat',
    0: 'Ingen samordning beskriven',
  },
  messages: {
    missing: 'En namngiven samordnande funktion och forum med medlemmar eller mandat och mötesrytm.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
