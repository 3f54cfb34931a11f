import { type Analysis, evidence, type Sentence } from '../core/analyse/analysis.ts';
import { goals } from '../core/analyse/goals.ts';
import { matches } from '../core/analyse/lexicon.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { NOT_ATTACHED_NOTE, referencedElsewhere } from '../core/analyse/references.ts';
import { defineRule, verdict } from '../core/engine/rule.ts';
import {
  DOCUMENTATION,
  FOLLOW_UP,
  FREQUENCY,
  INDICATORS,
  METHOD,
  RECIPIENT,
  RESPONSIBLE,
  REVIEW_DONE,
  SECTION,
} from './lexicon/k14.ts';
import { CHOSEN_MEASURES_TITLE } from './lexicon/measures.ts';
import { PREVIOUS_AGREEMENT } from './lexicon/modality.ts';

const ELEMENTS = {
  indicators: INDICATORS,
  method: METHOD,
  responsible: RESPONSIBLE,
  frequency: FREQUENCY,
  recipient: RECIPIENT,
};
type Element = keyof typeof ELEMENTS;

const UNDECIDED = pattern(
  /(?<!\p{L})(?:ännu\s+inte|inte\s+(?:\p{L}+\s+)?(?:bestämt|beslutat|klart|fastställt)|är\s+(?:ännu\s+)?oklart|saknas)(?!\p{L})/iu,
);

const FOLLOW_UP_HINT = pattern(/uppfölj|följ|utvärder|sammanställ|igenom|stäms|status|antal/i);

/** Keeping count of the measures only: "Status uppdateras inför mötena", "antal aktiviteter under Klart". */
const ACTIVITY_TALLY = pattern(
  /(?<!\p{L})(?:status(?:en)?\s+(?:uppdateras|redovisas|rapporteras|följs|stäms\s+av|på\s+(?:\p{L}+\s+)?(?:aktivitet|åtgärd|insats)\p{L}*)|antal\s+(?:\p{L}+\s+)?(?:aktiviteter|åtgärder|insatser))(?!\p{L})/iu,
);

const followUpTitles = new Map<string, boolean>();

function isFollowUpTitle(title: string): boolean {
  let hit = followUpTitles.get(title);
  if (hit === undefined) {
    hit = matches(title, SECTION);
    followUpTitles.set(title, hit);
  }
  return hit;
}

const COUNTS_ACTIVITIES = pattern(
  /hur\s+många\s+(?:av\s+)?(?:de\s+)?(?:planerade\s+)?(?:aktiviteter|åtgärder|insatser)|antal\s+genomförda|(?:aktiviteter|åtgärder|insatser)(?:na)?\s+som\s+(?:har\s+)?genomförts/iu,
);
const EFFECT_DATA = pattern(/mätning|statistik|enkät|undersökning|anmäl|NTU|LUPP|indikator/iu);

/** Sentences going on about the follow-up, in prose: the two after a follow-up sentence in its block. */
const FOLLOW_ON = 2;

/** A paragraph led by a short label ("**Status och rapportering.** Samordnaren …") is a section of its own. */
const LEAD_LABEL = pattern(/^([\p{L} -]{3,40}?)[.:]\s/u);
const labelled = new WeakMap<object, boolean>();

function hasFollowUpLabel(block: Sentence['block']): boolean {
  let hit = labelled.get(block);
  if (hit === undefined) {
    const label = block.kind === 'paragraph' ? LEAD_LABEL.exec(block.text.trimStart())?.[1] : undefined;
    hit = !!label && label.split(/\s+/).length <= 4 && isFollowUpTitle(label);
    labelled.set(block, hit);
  }
  return hit;
}

const followUpColumns = new WeakMap<object, number>();

/** The index of a table's follow-up column, or -1. */
function followUpColumn(block: Sentence['block']): number {
  let i = followUpColumns.get(block);
  if (i === undefined) {
    i = (block.rows?.[0] ?? []).findIndex((c) => isFollowUpTitle(c.text) || FOLLOW_UP.test(c.text));
    followUpColumns.set(block, i);
  }
  return i;
}

