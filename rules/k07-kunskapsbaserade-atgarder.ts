import { activities, hasOwner, plansAPlan } from '../core/analyse/activities.ts';
import { type Analysis, evidence, type Sentence } from '../core/analyse/analysis.ts';
import { CAUSE_SECTION_CUES } from '../core/analyse/causes.ts';
import { cueTest } from '../core/analyse/cue-test.ts';
import { matches } from '../core/analyse/lexicon.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { inSectionTitled, NON_PICTURE_TITLES } from '../core/analyse/scope.ts';
import { defineRule, verdict } from '../core/engine/rule.ts';
import {
  ANSWERS_PROBLEM,
  CAUSE_LINK_CUES,
  CHOSEN_MEASURES_TITLE,
  EVIDENCE_CUES,
  HABIT_CHOICE,
  INTENTION_ONLY,
  JUSTIFICATION_TITLES,
  KNOWLEDGE_CLAIM_CUES,
  MEASURE_WORDS,
  NO_METHOD,
} from './lexicon/measures.ts';

const isClaim = cueTest(KNOWLEDGE_CLAIM_CUES);
const cueEvidence = cueTest(EVIDENCE_CUES);
/** "erfarenheter från polisens nationella arbete och från flera kommuner visar att …": experience, with its source between. */
const EXPERIENCE_SHOWS = pattern(
  /(?<!\p{L})erfarenhet\p{L}*\s+(?:från|av|i)\s+(?:[\p{L}-]+\s+){1,8}?visar\s+att(?!\p{L})/iu,
);
const isEvidence = (text: string) => cueEvidence(text) || EXPERIENCE_SHOWS.test(text);
const isIntention = cueTest(INTENTION_ONLY);
const isChoiceTitle = cueTest(['val av', 'motivering*', 'varför', 'så valde vi', 'kunskapsunderlag*']);

/** Keeping the collaboration going is no measure: "hålla varandra informerade", "träffas när det behövs". */
const UPKEEP = pattern(
  /hålla\s+varandra\s+informerade|informera\s+varandra|(?:träffas|mötas|ses)\s+(?:när\s+det\s+behövs|vid\s+behov|regelbundet)|ansvarar\s+gemensamt|gemensamt\s+ansvar|blir\s+verklighet|(?:upprätthålla|utse|tillsätta|avdela|ha)\s+(?:en\s+)?(?:\p{L}+\s+)?(?:samordn\p{L}*|kontaktperson\p{L}*|kommunpolis|samordningsfunktion\p{L}*)|(?:delta\s+i|sammankalla)\s+(?:\p{L}+\s+)?(?:möte\p{L}*|styrgrupp\p{L}*|arbetsgrupp\p{L}*|BRÅ|råd\p{L}*|samverkansgrupp\p{L}*)/iu,
);

/** A standing duty, not a method: "tillhandahålla lokaler", "medverka i det förebyggande arbetet", "beakta trygghetsaspekter", "samverka kring ungdomar", "bedriva tillsyn enligt alkohollagen". */
const STANDING_DUTY = pattern(
  /^(?:[\p{L},-]+\s+){0,10}?(?:tillhandahålla\s+(?:lokaler|administrativt\s+stöd|uppgifter|information)|medverka\s+(?:i|vid|till)|beakta|samverka\s+(?:kring|om|med)|utbyta\s+information|(?:bedriva|utöva)\s+tillsyn\s+enligt|vid\s+behov\s+(?:planera|genomföra)|genomföra\s+gemensamma\s+insatser\s+vid)(?!\p{L})/iu,
);

/** The agreement's own process is no measure: "årligen uppdatera lägesbilden", "ta fram åtgärdsplanen", "tillhandahålla statistik". */
const PROCESS_DUTY = pattern(
  /(?:uppdatera|ta\s+fram|revidera)\s+(?:\p{L}+\s+){0,2}\p{L}*lägesbild|(?:ta\s+fram|genomföra|följa\s+upp|besluta\s+om|framtagandet\s+av)[\p{L}\s,]{0,30}?\s(?:åtgärds|handlings|aktivitets)plan|(?:tillhandahålla|lämna|dela|bidra\s+med)\s+(?:\p{L}+\s+){0,3}(?:statistik|underlag|lägesinformation)|(?:genomföra|utföra)\s+de\s+(?:insatser|åtgärder)\s+(?:i|som)|säkerställa\s+att\s+(?:\S+\s+){0,6}deltar/iu,
);

