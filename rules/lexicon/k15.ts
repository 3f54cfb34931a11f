import { pattern } from '../../core/analyse/pattern.ts';
/** K15 words: how a document says it is reviewed and revised. Regular expressions, Swedish. */

/** Reviewing or revising: "revideras", "ses över", "översyn", "uppdateras", "bestämmer om löftet ska fortsätta, ändras …", "tar ställning till vilka löften som ska gälla 2025". */
export const REVISE = pattern(
  /(?<!\p{L})(revider\p{L}*|revision\p{L}*|ses\s+över|ser\s+(?:\p{L}+\s+){0,3}över|\p{L}*översyn\p{L}*|över\s*ses|uppdater\p{L}*|omprövas|omarbetas|utvärderas|(?:ändrar|justerar)\s+(?:vi|parterna|styrgruppen)|om\s+(?:\p{L}+\s+)?(?:löftet|löftena|överenskommelsen|planen)\s+ska\s+(?:fortsätta|ändras|förnyas|förlängas|bytas\s+ut)|ställning\s+till\s+(?:vilka|om)\s+(?:\p{L}+\s+)?(?:löften|löftena|löftet|åtgärder|insatser|fokusområden)\s+(?:som\s+)?ska\s+(?:gälla|fortsätta|finnas))(?!\p{L})/iu,
);

/** A list line whose subject is the document itself, left out: "Revideras årligen efter uppföljningen", "Ses över varje höst". */
export const ELIDED_REVISE = pattern(
  /^\s*(?:och\s+)?(?:revideras|ses\s+över|uppdateras|omarbetas|omprövas|följs\s+upp\s+och\s+revideras)(?!\p{L})/iu,
);

/** Going through the document itself: "går igenom överenskommelsen", not "går igenom hur löftet genomförs". */
export const REVIEW_DOCUMENT = pattern(
  /(?<!\p{L})gå(?:r|s)?\s+(?:vi\s+|parterna\s+|styrgruppen\s+)?igenom\s+(?:den\s+|det\s+|hela\s+)?(?:\p{L}*överenskommelse\p{L}*|\p{L}*plan(?:en|erna)?|\p{L}*löfte\p{L}*|mål(?:en)?)(?!\p{L})/iu,
);

/** Changing the content, not only weighing it: "revideras", "ses över", "halvtidsöversyn", "uppdateras" (not "utvärderas"). */
export const REVISE_CONTENT = pattern(
  /(?<!\p{L})(revider\p{L}*|revision\p{L}*|ses\s+över|\p{L}*översyn\p{L}*|uppdater\p{L}*|omarbetas)(?!\p{L})/iu,
);

/** Parts of the agreement that are revised in its place: the table of measures, the areas, target values. */
export const CONTENT_OBJECT = pattern(
  /(?<!\p{L})((?:insats|åtgärds|aktivitets)tabell\p{L}*|tabell(?:en|erna)|åtagande(?:n|na)?|insatser(?:na)?|åtgärder(?:na)?|aktiviteter(?:na)?|(?:fokus|utvecklings|insats|samverkans|prioriterings|problem)område(?:n|na)?|målvärd\p{L}*|målnivå\p{L}*|indikator\p{L}*|prioritering\p{L}*)(?!\p{L})/iu,
);

/** What is revised: the agreement, the plan, the promise, its goals or focus areas, or "den/det". */
export const OBJECT = pattern(
  /(?<!\p{L})(\p{L}*överenskommelse\p{L}*|\p{L}*plan(?:en|er|erna)?|\p{L}*löfte\p{L}*|mål(?:en)?|fokusområde\p{L}*|dokument\p{L}*|avtal\p{L}*|aktivitetsdel\p{L}*|åtgärdsdel\p{L}*|bilag(?:a|an|or|orna)(?:\s+\d+)?)(?!\p{L})|^(den|det|de)\s|(?:om\s+något|det\s+som)\s+(?:i\s+\p{L}+\s+)?behöver\s+(?:ändras|justeras)/iu,
);

/** A new plan drawn up or adopted for the next period. */
export const PLAN = pattern(
  /(?:aktivitets|handlings|åtgärds|verksamhets)plan|(?:aktivitets|åtgärds|insats)tabell|(?<!\p{L})plan(?:en|er|erna)?(?!\p{L})/iu,
);
export const PLAN_RENEWAL = pattern(
  /(?<!\p{L})(tas\s+(?:\S+\s+){0,6}fram|tar\s+(?:\S+\s+){0,5}fram|fastställ\p{L}*|upprätta\p{L}*|beslutas|beslutar\s+(?:\p{L}+\s+){0,2}om)(?!\p{L})/iu,
);
/** "ny/nästa plan": a renewal whatever year it names. */
export const NEW_PLAN = pattern(/(?<!\p{L})(?:ny|nya|nytt|nästa)\s+\p{L}*(?:plan|tabell)/iu);
/** The year a plan is for: "aktivitetsplan för 2026", "Handlingsplan 2027". Global, for matchAll. */
export const PLAN_YEAR = pattern(/plan\p{L}*\s+(?:för\s+)?(?:år\s+)?(20\d\d)(?!\d)/giu);
export const NEXT_PLAN = pattern(
  /(?<!\p{L})(?:ny|nya|nytt|nästa)\s+\p{L}*(?:plan|tabell)|plan\p{L}*\s+(?:för\s+)?20\d\d/iu,
);

/** A fixed point or interval: yearly, after the follow-up, a named season or month. */
export const INTERVAL = pattern(
  /(?<!\p{L})(årligen|årlig\p{L}*|varje\s+(?:år|höst|vår|termin|kvartal|halvår|januari|februari|mars|april|maj|juni|augusti|september|oktober|november|december)|en\s+gång\s+(?:per|om|i|varje)\s+år\p{L}*|vart\s+(?:\p{L}+\s+)?år|(?:efter|utifrån|i\s+samband\s+med|inför)\s+(?:den\s+)?(?:\p{L}+\s+)?(?:halvårs|års|del|tertial|kvartals)?uppföljning\p{L}*|(?:hösten|våren|sommaren|vintern)\s+20\d\d|(?:senast\s+)?i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+20\d\d)?|\p{L}*möte\s+varje\s+år|halvårsvis|kvartalsvis|efter\s+(?:två|ett|tre)\s+år|halvtid\p{L}*)(?!\p{L})/iu,
);

/** Only when someone asks: "vid behov", "kan revideras om någon av parterna begär det". */
export const CONDITIONAL = pattern(
  /(?<!\p{L})(vid\s+behov|om\s+(?:någon\s+av\s+)?(?:parterna|part\p{L}*|en\s+part)\b|kan\s+(?:\p{L}+\s+)?(?:revideras|ses\s+över|ändras|omförhandlas)|när\s+det\s+behövs)(?!\p{L})/iu,
);