/**
 * "Någon särskild uppföljning … görs inte", "[3] LUPP – lokal uppföljning av ungdomspolitiken" (a source in
 * a reference list), "Utvärderingar av SSPF i flera kommuner visar" (research on a method); the previous
 * agreement's follow-up is PREVIOUS_AGREEMENT's. "Metoden … har utvärderats i Sverige" is research on a method, too.
 */
const NOT_THIS_FOLLOW_UP = pattern(
  /(?:någon|ingen)\s+(?:\p{L}+\s+){0,3}?(?:uppföljning|utvärdering)\p{L}*(?:\s+\S+){0,8}?\s+(?:inte|ej|har\s+(?:gjorts|genomförts)|gjordes)(?!\p{L})|^\s*\[\d+\]\s|lokal\s+uppföljning\s+av\s+ungdomspolitiken|utvärdering\p{L}*\s+(?:\S+\s+){0,8}?(?:har\s+)?visa(?:r|t|de)(?!\p{L})|(?:metod|modell|program|arbetssätt)\p{L}*\s+(?:\S+\s+){0,4}?(?:har\s+(?:\S+\s+)?utvärderats|är\s+(?:\S+\s+)?utvärderad)(?!\p{L})/iu,
);

/** Besides the choice of measures: "Varför de här insatserna?", "Kunskapsunderlag", "Evidens". */
const WHY_MEASURES_TITLE = pattern(
  /(?<!\p{L})(?:varför\s+(?:\p{L}+\s+){0,3}(?:åtgärd|insats|aktivitet|metod)|kunskapsunderlag|evidens)/iu,
);

function followUpSentences(a: Analysis): Sentence[] {
  const inScope = new Set<Sentence>();
  a.sentences.forEach((s, i) => {
    const inSection =
      isFollowUpTitle(s.section.title) ||
      s.block.headingPath.some(isFollowUpTitle) ||
      hasFollowUpLabel(s.block);
    if (!inSection && s.block.kind === 'table' && (s.block.rows?.length ?? 0) > 1) {
      // Under a follow-up column ("Uppföljning", "Så följer vi upp") a filled cell follows its row up;
      // the header only names the column, and an empty cell follows nothing up.
      const column = followUpColumn(s.block);
      if (column >= 0) {
        if (s.start !== s.block.start && (s.text.split(' | ')[column] ?? '').trim() !== '') inScope.add(s);
        return;
      }
    }
    // Under "Val av åtgärder" an evaluated method ("MVP har utvärderats i skolor …") justifies the choice.
    if (
      !inSection &&
      (CHOSEN_MEASURES_TITLE.test(s.section.title) || WHY_MEASURES_TITLE.test(s.section.title))
    )
      return;
    if (
      !inSection &&
      !(
        FOLLOW_UP_HINT.test(s.text) &&
        (FOLLOW_UP.test(s.text) || REVIEW_DONE.test(s.text) || ACTIVITY_TALLY.test(s.text))
      )
    )
      return;
    inScope.add(s);
    if (inSection || s.block.kind === 'table') return;
    for (const next of a.sentences.slice(i + 1, i + 1 + FOLLOW_ON))
      if (next.block === s.block) inScope.add(next);
  });
  // Not this document's follow-up: none is made, the previous agreement's, the national model, a reference
  // list; and the sentences right after one about another follow-up ("Uppföljningen visade att …") go on about it.
  const out: Sentence[] = [];
  const blocks = new Set([...inScope].map((s) => s.block));
  let aside: { block: object; until: number } | undefined;
  a.sentences.forEach((s, i) => {
    if (!blocks.has(s.block)) return;
    if (NOT_THIS_FOLLOW_UP.test(s.text) || PREVIOUS_AGREEMENT.test(s.text))
      aside = { block: s.block, until: i + FOLLOW_ON };
    else if (inScope.has(s) && !(aside?.block === s.block && i <= aside.until)) out.push(s);
  });
  return out;
}

