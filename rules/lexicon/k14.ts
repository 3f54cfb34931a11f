/** K14 words: what a follow-up plan says. */
import type { Cue } from '../../core/analyse/lexicon.ts';
import { pattern } from '../../core/analyse/pattern.ts';

/** Section titles of the follow-up: "Uppföljning", "Så följer vi upp", "Uppföljning och dokumentation". */
export const SECTION: Cue[] = [
  'uppföljning*',
  'följer upp',
  'följs upp',
  'utvärdering*',
  'rapportering',
  'dokumentation',
  // Flyer headings as questions: "Hur vet vi att det fungerar?", "Hur vet vi om vi lyckas?"
  'hur vet vi',
  // A letter's "Så får du veta hur det går".
  'hur det går',
  'hur det gick',
  'hur det har gått',
  'hur går det',
  'hur gick det',
];

/** A sentence about following up, wherever it stands. */
export const FOLLOW_UP = pattern(
  /(?<!\p{L})(uppfölj\p{L}*|följ(?:s|er|a|t)?\s+(?:\p{L}+\s+){0,2}upp|följ(?:er|a)\s+hur\s+det\s+går|utvärder(?!ade?\s+(?:\p{L}+\s+)?(?:metod|arbetssätt|insats|program|modell))\p{L}*)(?!\p{L})/iu,
);

/** Going through what has been carried out: "sammanställer vilka aktiviteter som har genomförts". */
export const REVIEW_DONE = pattern(
  /(?<!\p{L})(sammanställ\p{L}*|går\s+(?:\p{L}+\s+)?igenom|stäms\s+av)(?!\p{L}).*(?<!\p{L})(genomförts|genomförda|genomfört)(?!\p{L})/iu,
);

export const INDICATORS = pattern(
  /(?<!\p{L})(indikator\p{L}*|nyckeltal\p{L}*|effektmål\p{L}*|målvärde\p{L}*|utgångsläge\p{L}*|\p{L}*mätning\p{L}*|\p{L}*statistik\p{L}*|\p{L}*enkät\p{L}*|\p{L}*undersökning\p{L}*|anmälda\s+brott|NTU|LUPP|KPI\p{L}*|KPI:\p{L}+|målen|effekter(?:na)?|utfall\p{L}*)(?!\p{L})/iu,
);

export const METHOD = pattern(
  /(?<!\p{L})(jämför\p{L}*|analyser\p{L}*|analys|metod\p{L}*|bedöm\p{L}*|mäts|mäter|stäms\s+av|värderas|genomgång(?:ar|en|arna)?)(?!\p{L})/iu,
);

export const RESPONSIBLE = pattern(
  /^(?!(?:vi|parterna|man)\s)\p{Lu}[\p{L},-]*(?:\s+[\p{L},-]+){0,6}?\s+följer\s+upp(?!\p{L})|(?<!\p{L})(sammanställ\p{L}*|ansvar\p{L}*|\p{L}+ansvarig\p{L}*|går\s+(?:\p{L}+\s+)?igenom|tar\s+fram|gör\s+uppföljning\p{L}*|(?:hämtar|samlar)\s+in|uppdaterar|(?:görs|uppdateras|sammanställs|tas\s+fram)\s+(?:\p{L}+\s+){0,3}av\s+\p{L}+)(?!\p{L})/iu,
);

export const FREQUENCY = pattern(
  /(?<!\p{L})(årligen|årlig\p{L}*|varje\s+(?:år|kvartal|halvår|månad|höst|vår|termin|möte)|halvår\p{L}*|kvartal\p{L}*|gång(?:er)?\s+per\s+(?:år|termin|månad)|per\s+år|månadsvis|varannan\s+månad|i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|(?:hösten|våren)\s+20\d\d|varje\s+höst)(?!\p{L})/iu,
);

export const RECIPIENT = pattern(
  /^(?:till|rapporteras\s+till|redovisas\s+för)\s*:|(?<!\p{L})(redovisas\s+(?:\p{L}+\s+){0,3}för|redovisas\s+till|mottagare|lämnas\s+(?:\S+\s+){0,8}?till|rapporteras\s+(?:\p{L}+\s+){0,2}till|går\s+till|tar\s+del\s+av|tar\s+emot|presenteras\s+för|återrapporter\p{L}*|överlämnas|redovisar\s+(?:\p{L}+\s+){0,3}för|\p{L}*rapport(?:en|er|erna)?\s+till|\p{L}*(?:rapport|uppföljning)(?:en|ar|er|erna)?\s+(?:\S+\s+){1,3}?till\s+(?:\p{L}+\s+)?(?:styrgrupp\p{L}*|kommunstyrelse\p{L}*|\p{L}*nämnd\p{L}*|ledningsgrupp\p{L}*|\p{L}*fullmäktige|\p{L}*rådet))(?!\p{L})/iu,
);

export const DOCUMENTATION = pattern(
  /(?<!\p{L})(dokumentation\p{L}*|dokumenter\p{L}*|\p{L}*logg(?:en|ar|arna|bok\p{L}*)?|minnesanteckning\p{L}*|protokoll\p{L}*|diarieför\p{L}*|skriftlig\p{L}*|(?:uppföljnings|års|halvårs|läges|kvartals|tertial|månads|del|slut|verksamhets|resultat|status)rapport\p{L}*|(?:en|ett|gemensam|gemensamma|årlig|årliga|skriftlig)\s+rapport\p{L}*|verksamhetsberättelse\p{L}*)(?!\p{L})/iu,
);