/** Measures known by name, wherever the text names them ("SSPF", "Ansvarsfull alkoholservering"). */
const NAMED_METHOD = pattern(
  /(?<!\p{L})(?:SSPF|ANDT|Ansvarsfull\s+alkoholservering|STAD|kameraövervakning\p{L}*|kamerabevakning\p{L}*|trygghetsvandring\p{L}*|nattvandring\p{L}*|föräldravandring\p{L}*|grannsamverkan|belysning\p{L}*|fältassistent\p{L}*|Komet|ABC|Mentorer\s+i\s+våldsprevention|MVP|platssamverkan|hot\s*spot\p{L}*)(?!\p{L})/u,
);

/** Justifications in this many separate passages make a reasoned choice of measures, not a single remark. */
const MIN_JUSTIFIED_PASSAGES = 3;

export const k07 = defineRule({
  id: 'K07',
  area: 'C',
  title: 'Kunskapsbaserade åtgärder',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Arbeta kunskapsbaserat',
  levels: {
    2: 'Åtgärderna motiveras med forskning eller beprövad erfarenhet och kopplas till orsakerna',
    1: 'Metoder nämns utan motivering, eller ett allmänt påstående om kunskapsbaserat arbete',
    0: 'Inga åtgärder',
  },
  messages: {
    missing:
      'Det finns inga åtgärder att bedöma. Välj åtgärder som påverkar orsakerna och motivera valet med forskning eller beprövad erfarenhet (Brå, Arbeta kunskapsbaserat).',
    'not-justified':
      'Åtgärderna nämns utan motivering. Ange för varje åtgärd vad forskning eller beprövad erfarenhet säger om effekten (t.ex. Brå:s kunskapsöversikter, utvärderade metoder) och vilken orsak den ska påverka (Brå, Välj åtgärder som påverkar orsakerna).',
    'claim-only':
      'Att arbetet är "kunskapsbaserat" påstås men visas inte. Redovisa vilken kunskap varje åtgärd vilar på och vilken orsak den riktas mot (Brå, Arbeta kunskapsbaserat).',
    'partly-justified':
      'Bara en del av åtgärderna motiveras med forskning eller beprövad erfarenhet. Motivera också övriga åtgärder, eller byt ut dem mot metoder med stöd (Brå, Arbeta kunskapsbaserat).',
    'not-tied-to-causes':
      'Motiveringen kopplas inte till orsakerna. Ange vilken orsak från orsaksanalysen varje åtgärd ska påverka (Brå, Välj åtgärder som påverkar orsakerna).',
    'intentions-only':
      'Åtagandena är bara avsikter ("sträva efter", "främja") och nämner ingen åtgärd eller metod. Välj konkreta åtgärder som påverkar orsakerna och motivera dem med forskning eller beprövad erfarenhet (Brå, Arbeta kunskapsbaserat).',
    'no-method':
      'Aktiviteterna nämner ingen metod, bara att parterna möts, informerar eller gör insatser "vid behov". Välj konkreta åtgärder som påverkar orsakerna och motivera dem med forskning eller beprövad erfarenhet (Brå, Arbeta kunskapsbaserat).',
    'police-outputs-only':
      'Löftena är bara räkningar av polisens egna insatser (kontroller, patrullering). Komplettera med långsiktiga och gemensamma åtgärder som påverkar orsakerna (Brå, Formulera medborgarlöften).',
  },
  evaluate(a) {
    // "Parterna ska ta fram en handlingsplan": no measure is chosen yet.
    const acts = activities(a).filter((x) => !plansAPlan(x));
    const justified = justifications(a);
    // "Enligt Brå bör arbetet vara kunskapsbaserat": the national model, not a claim of this document's.
    const claims = a.sentences.filter((s) => isClaim(s.text));
    if (acts.length === 0 && justified.length === 0 && claims.length === 0) return verdict(0, [], 'missing');

    const passages = new Set(justified.map((s) => s.block));
    const habit = a.sentences.filter((s) => HABIT_CHOICE.test(s.text));
    // The link to causes is often the next sentence of the same passage, or a cause column of the plan.
    const tied =
      acts.some((x) => x.cause) ||
      justified.some((s) => matches(s.block.text, CAUSE_LINK_CUES)) ||
      // A section justifying the choice ("Val av insatser") may state the link once, in its lead-in.
      justified.some(
        (s) =>
          isChoiceTitle(s.section.title) && s.section.sentences.some((x) => matches(x.text, CAUSE_LINK_CUES)),
      ) ||
      claims.some((s) => matches(s.text, CAUSE_LINK_CUES) && matches(s.text, CAUSE_WORD));
    const ev = justified.map((s) => evidence(a, s));
    if ((passages.size >= MIN_JUSTIFIED_PASSAGES || coversMost(acts, justified)) && habit.length === 0) {
      return tied ? verdict(2, ev) : verdict(1, ev, 'not-tied-to-causes');
    }
    const owned = acts.filter(hasOwner);
    // ML reading: a promise justified by evidence and tied to the cause it acts on, among promises that are
    // not only police outputs (the checklist's reduced reading for medborgarlöften).
    if (
      a.type === 'medborgarlofte' &&
      habit.length === 0 &&
      // "Forskning … visar att korta pass … ger effekt. Löftet svarar mot att …": the tie may follow in the passage.
      justified.some(
        (s) =>
          matches(s.text, CAUSE_LINK_CUES) ||
          a.sentences.some((x) => x.block === s.block && ANSWERS_PROBLEM.test(x.text)),
      ) &&
      owned.length >= 2 &&
      owned.some((x) => x.parties.some((p) => p !== 'polis'))
    ) {
      return verdict(2, ev);
    }
    if (justified.length > 0)
      return verdict(
        1,
        [...ev, ...habit.map((s) => evidence(a, s))],
        'partly-justified',
        ...(tied ? [] : ['not-tied-to-causes']),
      );
    if (
      a.type === 'medborgarlofte' &&
      owned.length > 0 &&
      owned.every((x) => x.parties.every((p) => p === 'polis'))
    )
      return verdict(
        1,
        owned.map((x) => evidence(a, x)),
        'police-outputs-only',
      );
    if (claims.length > 0)
      return verdict(
        1,
        claims.map((s) => evidence(a, s)),
        'claim-only',
      );
    // Commitments that are only intentions name no method at all.
    if (acts.every((x) => x.commitment && isIntention(x.what))) return verdict(0, [], 'intentions-only');
    if (
      acts.every(
        (x) =>
          NO_METHOD.test(x.what) ||
          UPKEEP.test(x.text) ||
          PROCESS_DUTY.test(x.text) ||
          STANDING_DUTY.test(x.what) ||
          isIntention(x.what),
      ) &&
      !a.sentences.some((s) => NAMED_METHOD.test(s.text))
    )
      return verdict(0, [], 'no-method');
    return verdict(
      1,
      acts.map((x) => evidence(a, x)),
      'not-justified',
    );
  },
});

