import { type Analysis, evidence, type Sentence } from '../core/analyse/analysis.ts';
import { matches } from '../core/analyse/lexicon.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { inSectionTitled } from '../core/analyse/scope.ts';
import { signatures } from '../core/analyse/signatures.ts';
import { defineRule, verdict } from '../core/engine/rule.ts';
import {
  FORUM,
  FUNCTION,
  LOCAL_BRA,
  MANDATE,
  MEMBER_LIST,
  MEMBERS,
  NATIONAL_BRA,
  NATIONAL_BRA_HINT,
  RHYTHM,
} from './lexicon/k11.ts';
import { ABOUT_THE_LAW, NEGATED } from './lexicon/modality.ts';

/** A passage about one forum: a paragraph or list item, a table row, or a section titled with the forum. */
interface Unit {
  text: string;
  sentences: Sentence[];
  /** A bare name ("Styrgrupp") whose following list items describe the forum. */
  label?: boolean;
}
const LABEL_WORDS = 5;

/** Cheap tests before the lexicons, whose compound-prefix cues are costly on long documents. */
const FORUM_HINT = pattern(/grupp|forum|(?<!m)råd/i);
const FUNCTION_HINT = pattern(/samordn|koordinator|säkerhetschef|kommunpolis|kontaktperson|strateg/i);
const namesFunction = (text: string) =>
  FUNCTION_HINT.test(text) && matches(text, FUNCTION) && !NEGATED.test(text);

const ML_FOLLOW_UP = pattern(
  /uppfölj|följ\p{L}*\s+(?:\p{L}+\s+)?upp|går\s+(?:\p{L}+\s+)?igenom|ansvar\p{L}*\s+för\s+(?:\p{L}+\s+)?löfte/iu,
);
/** Owning the promise: "X och Y äger löftet", "X ansvarar för löftet". */
const ML_OWNS = pattern(/(?<!\p{L})(?:äger|ansvarar\s+för|står\s+för)\s+(?:\p{L}+\s+)?löfte/iu);
/** Holding a promise: being responsible for it, coordinating it or being its contact. */
const HOLDS = pattern(
  /ansvar\p{L}*|samordna\p{L}*|håller\s+(?:ihop|samman)|kontakt\p{L}*|leder|sammankalla\p{L}*|hör\s+av\s+dig|frågor\s+om\s+löftet|^ring\s|kontakta\s/iu,
);
/** A follow-up at set times, wherever the promise says it: "Tove och Ola går i juni och i november igenom …". */
const ML_REVIEW = pattern(
  /uppfölj|följ\p{L}*\s+(?:\p{L}+\s+){0,2}upp|(?<!\p{L})går\s+(?:[\p{L}\d]+\s+){0,6}igenom|stäm\p{L}*\s+av|räkna\p{L}*\s+(?:\p{L}+\s+)?samman|sammanställ\p{L}*/iu,
);
const ML_FREQUENCY = pattern(
  /(?<!\p{L})(årligen|varje\s+(?:år|höst|vår|kvartal|tertial|halvår|månad)|halvårsvis|kvartalsvis|tertialvis|månadsvis)(?!\p{L})/iu,
);

/** "Rådet lades ned 2023": a forum that no longer exists organises nothing. */
const ABOLISHED = pattern(
  /(?<!\p{L})(?:lades\s+ned|har\s+lagts\s+ned|avvecklades|har\s+avvecklats|upphörde|finns\s+inte\s+längre)(?!\p{L})/iu,
);
const NEIGHBOURS = pattern(/grannsamverkans\p{L}*/giu);

function mentionsForum(text: string): boolean {
  const national = NATIONAL_BRA_HINT.test(text) ? text.replace(NATIONAL_BRA, ' ') : text;
  // "grannsamverkansgrupper" are neighbours watching their street, not a forum of the parties.
  const local = national.includes('rannsamverkan') ? national.replace(NEIGHBOURS, ' ') : national;
  return (FORUM_HINT.test(local) && matches(local, FORUM)) || LOCAL_BRA.test(local);
}

/** A sentence that goes on about the forum just named: "Den sammanträder …", "I gruppen ingår …". */
const ANAPHOR = pattern(
  /^(?:den|det|de|dessa)\s|(?<!\p{L})(?:gruppen|grupperna|rådet|råden|forumet)(?!\p{L})/iu,
);
const WINDOW = 4;
const CONTINUES = pattern(/^(?:\d+(?:\.\d+)*\s+)?(?:gruppen|rådet|forumet|styrgruppen|arbetsgruppen)\s/iu);

