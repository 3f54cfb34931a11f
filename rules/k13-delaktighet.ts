import { activities } from '../core/analyse/activities.ts';
import { type Analysis, evidence, type Sentence } from '../core/analyse/analysis.ts';
import { years } from '../core/analyse/numbers.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { inNonPictureSection, isProspective, test } from '../core/analyse/scope.ts';
import { NOT_HELD, ownYear, PARTIES_TALKING } from '../core/analyse/sources.ts';
import { defineRule, type Verdict, verdict } from '../core/engine/rule.ts';
import {
  ACTORS,
  COMPANY_NAME,
  DIALOGUE,
  DIALOGUE_DETAIL,
  DIALOGUE_RESULT,
  DIALOGUE_SPECIFIC,
  PERSPECTIVE,
  RESIDENTS_SAID,
  RESIDENTS_TOLD,
  ROLE,
  USED,
  WALK,
} from './lexicon/delaktighet.ts';

function isActivity(s: Sentence): boolean {
  return s.block.kind === 'table' || /^(?:genomföra|genomför|hålla|ordna)\b/i.test(s.text);
}

const COMPANY_HINT = pattern(
  /bostäder|hem|fastigheter|\sAB(?!\p{L})|\s(?:Buss|Trafik|Taxi|Energi)(?!\p{L})/u,
);

/** What residents said, in the past tense. */
const REPORTED = pattern(
  /(?<!\p{L})(?:tog\s+upp|kom\s+upp|sa|sade|berättade|nämnde|pekade\s+ut|lyfte)(?!\p{L})/iu,
);

/** A dialogue told in the past tense has been held, whatever year it names. */
const HELD = pattern(
  /(?<!\p{L})(?:genomförde|genomfördes|hölls|höll|deltog|gjorde|gjordes|träffade|pratade|frågade|lämnade|svarade|samlade|besökte)(?!\p{L})/iu,
);

/** How many sentences after a described dialogue a conclusion in the same paragraph may follow. */
const RESULT_WINDOW = 4;

/** "Den bygger på anmälda brott, underrättelseinformation och en medarbetardialog …": a dialogue listed among a picture's sources. */
const AMONG_SOURCES = pattern(/(?<!\p{L})(?:bygger|grundar\s+sig|baseras|vilar)\s+på\s+[^.]*,[^.]*dialog/iu);

export const k13 = defineRule({
  id: 'K13',
  area: 'D',
  title: 'Delaktighet',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 3–4 · Formulera medborgarlöften',
  levels: {
    2: 'Dialoger beskrivs och används, och andra aktörer eller grupper nämns med roll eller perspektiv',
    1: 'Bara ett omnämnande av dialoger, eller bara det ena av de två',
    0: 'Ingen delaktighet',
  },
  messages: {
    missing:
      'Beskriv hur invånare och medarbetare har fått komma till tals (medborgardialog, medarbetardialog, trygghetsvandring: när, hur, vilka) och vad det ledde till, och vilka andra aktörer som deltar och med vilken roll (Brå steg 3–4).',
    'dialogue-not-described':
      'Dialogerna beskrivs inte. Ange form, tidpunkt och vilka som deltog, vad som kom fram och hur resultatet har använts i problembild, mål eller åtgärder (Brå, Formulera medborgarlöften).',
    'no-actors':
      'Andra aktörer och gruppers perspektiv saknas. Ange vilka aktörer som deltar (bostadsbolag, räddningstjänst, föreningsliv) och med vilken roll, och hur kvinnors och mäns, flickors och pojkars och barns perspektiv har beaktats (Brå steg 3–4).',
  },
  evaluate(a: Analysis): Verdict {
    const described: Sentence[] = [];
    const mentioned: Sentence[] = [];
    const used: Sentence[] = [];
    // Sentences naming an actor's role or a perspective, and measures done by an actor.
    const roles: { start: number; end: number; block?: Sentence['block'] }[] = [];
    // A conclusion drawn in the paragraph that reports the dialogues ("Löftet riktar sig därför mot …")
    // uses their results, though it does not name them again.
    let recentResult: { block: object; index: number } | undefined;
    // "I februari 2027 berättar vi om resultaten på ett öppet möte": a meeting after the document's year is to come.
    const now = ownYear(a);
    const later = (text: string) => {
      const ys = years(text);
      return now !== undefined && ys.length > 0 && ys.every((y) => y > now) && !HELD.test(text);
    };
    a.sentences.forEach((s, index) => {
      // "Någon medborgardialog har inte genomförts": no dialogue of this document.
      const dialogue = test(s.text, DIALOGUE) && !PARTIES_TALKING.test(s.text) && !NOT_HELD.test(s.text);
      const walk = test(s.text, WALK);
      if (dialogue || (RESIDENTS_TOLD.test(s.text) && !isProspective(s))) mentioned.push(s);
      if (
        (dialogue || walk) &&
        !isActivity(s) &&
        !isProspective(s) &&
        !later(s.text) &&
        !inNonPictureSection(s) &&
        !AMONG_SOURCES.test(s.text) &&
        DIALOGUE_DETAIL.test(s.text) &&
        DIALOGUE_SPECIFIC.test(s.text)
      )
        described.push(s);
      const result = dialogue || walk || test(s.text, DIALOGUE_RESULT) || RESIDENTS_SAID.test(s.text);
      const afterResult =
        recentResult !== undefined &&
        recentResult.block === s.block &&
        index - recentResult.index <= RESULT_WINDOW;
      // "Det ni tog upp mest var … oron för att unga ska börja med droger": reported, whatever "ska" follows.
      const reported = () => REPORTED.test(s.text) || !isProspective(s);
      if (
        s.block.kind !== 'table' &&
        (result || afterResult) &&
        test(s.text, USED) &&
        !AMONG_SOURCES.test(s.text) &&
        reported()
      )
        used.push(s);
      // "Vi pratade med 212 personer. … Många sa: Det är för mörkt. Därför handlar löftet om det."
      const heard =
        ((dialogue || walk) && DIALOGUE_DETAIL.test(s.text)) ||
        (described.length > 0 && RESIDENTS_SAID.test(s.text));
      if (result && heard && !isProspective(s)) recentResult = { block: s.block, index };
      const actor = test(s.text, ACTORS) || (COMPANY_HINT.test(s.text) && COMPANY_NAME.test(s.text));
      if (actor && (s.block.kind === 'table' || test(s.text, ROLE))) roles.push(s);
      else if (test(s.text, PERSPECTIVE)) roles.push(s);
    });
    // "Bostadsbolaget Norrhamrahem klipper ner buskarna …": an actor doing a measure has a role in it.
    for (const x of activities(a)) {
      const actor = x.who !== undefined && (test(x.who, ACTORS) || COMPANY_NAME.test(x.who));
      if (actor && roles.length < 3) roles.push(x);
    }
    const strong = described.length > 0 && used.length > 0;
    const ev = [described[0], used[0] ?? mentioned[0], roles[0]]
      .filter((s) => s !== undefined)
      .map((s) => evidence(a, s));
    if (strong && roles.length > 0) return verdict(2, ev);
    if (strong) return verdict(1, ev, 'no-actors');
    if (mentioned.length > 0 || described.length > 0 || roles.length > 0)
      return verdict(
        1,
        ev,
        ...(described.length > 0 && used.length > 0 ? [] : ['dialogue-not-described']),
        ...(roles.length > 0 ? [] : ['no-actors']),
      );
    return verdict(0, [], 'missing');
  },
});