/** One passage may justify most measures at once: count the measures whose method it names. */
function coversMost(acts: { what: string }[], justified: Sentence[]): boolean {
  if (acts.length < 2 || justified.length === 0) return false;
  const said = justified.map((s) => s.text).join(' ');
  const lower = said.toLowerCase();
  const named = acts.filter((x) =>
    x.what
      .split(/[^\p{L}]+/u)
      .some(
        (w) =>
          (/^\p{Lu}{3,}$/u.test(w) && said.includes(w)) ||
          (w.length >= 8 && lower.includes(w.toLowerCase().slice(0, 6))),
      ),
  );
  return named.length >= Math.max(2, Math.ceil(0.6 * acts.length));
}

/**
 * Sentences that justify measures by research or tried experience: outside the picture and the cause
 * analysis, in a section of measures or their justification, or naming a measure themselves.
 */
/** Follow-up and picture sections: evidence cues there describe data, not a choice of measures. */
const NOT_JUSTIFICATION_TITLES = [
  'uppföljning*',
  'följs upp',
  'följer vi upp',
  'lägesbild*',
  'problembild*',
  'bakgrund*',
];
const CAUSE_WORD = ['orsak*'];
/** A finding of the picture or cause analysis: "orsaksanalysen visar att", "lägesbilden visar att". */
const FINDING = pattern(
  /(?<!\p{L})\p{L}*(?:analys|lägesbild|kartläggning|statistik|mätning|enkät|problembild|trygghetsvandring)\p{L}*\s+(?:\p{L}+\s+)?visar\s+att/giu,
);

function justifications(a: Analysis): Sentence[] {
  return a.sentences.filter((s) => {
    if (!isEvidence(s.text)) return false;
    // "orsaksanalysen visar att …" reports a finding about the problem, not evidence for the measure.
    if (!isEvidence(s.text.replace(FINDING, ' '))) return false;
    // "Våra åtgärder och varför vi har valt dem" › "Därför har vi valt just de här åtgärderna" justifies, it has no causes.
    if (inSectionTitled(s, CAUSE_SECTION_CUES) && !CHOSEN_MEASURES_TITLE.test(s.section.title)) return false;
    if (inSectionTitled(s, NOT_JUSTIFICATION_TITLES)) return false;
    return (
      inSectionTitled(s, JUSTIFICATION_TITLES) ||
      inSectionTitled(s, NON_PICTURE_TITLES) ||
      matches(s.text, MEASURE_WORDS)
    );
  });
}
