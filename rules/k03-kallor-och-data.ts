import { type Analysis, evidence, type Sentence } from '../core/analyse/analysis.ts';
import { NOT_ATTACHED_NOTE, referencedElsewhere } from '../core/analyse/references.ts';
import { dataShown, type SourceType, sources, sourcesNamedElsewhere } from '../core/analyse/sources.ts';
import { defineRule, type Verdict, verdict } from '../core/engine/rule.ts';
import { LAGESBILD } from './lexicon/lagesbild.ts';

export const k03 = defineRule({
  id: 'K03',
  area: 'A',
  title: 'Källor och data',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Ta fram en egen lägesbild; Strandell 2018',
  levels: {
    2: 'Minst tre typer av källor vägs samman och data redovisas med år',
    1: 'En eller två typer av källor, eller källor utan siffror',
    0: 'Inga källor',
  },
  messages: {
    missing:
      'Ange vilka källor lägesbilden bygger på, till exempel polisens statistik över anmälda brott, trygghetsmätning eller skolenkät, medborgardialog eller trygghetsvandring och uppgifter från räddningstjänst, socialtjänst eller bostadsbolag (Brå, Ta fram en egen lägesbild).',
    'few-types':
      'Lägesbilden vilar på för få typer av källor. Väg samman minst tre: polisens statistik, enkäter som trygghetsmätning eller skolenkät, dialoger och uppgifter från andra aktörer (Brå, Ta fram en egen lägesbild).',
    'no-figures':
      'Källorna nämns men inga siffror redovisas. Visa de viktigaste uppgifterna med år, gärna i en tabell som visar utvecklingen (Brå; Strandell 2018).',
  },
  evaluate(a: Analysis): Verdict {
    const mentions = sources(a);
    const firstOf = new Map<SourceType, Sentence>();
    for (const m of mentions) if (!firstOf.has(m.type)) firstOf.set(m.type, m.sentence);
    const data = dataShown(a);
    const ev = [...firstOf.values()].map((s) => evidence(a, s));
    if (data[0]) ev.push(evidence(a, data[0]));
    let result: Verdict;
    if (firstOf.size >= 3 && data.length > 0) result = verdict(2, ev);
    else if (firstOf.size >= 3) result = verdict(1, ev, 'no-figures');
    else if (firstOf.size >= 1)
      result = verdict(1, ev, 'few-types', ...(data.length > 0 ? [] : ['no-figures']));
    else {
      // Sources named only as indicator or follow-up data are still sources named, without figures.
      const elsewhere = sourcesNamedElsewhere(a);
      result = elsewhere[0]
        ? verdict(1, [evidence(a, elsewhere[0].sentence)], 'few-types', 'no-figures')
        : verdict(0, [], 'missing');
    }
    if (result.level < 2 && referencedElsewhere(a, LAGESBILD).length > 0) result.notes = [NOT_ATTACHED_NOTE];
    return result;
  },
});
