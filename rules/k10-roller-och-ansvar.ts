import { type Activity, activities, hasOwner } from '../core/analyse/activities.ts';
import { evidence } from '../core/analyse/analysis.ts';
import { cueTest } from '../core/analyse/cue-test.ts';
import { VAGUE_VERBS } from '../core/analyse/goals.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { defineRule, verdict } from '../core/engine/rule.ts';
import { JOINT_RESPONSIBILITY } from './lexicon/measures.ts';

const JOINT_SUBJECT = pattern(
  /^(?:kommun\p{L}*|polis\p{L}*)\s+och\s+(?:kommun\p{L}*|polis\p{L}*)$|^parterna$/iu,
);

export const k10 = defineRule({
  id: 'K10',
  area: 'D',
  title: 'Roller och ansvarsfördelning',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 1 · Strandell 2021',
  levels: {
    2: 'Varje parts åtaganden anges, och inte alla åtgärder är polisens',
    1: 'Ansvaret anges bara i allmänna ordalag',
    0: 'Ingen ansvarsfördelning',
  },
  messages: {
    missing:
      'Ansvaret är inte fördelat. Ange vad kommunen åtar sig, vad polisen åtar sig och vilken roll andra aktörer har (Brå steg 1).',
    'general-only':
      'Ansvaret anges bara i allmänna ordalag ("parterna ansvarar gemensamt"). Skriv ut vad var och en av kommunen och polisen åtar sig, med förvaltning eller funktion (Brå steg 1).',
    'one-party-only':
      'Alla åtaganden ligger på en part. Ange också vad den andra parten (kommunen eller polisen) åtar sig, så att arbetet blir gemensamt (Brå steg 1; Strandell 2021).',
  },
  evaluate(a) {
    const acts = activities(a);
    const owned = acts.filter((x) => hasOwner(x) && isStated(x));
    const kommun = owned.filter((x) => x.parties.includes('kommun'));
    const polis = owned.filter((x) => x.parties.includes('polis'));
    // "Kommunen och polisen ska hålla varandra informerade" in every line divides nothing between them.
    // One task the two do together ("kommunikationsavdelningen och polisens kommunikatör gör …") divides nothing either.
    const togetherOnly = (x: Activity) =>
      x.parties.includes('kommun') && x.parties.includes('polis') && TOGETHER.test(x.text);
    const divided = owned.some((x) => !JOINT_SUBJECT.test(x.who ?? '') && !togetherOnly(x));
    if (kommun.length > 0 && polis.length > 0 && divided) {
      const pick = (xs: typeof owned) => (xs.find((x) => x.commitment) ?? xs[0]) as (typeof owned)[number];
      const other = owned.filter((x) => x.parties.includes('annan')).slice(0, 1);
      return verdict(
        2,
        [pick(kommun), pick(polis), ...other].flatMap((x) =>
          x.lead ? [evidence(a, x.lead), evidence(a, x)] : [evidence(a, x)],
        ),
      );
    }
    if (owned.length > 0)
      return verdict(
        1,
        owned.map((x) => evidence(a, x)),
        'one-party-only',
      );
    const joint = a.sentences.filter((s) => JOINT_RESPONSIBILITY.test(s.text));
    if (joint.length > 0 || acts.length > 0)
      return verdict(
        1,
        (joint.length > 0 ? joint : acts).map((x) => evidence(a, x)),
        'general-only',
      );
    return verdict(0, [], 'missing');
  },
});

/** "Kommunen stödjer polisens arbete i centrum": backing the other party's work is no task of one's own. */
const SUPPORTS_OTHER = pattern(
  /(?<!\p{L})(?:stödjer|stöder|stöttar|bistår|understöd\p{L}*)\s+(?:\p{L}+\s+)?(?:polisens|kommunens|den\s+andra\s+partens)\s+(?:\p{L}+\s+)?arbete(?!\p{L})/iu,
);

const TOGETHER = pattern(/(?<!\p{L})(?:tillsammans|gemensamt)(?!\p{L})/iu);
const startsVague = cueTest(VAGUE_VERBS);
const VAGUE_HEAD = pattern(/^(?:(?:att|också|även|aktivt|gemensamt|tillsammans)\s+)*(\S+\s+\S+)/iu);

/**
 * A party's own commitment, not one in general terms: "Polisen ska sträva efter att vara synlig"
 * and "Kommunen och polisen ansvarar gemensamt för löftet" state no division of responsibility.
 */
function isStated(x: Activity): boolean {
  if (JOINT_RESPONSIBILITY.test(x.text) || SUPPORTS_OTHER.test(x.text)) return false;
  const head = VAGUE_HEAD.exec(x.what.trim())?.[1];
  return !(head && startsVague(head));
}