/** Forum passages: a forum sentence and the sentences after it in its block that still speak of it. */
/** "Uppföljningen redovisas för det brottsförebyggande rådet": a forum that only receives a report organises nothing. */
const RECIPIENT = pattern(
  /(?<!\p{L})(?:redovisa\p{L}*|rapportera\p{L}*|lämna\p{L}*|skicka\p{L}*|presentera\p{L}*|informera\p{L}*)\s+(?:\S+\s+){0,3}?(?:för|till)\s/iu,
);
const onlyRecipient = (text: string) =>
  RECIPIENT.test(text) &&
  !RHYTHM.test(text) &&
  !MEMBERS.test(text) &&
  !MANDATE.test(text) &&
  !MEMBER_LIST.test(text);

function units(a: Analysis): Unit[] {
  const byBlock = new Map<object, Sentence[]>();
  const out: Unit[] = [];
  for (const s of a.sentences) {
    if (s.block.kind === 'table') {
      if (mentionsForum(s.text)) out.push({ text: s.text, sentences: [s] });
      continue;
    }
    const list = byBlock.get(s.block) ?? [];
    list.push(s);
    byBlock.set(s.block, list);
  }
  let previous: Unit | undefined;
  for (const list of byBlock.values()) {
    // "8.3 Rådet sammanträder fyra gånger per år": a clause of its own that goes on about the forum before it.
    const first = list[0];
    // "- **Styrgrupp**" over "- kommundirektören (ordf.), …", "- möten: 4 ggr/år": the items describe it.
    // "- **Styrgrupp** – kommundirektören, …" over "  - beslutar om …", "  - fyra möten per år": sub-items say more.
    const describesLabel =
      first?.block.kind === 'list-item' &&
      !mentionsForum(first.text) &&
      (previous?.label === true ||
        (previous?.sentences[0]?.block.kind === 'list-item' &&
          (RHYTHM.test(first.text) || MANDATE.test(first.text))));
    if (previous && first && (CONTINUES.test(first.text) || describesLabel)) {
      const more = list.slice(0, WINDOW);
      previous.sentences.push(...more);
      previous.text += ` ${more.map((x) => x.text).join(' ')}`;
      continue;
    }
    previous = undefined;
    list.forEach((s, i) => {
      if (!mentionsForum(s.text)) return;
      const about = [s];
      // "**Styrgrupp.** Kommundirektören (ordf.), … Möts fyra gånger per år.": a lead label heads its paragraph.
      const lead = i === 0 && list.length > 1 && s.text.split(/\s+/).length <= LABEL_WORDS;
      for (const next of list.slice(i + 1, i + 1 + WINDOW)) {
        if (!lead && !mentionsForum(next.text) && !ANAPHOR.test(next.text)) break;
        about.push(next);
      }
      previous = { text: about.map((x) => x.text).join(' '), sentences: about };
      if (list.length === 1 && s.text.split(/\s+/).length <= LABEL_WORDS) previous.label = true;
      out.push(previous);
    });
  }
  for (const section of a.sections) {
    if (
      section.heading &&
      section.title.length <= 60 &&
      mentionsForum(section.title) &&
      section.sentences.length > 0
    )
      out.push({
        text: `${section.title}. ${section.sentences.map((x) => x.text).join(' ')}`,
        sentences: section.sentences,
      });
  }
  return out;
}

const CONTACT_TITLES = ['kontakt*', 'frågor om löftet'];
const ORGANISATION_TITLES = ['organisation*', 'samordning*', 'ansvar och roller', 'kontakt*'];

/** Whole sentences in a section on organisation first; a bare lead ("Samordningsfunktion.") last. */
function rank(s: Sentence): number {
  return Number(inSectionTitled(s, ORGANISATION_TITLES)) * 2 + Number(s.text.split(/\s+/).length > 3);
}

