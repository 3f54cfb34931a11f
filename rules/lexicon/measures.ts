import type { Analysis, Sentence } from '../../core/analyse/analysis.ts';
import type { Cue } from '../../core/analyse/lexicon.ts';
import { pattern } from '../../core/analyse/pattern.ts';

/** Words that justify a measure by research or tried experience (K07). */
export const EVIDENCE_CUES: Cue[] = [
  'forskning*',
  '*forskning*',
  'studie*',
  'utvärdera*',
  'utvärderats',
  'utvärdering*',
  '*utvärdering*',
  'kunskapsöversikt*',
  'bepröva*',
  'evidens*',
  'randomiser*',
  'metaanalys*',
  'systematisk* översikt*',
  'visat effekt',
  'har effekt',
  'har visat sig',
  // "visar att" alone is as often the picture ("Mätningen visar att otryggheten …"): only with its source.
  'erfarenhet* visar',
  'stöd i forskningen',
  'svagt stöd',
  'starkt stöd',
  'effektutvärdering*',
  // Tried experience and recommendations: "goda erfarenheter av", "har sett att", "Socialstyrelsen rekommenderar".
  'goda erfarenhet*',
  'positiva erfarenhet*',
  'egna erfarenhet*',
  'har sett att',
  '=rekommenderar',
  '=rekommenderas',
  'vad som fungerar',
  'visat sig',
];

/** A general claim of working knowledge-based, with nothing behind it (K07 level 1). */
export const KNOWLEDGE_CLAIM_CUES: Cue[] = [
  'kunskapsbaserad*',
  'kunskapsbaserat',
  'evidensbaserad*',
  'evidensbaserat',
  'beprövad erfarenhet',
  'vetenskaplig grund',
];

/** Section titles where measures are justified. */
export const JUSTIFICATION_TITLES: Cue[] = [
  'val av',
  'motivering*',
  'kunskap*',
  'metod*',
  'evidens*',
  'varför',
  'åtgärd*',
  'insats*',
  'aktivitet*',
  // A promise's own part: "Det här lovar vi", "Löfte 2. Kommunen lovar en öppen väntsal".
  'lovar',
  'löfte',
  'löftet',
  'löftena',
];

/** Words tying a justification to the causes it acts on. */
export const CAUSE_LINK_CUES: Cue[] = [
  'orsak*',
  '*orsak*',
  'riktas mot',
  'riktar sig mot',
  'påverkar',
  '=påverka',
  'mekanism*',
  'verkar på',
  'riskfaktor*',
  'skyddsfaktor*',
  'bryta',
  'motverkar',
];

/**
 * A measure that is only an intention ("sträva efter att vara synlig", "främja en meningsfull fritid")
 * or about the agreement itself names no method (K07 level 0 when nothing else is named).
 */
export const INTENTION_ONLY: Cue[] = [
  'sträva* efter',
  'eftersträva*',
  'verka för',
  'verkar för',
  'värna om',
  '=främja',
  '=främjar',
  'bidra till',
  'bidrar till',
  'arbeta för',
  'överenskommelsen genomförs',
  'samverkan fungerar',
  'samverkan* utvecklas',
];

/**
 * An activity that names no method, only that the parties meet, act "vid behov" or inform, with nothing
 * said about what is done: "Regelbundna möten", "Gemensamma insatser vid behov", "Information till
 * allmänheten". The whole line must be such a phrase ("Informationskampanj om inbrottsskydd" names one).
 */
export const NO_METHOD = pattern(
  /^\s*(?:(?:gemensamma|riktade|särskilda)\s+)?(?:insatser|åtgärder|aktiviteter)\s+(?:vid\s+behov|när\s+det\s+behövs)\s*\.?\s*$|^\s*(?:regelbundna|återkommande|gemensamma)?\s*(?:möten|träffar|samverkansmöten|avstämningar)\s*\.?\s*$|^\s*(?:löpande\s+)?information\s+(?:till|för)\s+(?:allmänheten|invånarna|medborgarna|kommuninvånarna)\s*\.?\s*$/iu,
);

/** Named measure words, for justification found in running text without headings. */
export const MEASURE_WORDS: Cue[] = ['åtgärd*', 'insats*', 'metod*', 'program*', 'modell*', 'arbetssätt*'];

/** Sentences saying the measures were chosen from habit rather than knowledge. */
export const HABIT_CHOICE = pattern(
  /valts\s+bland\s+(?:de\s+)?(?:metoder|åtgärder|insatser)\s+som\s+(?:redan\s+)?(?:används|finns)|redan\s+(?:används|pågår)\s+i\s+kommunen|av\s+tradition|(?:har\s+)?inte\s+(?:utvärderats|prövats)/iu,
);

/** A promise that says which problem it answers (K08, ML reading). */
/** "Val av åtgärder", "Därför har vi valt just de här insatserna": a part that chooses the measures (K07, K14). */
export const CHOSEN_MEASURES_TITLE = pattern(
  /(?<!\p{L})val(?:t|de)?\s+(?:av\s+)?(?:\p{L}+\s+){0,3}(?:åtgärd|insats|aktivitet|metod)/iu,
);

