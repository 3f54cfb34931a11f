import { describe, expect, it } from 'vitest';
import { distinctCues, matchAll, matches } from '../../core/analyse/lexicon.ts';

describe('cue lexicon', () => {
  it.each([
    ['lägesbild', 'Lägesbilden visar att', true],
    ['lägesbild', 'kommunens lägesbilder', true],
    ['lägesbild', 'polisens lägesbildsarbete', false],
    ['lägesbild*', 'lägesbildsarbetet pågår', true],
    ['*mätning', 'trygghetsmätningen 2023', true],
    ['mätning', 'trygghetsmätningen 2023', false],
    ['=mål', 'målsägande 65 år', false],
    ['=mål', 'ett mål för perioden', true],
    ['förebygg*', 'brottsförebyggande arbete', false],
    ['*förebygg*', 'brottsförebyggande arbete', true],
    ['polisens lägesbild', 'polisens lokala lägesbild', true],
    ['polisens lägesbild', 'polisen och kommunens gemensamma lägesbild', false],
  ])('%s in "%s" → %s', (cue, text, expected) => {
    expect(matches(text, [cue])).toBe(expected);
  });

  it('reports compound matches after a test of the same text', () => {
    const cues = ['*aktivitet*', '*insats*'];
    expect(matches('Aktivitetsplan 2024', cues)).toBe(true);
    expect(matchAll('Aktivitetsplan 2024', cues).map((m) => m.index)).toEqual([0]);
  });

  it('reports every match with its offset', () => {
    const text = 'Orsaksanalysen visar orsaker. Bakomliggande orsaker beskrivs.';
    expect(matchAll(text, ['orsak', 'orsaksanalys']).map((m) => [m.index, m.text])).toEqual([
      [0, 'Orsaksanalysen'],
      [21, 'orsaker'],
      [44, 'orsaker'],
    ]);
  });

  it('counts distinct cues', () => {
    expect(distinctCues('trygghetsmätningen och skolenkäten', ['*mätning', 'skolenkät', 'LUPP'])).toEqual([
      '*mätning',
      'skolenkät',
    ]);
  });

  it('does not match inside a longer word without a compound marker', () => {
    expect(matches('Folkets hus', ['=folk'])).toBe(false);
    expect(matches('oorsakad', ['orsak'])).toBe(false);
  });
});
