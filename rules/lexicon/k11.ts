/** K11 words: the coordinating function and the forums of the collaboration. */
import type { Cue } from '../../core/analyse/lexicon.ts';
import { pattern } from '../../core/analyse/pattern.ts';

/** A named coordinating function in the kommun or the police. */
export const FUNCTION: Cue[] = [
  '*samordnare',
  '*samordnaren',
  'samordningsfunktion*',
  '*koordinator*',
  'säkerhetschef*',
  'kommunpolis*',
  'kontaktperson*',
  'brottsförebyggande strateg*',
  'trygghetsstrateg*',
];

/** Forums of the collaboration. "BRÅ" in capitals is matched separately (Brå is the national agency). */
export const FORUM: Cue[] = [
  'styrgrupp*',
  'beredningsgrupp*',
  'brottsförebyggande råd*',
  'trygghetsråd*',
  '*samverkansgrupp*',
  'samverkansråd*',
  'samverkansforum*',
  'arbetsgrupp*',
  'samrådsgrupp*',
  'trygghetsgrupp*',
  'folkhälsoråd*',
  'ledningsgrupp för samverkan',
];
export const LOCAL_BRA = pattern(/(?<!\p{L})BRÅ(?!\p{L})/u);
/**
 * The national Brottsförebyggande rådet (Brå), not a local forum: "Brottsförebyggande rådet (Brå)", or the
 * name capitalised inside a sentence ("… enligt Brottsförebyggande rådets arbetsmodell"), unless a place
 * follows ("Brottsförebyggande rådet i Alby").
 */
export const NATIONAL_BRA = pattern(
  /[Bb]rottsförebyggande\s+rådets?\s*\((?:[Bb]rå|BRÅ)\)|(?<=[\p{L}\d,;:)]\s+)Brottsförebyggande\s+rådets?(?!\s+(?:i|för)\s)(?!\p{L})/gu,
);
/** Cheap test before NATIONAL_BRA. */
export const NATIONAL_BRA_HINT = pattern(/Brå|Brottsförebyggande\s+råd/u);

/** A forum line listing its members after a colon: "Styrgrupp: kommundirektör, LPO-chef, socialchef". */
export const MEMBER_LIST = pattern(
  /^[\p{L}\s-]{0,40}(?:grupp|råd|forum)\p{L}*\s*(?:\([^)]*\)\s*)?:\s*[^:,.]{2,40}(?:,\s*[^:,.]{2,40}){1,}/iu,
);

export const MEMBERS = pattern(
  /(?<!\p{L})(består\s+av|ingår|medlemm\p{L}*|ledamöter\p{L}*|representant\p{L}*|sammankallande|deltar|företrädare)(?!\p{L})/iu,
);

export const MANDATE = pattern(
  /(?<!\p{L})(fastställ\p{L}*|beslutar|besluta|beslutas|har\s+mandat|mandat\s+att|bereder|prioriterar|prioritera|tar\s+emot|leder|styr|planerar|följer\s+(?:upp|genomförandet|arbetet)|går\s+(?:\p{L}+\s+)?igenom|ansvarar\s+för)(?!\p{L})/iu,
);

const MONTH = '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)';
const COUNT = '(?:\\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)';
export const RHYTHM = new RegExp(
  `(?<!\\p{L})(${COUNT}\\s*(?:gång(?:er)?|ggr)\\s*\\/\\s*(?:år|månad|mån|termin|kvartal|vecka|v)(?!\\p{L})|${COUNT}\\s+ggr\\s+(?:per|i|om)\\s+(?:år\\p{L}*|månad\\p{L}*|termin\\p{L}*|kvartal\\p{L}*|vecka|veckan)|${COUNT}\\s+gång(?:er)?\\s+(?:per|i|om|varje)\\s+(?:år\\p{L}*|månad\\p{L}*|termin\\p{L}*|kvartal\\p{L}*|vecka|veckan)|${COUNT}\\s+(?:gång(?:er)?|möten|sammanträden)\\s+(?:årligen|per\\s+år|om\\s+året|per\\s+termin|per\\s+halvår)|(?:varje\\s+)?(?:vår\\s+och\\s+höst|höst\\s+och\\s+vår)|varje\\s+(?:vecka|månad|kvartal|termin)|varannan\\s+(?:vecka|månad)|var\\s+(?:tredje|fjärde|sjätte|åttonde)\\s+(?:vecka|månad)|månadsvis|kvartalsvis|veckovis|(?:varje\\s+)?(?:månads|kvartals|vecko)möte\\p{L}*|en\\s+gång\\s+i\\s+månaden|i\\s+${MONTH}(?:,\\s*(?:i\\s+)?${MONTH})*\\s+och\\s+(?:i\\s+)?${MONTH})(?!\\p{L})`,
  'iu',
);
