import {
  type Activity,
  activities,
  hasOwner,
  MEASURE_SECTION_CUES,
  planReferences,
} from '../core/analyse/activities.ts';
import { evidence, type Section, type Sentence } from '../core/analyse/analysis.ts';
import { cueTest } from '../core/analyse/cue-test.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { NOT_ATTACHED_NOTE, PLAN_KIND } from '../core/analyse/references.ts';
import { defineRule, type Verdict, verdict } from '../core/engine/rule.ts';
import { ABOUT_THE_LAW } from './lexicon/modality.ts';

const isMeasureTitle = cueTest(MEASURE_SECTION_CUES);
const INTENDS = pattern(/(?<!\p{L})(?:ska|skall|kommer\s+att|planeras|avser)(?!\p{L})/iu);

/** "## 6 Aktiviteter" + "Parterna ska genomföra gemensamma kontroller …": measures only announced. */
function announcesMeasures(s: Sentence): boolean {
  if (s.block.kind !== 'paragraph' && s.block.kind !== 'list-item') return false;
  const title = s.section.heading ? s.section.title : '';
  return isMeasureTitle(title) && !/uppfölj|utvärder|följ/i.test(title) && INTENDS.test(s.text);
}

/** "Every or nearly every" measure: this share must have what, who and when. */
const COMPLETE_SHARE = 0.8;

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
    missing:
      'Det finns inga åtgärder. Gör en aktivitetsplan där varje åtgärd anger vad som görs, vem som ansvarar (organisation och funktion) och när eller hur ofta (Brå steg 4).',
    'needs-owner':
      'Flera åtgärder saknar ansvarig. Ange för varje åtgärd vilken organisation och vilken funktion som ansvarar, inte bara "parterna" (Brå steg 4).',
    'needs-time':
      'Flera åtgärder saknar tidpunkt eller omfattning. Ange när eller hur ofta varje åtgärd genomförs, t.ex. "fredag och lördag kl. 21–03" eller "senast 30 juni" (Brå steg 4).',
    'intentions-only':
      'Åtgärderna är bara aviserade ("en handlingsplan tas fram"). Ta fram planen och ange för varje åtgärd vad, vem och när (Brå steg 4).',
    'referenced-not-attached':
      'Åtgärderna sägs finnas i en aktivitetsplan eller handlingsplan som inte är bifogad. Bifoga planen så att vad, vem och när går att granska (Brå steg 4).',
  },
  evaluate(a) {
    const acts = activities(a);
    const table = acts.filter((x) => x.from === 'table');
    // "Del 2. Lövstena kommun" has its table, "Del 3. Sörvreta kommun" beside it only a list: both are the plan.
    const tableParts = new Set(table.map((x) => x.section));
    const beside = acts.filter(
      (x) => x.from !== 'table' && hasOwner(x) && besideTable(x.section, tableParts),
    );
    const measures = table.length > 0 ? [...table, ...beside] : acts.filter((x) => !x.commitment);
    const pool = measures.length > 0 ? measures : acts;
    const refs = planReferences(a);
    const notes = refs.length > 0 ? [NOT_ATTACHED_NOTE] : [];
    if (pool.length === 0) {
      // "En handlingsplan med aktiviteter tas fram varje år": only an intention.
      const intended = a.sentences.filter(
        (s) => (PLAN_KIND.test(s.text) || announcesMeasures(s)) && !ABOUT_THE_LAW.test(s.text),
      );
      if (refs.length === 0 && intended.length > 0)
        return verdict(
          1,
          intended.map((s) => evidence(a, s)),
          'intentions-only',
        );
      if (refs.length === 0) return verdict(0, [], 'missing');
      return withNotes(
        verdict(
          1,
          refs.map((r) => evidence(a, r.sentence)),
          'referenced-not-attached',
        ),
        notes,
      );
    }
    const complete = pool.filter(isComplete);
    const share = complete.length / pool.length;
    const ev = (complete.length > 0 ? complete : pool).map((x) => evidence(a, x));
    if (share >= COMPLETE_SHARE && refs.length === 0) return verdict(2, ev);
    const advice: string[] = [];
    if (pool.filter(hasOwner).length < COMPLETE_SHARE * pool.length) advice.push('needs-owner');
    if (pool.filter((x) => x.when).length < COMPLETE_SHARE * pool.length) advice.push('needs-time');
    if (refs.length > 0) advice.push('referenced-not-attached');
    if (advice.length === 0) advice.push('needs-owner', 'needs-time');
    return withNotes(verdict(1, [...ev, ...refs.map((r) => evidence(a, r.sentence))], ...advice), notes);
  },
});

/** The last word of a part's title: "kommun" in "Del 3. Sörvreta kommun". */
const lastWord = (section: Section) => section.title.toLowerCase().match(/\p{L}+$/u)?.[0];

/** A part parallel to one holding a table of the plan ("B2. Wendelsta kommun" beside "B1. Vemmarps kommun") with no table of its own. */
function besideTable(part: Section, tableParts: Set<Section>): boolean {
  if (tableParts.has(part) || !part.heading) return false;
  const word = lastWord(part);
  return [...tableParts].some(
    (t) =>
      t.heading &&
      t.parent === part.parent &&
      t.level === part.level &&
      word !== undefined &&
      lastWord(t) === word,
  );
}

function isComplete(x: Activity): boolean {
  return x.what.trim() !== '' && hasOwner(x) && !!x.when;
}

function withNotes(v: Verdict, notes: string[]): Verdict {
  return notes.length > 0 ? { ...v, notes } : v;
}
