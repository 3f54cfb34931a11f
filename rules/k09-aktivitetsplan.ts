import { defineRule, verdict } from '../core/engine/rule.ts';

export const k09 = defineRule({
  id: 'K09',
  area: 'C',
  title: 'Aktivitetsplan: vad, vem, när',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 4 · Genomför åtgärder',
  levels: {
    2: 'Varje (eller nästan varje) åtgärd har vad, vem och när',
    1: 'Åtgärder saknar ansvarig eller tid, eller är bara avsikter',
    0: 'Inga åtgärder',
  },
  messages: {
    missing: 'Varje (eller nästan varje) åtgärd har vad, vem och när.',
  },
  evaluate() {
    return verdict(0, [], 'missing');
  },
});