export const ANSWERS_PROBLEM = pattern(
  /^därför\s*:|^därför\s+lovar\s+(?:vi|polisen|kommunen)\s+att\s*$|^(?:det\s+här\s+|detta\s+)?löfte(?:t|na)?\s+handlar\s+om\s|^för\s+att\s+det\s+(?:är|blir|körs|sker|finns|har)\s|^mot\s+(?!bakgrund)(?:\S+\s+){0,5}?\S+:\s|\s[–-]\s+(?:så\s+att\s+(?:fler|färre|ingen|de|det|man|du|ni)|eftersom)\s|eftersom\s+(?:\S+\s+){0,8}?(?:pekade\s+ut|tog\s+upp|otrygg\p{L}*)|svar(?:ar|et)\s+(?:(?:alltså|också|därmed|därför)\s+)?(?:mot|på\s+(?:det|de|problem|otrygghet|oro))|^svar(?:ar)?\s+på\s*:|^(?:vi\s+gör\s+(?:det\s+här|detta)|det\s+här\s+gör\s+vi)\s+(?:för\s+att|eftersom)\s|(?:löftet|åtgärden|åtgärderna|insatsen|insatserna)\s+(?:riktar\s+sig\s+mot|ska\s+motverka|syftar\s+till\s+att\s+minska|är\s+ett\s+svar\s+på|är\s+(?:vårt|vårat|ett)\s+svar\s+på)|(?:vårt|vårat)\s+svar\s+på|utifrån\s+(?:problemet|otryggheten)|för\s+att\s+(?:minska|motverka|komma\s+till\s+rätta\s+med)\s+(?:\p{L}+\s+){0,3}(?:som|vid|i|på)|^för\s+att\s+(?:minska|motverka|förebygga|stoppa|bryta|möta|komma\s+till\s+rätta\s+med)\s+(?:\S+\s+){1,12}?(?:lovar|åtar\s+sig)\s+(?:vi|polisen|kommunen)(?!\p{L})/iu,
);

/** Responsibility stated only in general terms (K10 level 1). */
export const JOINT_RESPONSIBILITY = pattern(
  /parterna\s+(?:ansvarar|åtar\s+sig|har\s+ett\s+gemensamt\s+ansvar)|gemensamt\s+ansvar|ansvarar\s+gemensamt|delat\s+ansvar/iu,
);

/** The promise as a whole names its problem: "Löftet handlar om busstationen", "Alla löften svarar på det ni pekade ut". */
export const WHOLE_PROMISE_ANSWERS = pattern(
  /^(?:alla\s+|våra\s+|de\s+här\s+)?(?:medborgar)?löfte(?:t|na|n)?\s+(?:\p{L}+\s+){0,2}?(?:handlar\s+om|svarar\s+(?:\p{L}+\s+)?(?:på|mot)|riktar\s+sig\s+mot)\s|^därför\s+(?:handlar|gäller)\s+(?:det\s+här\s+|detta\s+)?(?:medborgar)?löfte\p{L}*\s+om\s/iu,
);
/** "Varför handlar löftet om resecentrum?", "Därför handlar löftet om stationen", "Vilket problem …", "Problemet". */
export const WHOLE_WHY_TITLE = pattern(
  /^(?:(?:varför|därför)\s+(?:handlar|gäller)\s+(?:löftet|löftena)|varför\s+just\s|vilk(?:et|a)\s+problem\s|vad\s+handlar\s+(?:löftet|löftena)\s+om|problemet$)/iu,
);

/** The first sentence saying what the whole promise answers, by itself or under a why-title. */
export function wholePromiseAnswer(a: Analysis): Sentence | undefined {
  return (
    a.sentences.find((s) => WHOLE_PROMISE_ANSWERS.test(withoutSpeaker(s.text))) ??
    a.sections.find((c) => c.heading && WHOLE_WHY_TITLE.test(c.title) && c.sentences.length > 0)
      ?.sentences[0] ??
    answerTo(a)
  );
}

/** "SARA: Vad handlar löftet om i år?" and, in the next paragraph, "DANIEL: Buskörning. …": asked and answered. */
function answerTo(a: Analysis): Sentence | undefined {
  const i = a.sentences.findIndex((s) => {
    const t = withoutSpeaker(s.text).trim();
    return t.endsWith('?') && WHOLE_WHY_TITLE.test(t);
  });
  const question = a.sentences[i];
  const next = a.sentences[i + 1];
  return question && next && next.block !== question.block ? next : undefined;
}

/** A transcript's speaker label ("DANIEL:", "**LINA:**") before what is said. */
const SPEAKER = /^\**\p{Lu}[\p{Lu} -]{1,24}:\**\s*/u;
const withoutSpeaker = (text: string) => text.replace(SPEAKER, '');
