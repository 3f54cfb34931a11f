import { activities } from '../core/analyse/activities.ts';
import { type Analysis, evidence } from '../core/analyse/analysis.ts';
import {
  FOCUS_SECTION_CUES,
  focusAreas,
  isMotivated,
  mentionsArea,
  motivates,
} from '../core/analyse/focus-areas.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { NOT_ATTACHED_NOTE, referencedElsewhere } from '../core/analyse/references.ts';
import { test } from '../core/analyse/scope.ts';
import { dataShown, sources } from '../core/analyse/sources.ts';
import { defineRule, type Verdict, verdict } from '../core/engine/rule.ts';
import { PROBLEM_TYPES } from './lexicon/lagesbild.ts';
import { ANSWERS_PROBLEM, wholePromiseAnswer } from './lexicon/measures.ts';
import { NEGATED } from './lexicon/modality.ts';

const MAX_AREAS = 6;
/** "frågor som invånarna lyfte mest", "det ni berättade": the problems come from residents. */
const RAISED = pattern(
  /(?<!\p{L})(?:invånar|boende|ni|du)\p{L}*\s+(?:\p{L}+\s+)?(?:lyfte|tog\s+upp|berättade|sa)(?!\p{L})/iu,
);

/** A sentence about all the areas at once: "Båda områdena har ökat …", "Valet motiveras av att …", "De tre har valts för att …". */
const TOGETHER = pattern(
  /(?<!\p{L})(?:(?:båda|alla|samtliga|de\s+(?:två|tre|fyra|fem)|dessa|valda)\s+(?:\p{L}+\s+)?(?:fokus|insats|utvecklings)?områden(?:a)?|(?:valet|urvalet|prioriteringen|prioriteringarna)\s+(?:av\s+(?:\p{L}+\s+){0,2})?(?:motiveras|grundar\s+sig|bygger|baseras|utgår)|(?:fokus|insats|utvecklings|problem)?områdena\s+har\s+(?:valts|prioriterats)\s+(?:ut\s+)?(?:därför\s+att|eftersom|för\s+att|utifrån)|(?:de|dessa|alla|båda)\s+(?:två|tre|fyra|fem)\s+har\s+(?:valts|prioriterats)\s+(?:ut\s+)?(?:därför\s+att|eftersom|för\s+att|utifrån)|valt\s+(?:ut\s+)?(?:två|tre|fyra|fem)\s+(?:fokus|insats|utvecklings)?områden,?\s+(?:därför\s+att|eftersom|utifrån\s+att))(?!\p{L})/iu,
);

/** "33 procent tog upp bilar som kör för fort", "28 procent nämnde Åparken": the problems residents named. */
const RESIDENTS_RAISED = pattern(
  /(?<!\p{L})(?:\d+\s*(?:procent|%)|många|flest|de\s+flesta),?\s+(?:\p{L}+\s+){0,3}?(?:skrev\s+om|tog\s+upp|nämnde|pekade\s+ut|lyfte\s+fram)(?!\p{L})/iu,
);
/** "Många av er oroar er för tre saker: att …, att … och att …": the problems, counted and listed. */
const CONCERNS_LISTED = pattern(
  /(?<!\p{L})(?:oroa[rs]?\s+(?:er|sig|dig|oss|mig)\s+för|(?:är|blir)\s+oroliga?\s+för|bekymrade?\s+över|upplever\s+som\s+problem|(?:tog|tar)\s+upp|nämnde|nämner)\s+(?:(?:framför\s+allt|främst|särskilt)\s+)?(?:två|tre|fyra|fem)\s+(?:saker|problem|frågor|områden)\s*:/iu,
);
const DEFERRED = pattern(
  /(?<!\p{L})(?:vilka|vilket)\s+(?:problem|områden|fokusområden)\s+(?:som\s+)?(?:ska\s+)?(?:prioriteras|väljs)[^.]{0,60}?\s(?:avgörs|beslutas|bestäms|väljs|görs)\s+(?:i|av)\s/iu,
);
const RESIDENTS_RAISED_ALL = new RegExp(RESIDENTS_RAISED.source, 'giu');
const PROBLEM_NAMED = pattern(
  /(?<!\p{L})(?:har\s+blivit|är)\s+(?:ett\s+)?(?:(?:stort|växande|allvarligt)\s+)?problem(?!\p{L})|(?<!\p{L})det\s+vill\s+vi\s+(?:ändra\s+på|få\s+bukt\s+med|göra\s+något\s+åt)(?!\p{L})/iu,
);