/** "Lagen kräver att kommunen har en samordningsfunktion" says what the law asks, not who coordinates. */
export const k11 = defineRule({
  id: 'K11',
  area: 'D',
  title: 'Samordning och organisation',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 1 · Lag (2023:196) samordningsfunktion',
  levels: {
    2: 'En namngiven samordnande funktion och forum med medlemmar eller mandat och mötesrytm',
    1: 'En av de två, eller ansvaret lämnas till ett forum utan mandat',
    0: 'Ingen samordning beskriven',
  },
  messages: {
    missing:
      'Beskriv vem som samordnar arbetet (kommunens samordningsfunktion enligt lag 2023:196, kommunpolisen) och i vilka forum det styrs och bereds, med medlemmar, mandat och mötesrytm (Brå steg 1).',
    'missing-function':
      'Namnge den samordnande funktionen: kommunens brottsförebyggande samordnare eller trygghetssamordnare och polisens kommunpolis.',
    'forum-without-mandate':
      'Forumen (styrgrupp, beredningsgrupp, brottsförebyggande råd) nämns men inte vilka som ingår, vad de får besluta och hur ofta de möts.',
    'missing-forum':
      'Beskriv forum för arbetet, t.ex. en styrgrupp och en beredningsgrupp, med medlemmar, mandat och mötesrytm.',
    'ml-follow-up-owner':
      'Ange vem som äger löftet och dess uppföljning, och i vilket forum och hur ofta löftet följs upp.',
  },
  evaluate(a) {
    // Contact lines that ingestion took for a signature still name the coordinating function.
    const contacts = signatures(a).rejected.filter((b) => namesFunction(b.text));
    // In a promise the function must hold it: the kommunpolis who met residents in a tent does not.
    const holds = (text: string) =>
      a.type !== 'medborgarlofte' || ML_OWNS.test(text) || ML_REVIEW.test(text) || HOLDS.test(text);
    const functions: { start: number; end: number; block?: object }[] = [
      // Sentences in a section on organisation say it best, so they lead the evidence.
      ...a.sentences
        // Under "Kontakt" the kommunpolis named is the promise's contact, which is holding it.
        .filter(
          (s) =>
            namesFunction(s.text) &&
            !ABOUT_THE_LAW.test(s.text) &&
            (holds(s.text) || inSectionTitled(s, CONTACT_TITLES)),
        )
        .sort((x, y) => rank(y) - rank(x)),
      ...contacts.map((b) => ({ start: b.start, end: b.end })),
    ];
    const forumUnits = units(a).filter(
      (u) => !NEGATED.test(u.sentences[0]?.text ?? '') && !onlyRecipient(u.text) && !ABOLISHED.test(u.text),
    );
    const described = forumUnits.filter(
      (u) =>
        RHYTHM.test(u.text) && (MEMBERS.test(u.text) || MANDATE.test(u.text) || MEMBER_LIST.test(u.text)),
    );
    if (functions.length === 0 && forumUnits.length === 0) return verdict(0, [], 'missing');
    const ev = [
      ...functions.slice(0, 2).map((s) => evidence(a, { start: s.start, end: s.end })),
      ...(described.length > 0 ? described : forumUnits)
        .slice(0, 3)
        .flatMap((u) => (u.sentences[0] ? [evidence(a, u.sentences[0])] : [])),
    ];
    if (functions.length > 0 && described.length > 0) return verdict(2, ev);
    // ML reading: a named owner of the promise's follow-up, with a rhythm ("följs upp varje kvartal").
    if (a.type === 'medborgarlofte') {
      const timed = (t: string) => RHYTHM.test(t) || ML_FREQUENCY.test(t);
      const reviewedAtSetTimes = a.sentences.some((s) => ML_REVIEW.test(s.text) && timed(s.text));
      const owner = a.sentences.find((s, i) => {
        if (!namesFunction(s.text)) return false;
        const next = a.sentences[i + 1];
        const around = next?.block === s.block ? `${s.text} ${next.text}` : s.text;
        if (ML_FOLLOW_UP.test(s.text)) return timed(around);
        // The named owners of the promise who follow it up, and a follow-up at set times elsewhere.
        return ML_OWNS.test(s.text) && ML_FOLLOW_UP.test(around) && reviewedAtSetTimes;
      });
      if (owner) return verdict(2, [evidence(a, owner), ...ev]);
    }
    const advice: string[] = [];
    if (functions.length === 0) advice.push('missing-function');
    if (forumUnits.length === 0) advice.push('missing-forum');
    else if (described.length === 0) advice.push('forum-without-mandate');
    if (a.type === 'medborgarlofte') advice.push('ml-follow-up-owner');
    return verdict(1, ev, ...advice);
  },
});
