import { evidence, type Sentence } from '../core/analyse/analysis.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { defineRule, verdict } from '../core/engine/rule.ts';
import {
  AGREEMENT,
  AUDIENCE,
  COMMUNICATION,
  FEEDBACK,
  NOT_DECIDED_HERE,
  OWNER,
  PROMISE,
  PUBLISHED,
  RESIDENTS,
  RESULTS,
  TELL,
} from './lexicon/k17.ts';
import { FUTURE, NEGATED, PREVIOUS_AGREEMENT } from './lexicon/modality.ts';

/** "Polisen har sedan 2016 arbetat med medborgarlöften i hela landet": promises elsewhere, not this agreement's. */
const NATIONWIDE = pattern(
  /(?<!\p{L})(?:i\s+hela\s+landet|nationellt|runt\s+om\s+i\s+landet|i\s+många\s+kommuner)(?!\p{L})/iu,
);

/** "Medborgarlöfte för Centrum 2026" heads a promise; "Kommunikation och medborgarlöfte" heads a topic. */
const PROMISE_TITLE = pattern(/(?<!\p{L})medborgarlöfte\p{L}*\s+(?:för|i|20\d\d)(?!\p{L})/iu);

const CONTACT = pattern(
  /(?<!\p{L})(?:kontakta|mejla|maila|hör\s+av\s+dig)(?!\p{L})|^(?:har\s+du\s+)?frågor(?!\p{L})/iu,
);
const PUBLISH_VERB = pattern(
  /(?<!\p{L})(?:publicer\p{L}*|finns\s+att\s+läsa|läs(?:a)?\s+(?:mer|löftet|om)|finns\s+på)(?!\p{L})/iu,
);

export const k17 = defineRule({
  id: 'K17',
  area: 'E',
  title: 'Medborgarlöfte och kommunikation',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 1, 4 och 5 · Formulera medborgarlöften',
  levels: {
    2: 'Överenskommelse och medborgarlöfte är kopplade och det finns en plan för kommunikation och återkoppling',
    1: 'En av de två',
    0: 'Varken koppling eller kommunikation',
  },
  messages: {
    missing:
      'Koppla överenskommelse och medborgarlöfte till varandra och beskriv hur arbetet kommuniceras och återrapporteras till invånarna (Brå steg 1, 4 och 5).',
    'missing-promise':
      'Ange vilka medborgarlöften som hör till överenskommelsen, eller när de ska tas fram och utifrån vilka fokusområden.',
    'missing-communication':
      'Ta fram eller hänvisa till en kommunikationsplan och ange vem som ansvarar för kommunikationen (t.ex. kommunens kommunikationsavdelning och polisens kommunikatör).',
    'missing-agreement': 'Ange vilken samverkansöverenskommelse medborgarlöftet hör till.',
    'missing-publication': 'Ange var löftet publiceras, t.ex. på kommunens och polisens webbplatser.',
    'missing-feedback':
      'Beskriv hur och när resultaten återkopplas till invånarna, t.ex. på webbplatsen och vid ett öppet möte.',
  },
  evaluate(a) {
    const find = (re: RegExp) => a.sentences.filter((s) => re.test(s.text));
    const ev = (list: Sentence[]) => list.slice(0, 2).map((s) => evidence(a, s));
    if (a.type === 'medborgarlofte') {
      const agreement = find(AGREEMENT);
      // "Frågor om löftena: kontakta oss via klockarvik.se": a way to reach the parties, not where the promise is published.
      const published = find(PUBLISHED).filter((s) => !CONTACT.test(s.text) || PUBLISH_VERB.test(s.text));
      const feedback = a.sentences.filter(
        (s) =>
          FEEDBACK.test(s.text) ||
          FEEDBACK.test(s.section.title) ||
          (RESULTS.test(s.text) && TELL.test(s.text) && AUDIENCE.test(s.text)),
      );
      const parts = [agreement, published, feedback];
      if (parts.every((p) => p.length === 0)) return verdict(0, [], 'missing');
      const evidenceList = parts.flatMap(ev);
      if (parts.every((p) => p.length > 0)) return verdict(2, evidenceList);
      const advice: string[] = [];
      if (agreement.length === 0) advice.push('missing-agreement');
      if (published.length === 0) advice.push('missing-publication');
      if (feedback.length === 0) advice.push('missing-feedback');
      return verdict(1, evidenceList, ...advice);
    }
    // A promise named in the text, or a measure headed "Medborgarlöfte för …" (its first line as evidence).
    const promise = a.sentences.filter(
      (s) =>
        (PROMISE.test(s.text) || (PROMISE_TITLE.test(s.section.title) && s.section.sentences[0] === s)) &&
        !NEGATED.test(s.text) &&
        !NATIONWIDE.test(s.text) &&
        !PREVIOUS_AGREEMENT.test(s.text),
    );
    // A communication plan or owner, or at least results reported back to residents.
    const communication = a.sentences.filter(
      (s) =>
        (COMMUNICATION.test(s.text) ||
          (RESULTS.test(s.text) &&
            (PUBLISHED.test(s.text) || (TELL.test(s.text) && RESIDENTS.test(s.text))))) &&
        !NEGATED.test(s.text) &&
        !NOT_DECIDED_HERE.test(s.text) &&
        !PREVIOUS_AGREEMENT.test(s.text),
    );
    // "En kommunikationsplan ska tas fram" with nobody owning it is a promise, not a plan.
    const planned =
      communication.length > 0 && communication.every((s) => FUTURE.test(s.text) && !OWNER.test(s.text));
    if (promise.length === 0 && communication.length === 0) return verdict(0, [], 'missing');
    const evidenceList = [...ev(promise), ...ev(communication)];
    if (promise.length > 0 && communication.length > 0 && !planned) return verdict(2, evidenceList);
    return verdict(1, evidenceList, promise.length === 0 ? 'missing-promise' : 'missing-communication');
  },
});
