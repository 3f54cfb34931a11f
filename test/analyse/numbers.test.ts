import { describe, expect, it } from 'vitest';
import { figures } from '../../core/analyse/numbers.ts';

describe('figures', () => {
  it.each([
    ['38 procent av kvinnorna känner sig otrygga', ['38 procent']],
    ['Anmälda rån ökade från 12 till 21', ['12', '21']],
    ['Minskning med 10 procentenheter', ['10 procentenheter']],
  ])('finds the figures in "%s"', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each([
    'Bilagor | 1. Gemensam lägesbild 2025; 2. Aktivitetsplan 2026; 3. Kommunikationsplan',
    'Workshoppar den 7 och den 21 oktober 2025',
    'Orsaksanalysen för fokusområde 1 och 2 är gjord',
    'Skolenkäten 2025, bilaga 1 tabell 3',
    'Andel som använt narkotika de senaste 12 månaderna',
  ])('finds none in "%s": items, days, areas, references and periods', (text) => {
    expect(figures(text)).toEqual([]);
  });
});