/** "De tre fokusområdena i samverkansöverenskommelsen", "fokusområden som anges i överenskommelsen": chosen elsewhere. */
const TAKEN_FROM_AGREEMENT = pattern(
  /(?<!\p{L})(?:fokus|insats|utvecklings)områden\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:i|enligt|från)\s+(?:den\s+)?(?:gällande\s+)?(?:samverkans)?överenskommelsen(?!\p{L})/iu,
);
/** "Fokusområde 1 har valts eftersom våldet har ökat …": one area's reason, given apart from its name. */
const CHOSEN_BECAUSE = pattern(
  /(?<!\p{L})(?:har\s+(?:valts|prioriterats)(?:\s+ut)?|valdes|prioriteras)\s+(?:eftersom|därför\s+att|för\s+att|utifrån)(?!\p{L})/iu,
);
const BECAUSE = pattern(
  /(?<!\p{L})(?:eftersom|därför\s+att|för\s+att|på\s+grund\s+av|visar|har\s+ökat)(?!\p{L})/iu,
);

/** A promise's section naming the problems it takes on: "Det här vill vi göra något åt", "Problemen vi vill lösa". */
const PROBLEM_SECTION = pattern(
  /(?<!\p{L})(?:göra\s+något\s+åt|vill\s+vi\s+(?:ändra\s+på|lösa|få\s+bukt\s+med|komma\s+åt)|problem(?:en)?\s+(?:vi|som)\s+(?:vill|ska)\s+(?:lösa|åtgärda|ändra))(?!\p{L})/iu,
);

