import { defineRule, verdict } from '../core/engine/rule.ts';

export const k02 = defineRule({
  id: 'K02',
  area: 'A',
  title: 'Gemensam problembild',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 3 · Gemensam problembild',
  levels: {
    2: 'En gemensam, konkret problembild med minst tre av: brottstyper/problem, platser, tider, grupper (kön, ålder), utveckling över tid',
    1: 'Problembilden påstås men beskrivs inte, är allmän eller har bara en dimension',
    0: 'Ingen problembild',
  },
  messages: {
    missing:
      'En gemensam, konkret problembild med minst tre av: brottstyper/problem, platser, tider, grupper (kön, ålder), utveckling över tid.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