export const k14 = defineRule({
  id: 'K14',
  area: 'E',
  title: 'Uppföljning och dokumentation',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 5 · Teckna samverkansöverenskommelse',
  levels: {
    2: 'Minst fyra av indikatorer, metod, ansvarig, frekvens och mottagare, samt en dokumentationsrutin',
    1: 'Bara "arbetet följs upp årligen", eller bara räkning av aktiviteter',
    0: 'Ingen uppföljning',
  },
  messages: {
    missing:
      'Planera uppföljningen: vad som mäts (målens indikatorer och om åtgärderna genomförts), källa, vem som sammanställer, hur ofta och till vem det rapporteras, och hur arbetet dokumenteras (Brå steg 5).',
    'missing-indicators':
      'Koppla uppföljningen till målens indikatorer och deras källor (t.ex. trygghetsmätningen, polisens statistik), inte bara till vilka aktiviteter som genomförts.',
    'missing-method':
      'Beskriv hur resultaten bedöms, t.ex. att utfallet jämförs med utgångsläge och målvärde.',
    'missing-responsible': 'Ange vem som sammanställer uppföljningen, t.ex. samordnaren och kommunpolisen.',
    'missing-frequency': 'Ange hur ofta uppföljningen görs (halvår, år) och när.',
    'missing-recipient': 'Ange till vem uppföljningen redovisas, t.ex. styrgruppen och kommunstyrelsen.',
    'missing-documentation':
      'Beskriv hur arbetet dokumenteras, t.ex. en gemensam åtgärdslogg, minnesanteckningar och en årlig uppföljningsrapport som diarieförs.',
  },
  evaluate(a) {
    // Indicators named beside a plan that is not attached are the document's own when its goals have them.
    const ownIndicators = goals(a).some((g) => g.indicator);
    const refs = new Set(ownIndicators ? [] : referencedElsewhere(a).map((r) => r.sentence));
    const scope = followUpSentences(a);
    if (scope.length === 0) return verdict(0, [], 'missing');
    const found = new Map<Element, Sentence[]>();
    let referencedOnly = false;
    for (const [name, re] of Object.entries(ELEMENTS) as [Element, RegExp][]) {
      const hitsAll = scope.filter((s) => re.test(s.text));
      // "hur många av de planerade aktiviteterna som har genomförts" counts activities, not effects.
      const own =
        name === 'indicators'
          ? hitsAll.filter(
              (s) => !refs.has(s) && !(COUNTS_ACTIVITIES.test(s.text) && !EFFECT_DATA.test(s.text)),
            )
          : hitsAll;
      if (name === 'indicators' && own.length === 0 && hitsAll.length > 0) referencedOnly = true;
      if (own.length > 0) found.set(name, own);
    }
    // "Hur uppföljningen ska dokumenteras har vi ännu inte bestämt": no documentation yet.
    const documentation = scope.filter((s) => DOCUMENTATION.test(s.text) && !UNDECIDED.test(s.text));
    const ev = [...new Set([...found.values()].flat().concat(documentation))]
      .sort((x, y) => x.start - y.start)
      .slice(0, 6)
      .map((s) => evidence(a, s));
    const level = found.size >= 4 && found.has('indicators') && documentation.length > 0 ? 2 : 1;
    const advice = (Object.keys(ELEMENTS) as Element[])
      .filter((e) => !found.has(e))
      .map((e) => `missing-${e}`);
    if (documentation.length === 0) advice.push('missing-documentation');
    const v = verdict(level, ev.length > 0 ? ev : scope.slice(0, 2).map((s) => evidence(a, s)), ...advice);
    if (referencedOnly) v.notes = [NOT_ATTACHED_NOTE];
    return v;
  },
});