export const k04 = defineRule({
  id: 'K04',
  area: 'A',
  title: 'Prioriterade fokusområden',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 3 · Prioritera problem',
  levels: {
    2: 'Ett fåtal namngivna fokusområden, vart och ett motiverat utifrån problembilden',
    1: 'Fokusområden utan motivering, eller så många eller breda att inget prioriteras',
    0: 'Inga fokusområden',
  },
  messages: {
    missing:
      'Välj ett fåtal fokusområden (omkring två till fem) utifrån den gemensamma problembilden och skriv ut dem (Brå steg 3).',
    'no-motivation':
      'Fokusområdena motiveras inte. Skriv för varje område varför det valts: vad problembilden visar och varför kommunen och polisen tillsammans kan påverka det (Brå steg 3).',
    'too-many':
      'Det är så många fokusområden att inget blir prioriterat. Välj ut de två till fem problem där utvecklingen är mest negativ och parterna kan påverka (Brå steg 3).',
    'ml-missing':
      'Medborgarlöftet säger inte vilket problem det ska lösa. Ange vilka problem ur lägesbilden löftena svarar mot (Brå, Formulera medborgarlöften).',
  },
  evaluate(a: Analysis): Verdict {
    // A lägesbild annex that leaves the choice to the agreement ("Vilka problem som prioriteras … avgörs i
    // samverkansöverenskommelsen") describes problems side by side and chooses none of them.
    if (a.files.length === 1) {
      const deferred = a.sentences.find((s) => DEFERRED.test(s.text));
      if (deferred) return verdict(0, [], 'missing');
    }
    const areas = focusAreas(a);
    const ev = areas.slice(0, 5).map((f) => evidence(a, f));
    const refs = referencedElsewhere(a, [...FOCUS_SECTION_CUES, 'skäl*', 'motiv*', 'valet']);
    let result: Verdict;
    if (areas.length === 0) {
      // ML reading: promises that each say which problem from the picture they answer name it.
      // So do lead-ins over groups of promises: "För att minska otryggheten på Stationsgatan lovar vi att:".
      const answers =
        a.type === 'medborgarlofte'
          ? [
              ...activities(a).filter((x) => ANSWERS_PROBLEM.test(x.text)),
              ...a.sentences.filter((s) => s.block.kind !== 'list-item' && ANSWERS_PROBLEM.test(s.text)),
            ]
          : [];
      // "Buskörningen med mopeder har blivit ett problem. … Det vill vi ändra på.": the problems, said outright.
      const named =
        a.type === 'medborgarlofte'
          ? a.sentences.filter(
              (s) =>
                (PROBLEM_NAMED.test(s.text) ||
                  RESIDENTS_RAISED.test(s.text) ||
                  CONCERNS_LISTED.test(s.text)) &&
                !NEGATED.test(s.text),
            )
          : [];
      // Naming no area is having none, whatever is said about "prioriteringar" or "inriktning".
      // One sentence may report several: "46 procent skrev om …. 33 procent tog upp …".
      const raised = named.reduce((n, s) => n + (s.text.match(RESIDENTS_RAISED_ALL)?.length ?? 0), 0);
      // "Löftet handlar om busstationen", "Varför handlar löftet om resecentrum?": the promise names its problem.
      const whole = a.type === 'medborgarlofte' ? wholePromiseAnswer(a) : undefined;
      // "## Det här vill vi göra något åt" over the problems: the promise says what it answers.
      const aimed =
        a.type === 'medborgarlofte'
          ? a.sentences.filter((s) => PROBLEM_SECTION.test(s.section.title) && test(s.text, PROBLEM_TYPES))
          : [];
      result = whole
        ? verdict(2, [evidence(a, whole)])
        : aimed.length > 0
          ? verdict(
              2,
              aimed.map((s) => evidence(a, s)),
            )
          : named.length >= 2 || raised >= 2 || named.some((s) => CONCERNS_LISTED.test(s.text))
            ? verdict(
                2,
                named.map((s) => evidence(a, s)),
              )
            : answers.length >= 2 && sources(a).length > 0
              ? verdict(
                  2,
                  answers.map((x) => evidence(a, x)),
                )
              : verdict(0, [], a.type === 'medborgarlofte' ? 'ml-missing' : 'missing');
    } else if (areas.length > MAX_AREAS) result = verdict(1, ev, 'too-many');
    else if (
      a.type === 'medborgarlofte' &&
      (sources(a).length > 0 ||
        dataShown(a).length > 0 ||
        areas.some((f) => RAISED.test(a.doc.text.slice(f.start, f.end))))
    )
      // A promise names the problems it answers; the picture beside it is their motivation.
      result = verdict(2, ev);
    else {
      const reasons = a.sentences.filter((s) => CHOSEN_BECAUSE.test(s.text) && motivates(s.text));
      const motivated = areas.filter((f) => isMotivated(f) || reasons.some((s) => mentionsArea(s.text, f)));
      // "Båda områdena har ökat tre år i rad …": one sentence motivating all the areas at once.
      // A plan that takes its areas from the agreement leaves their motivation there.
      const together = a.sentences.find(
        (s) =>
          TOGETHER.test(s.text) &&
          motivates(s.text) &&
          !(TAKEN_FROM_AGREEMENT.test(s.text) && !BECAUSE.test(s.text)),
      );
      result =
        motivated.length === areas.length
          ? verdict(2, ev)
          : together
            ? verdict(2, [...ev, evidence(a, together)])
            : verdict(1, ev, 'no-motivation');
    }
    if (result.level < 2 && refs.length > 0) result.notes = [NOT_ATTACHED_NOTE];
    return result;
  },
});
