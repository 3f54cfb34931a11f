import { pattern } from '../../core/analyse/pattern.ts';
/** K12 words: resources committed to the work, and who may decide what. */

/** Money: "400 000 kronor", "250 000 kr per år", "1,2 miljoner kronor", "300 tkr". */
export const AMOUNT = pattern(
  /\d[\d\s\u00a0]*(?:,\d+)?\s*(?:kr|kronor|tkr|mkr|msek|sek|miljon(?:er)?\s+kronor|miljoner)(?!\p{L})/iu,
);

/** Staff: "en heltidstjänst", "halvtidstjänst", "50 procent av en tjänst", "på heltid", "årsarbetare". */
export const STAFF = pattern(
  /(?<!\p{L})((?:hel|halv|del)tidstjänst\p{L}*|på\s+(?:hel|halv|del)tid|\d+\s*(?:procent|%)\s+av\s+en\s+(?:heltids)?tjänst|årsarbetare|\d+\s+timmar\s+(?:per|i|varje)\s+(?:vecka|månad|år)|motsvarande\s+(?:\p{L}+\s+){0,2}(?:heltids)?tjänst\p{L}*|tjänstgöringsgrad|(?:en|ett|två|tre|\d+(?:,\d+)?)\s+(?:\p{L}+\s+)?tjänst(?:er)?)(?!\p{L})/iu,
);

/** Committing them: "avsätter", "finansierar", "tillför", "bidrar med". */
export const COMMIT = pattern(
  /(?<!\p{L})(avsätt\p{L}*|avsatt\p{L}*|finansier\p{L}*|bekosta\p{L}*|tillför\p{L}*|tillsätt\p{L}*|anslå\p{L}*|anslag\p{L}*|budgeter\p{L}*|satsar|bidrar\s+med|står\s+för\s+(?:\p{L}+\s+)?kostnad\p{L}*|medfinansier\p{L}*)(?!\p{L})/iu,
);

/** The generic phrase: "inom befintliga budgetramar", "inom ramen för ordinarie verksamhet och budget". */
export const GENERIC = pattern(
  /(?<!\p{L})((?:inom|i)\s+(?:ramen\s+för\s+)?(?:\p{L}+\s+){0,5}(?:befintlig\p{L}*|ordinarie)\s+(?:\p{L}+\s+){0,3}(?:budget\p{L}*|ram(?:ar|arna)?|resurser|bemanning|finansiering)|ryms\s+inom|inom\s+(?:befintliga|givna|nuvarande)\s+(?:\p{L}+\s+)?(?:ramar|resurser)|utan\s+(?:särskilda|extra|ytterligare)\s+(?:medel|resurser)|(?:står|svarar)\s+för\s+sina\s+(?:egna\s+)?kostnader|bär\s+sina\s+(?:egna\s+)?kostnader|inga\s+(?:särskilda|extra|ytterligare)\s+(?:medel|resurser))(?!\p{L})/iu,
);

/** Deciding, in the present tense or as a power: not "fastställdes" (an event), not the law. */
export const DECIDE = pattern(
  /(?<!\p{L})(mandat\p{L}*|beslutar|beslutas|besluta|beslut\s+om|fastställer|fastställs|fastställa|får\s+(?:besluta|omfördela|ändra|fastställa|prioritera|göra)|delegera\p{L}*|beslutsväg\p{L}*|beslutsrätt|beslutanderätt|lyfts\s+till|avgör\p{L}*|beslut(?:\s+(?:i|av|hos|fattas)|\s*:|(?=\s+(?:ks|kf|ksau|lpo)(?![\p{L}]))))(?!\p{L})/iu,
);

/** Who decides. */
export const DECIDER = pattern(
  /(?<!\p{L})(styrgrupp\p{L}*|kommunstyrelse\p{L}*|kommunfullmäktige|\p{L}*nämnd\p{L}*|lokalpolisområdeschef\p{L}*|polisområdeschef\p{L}*|förvaltningschef\p{L}*|kommundirektör\p{L}*|ledningsgrupp\p{L}*|parterna|respektive\s+part|beredningsgrupp\p{L}*|ks|kf|ksau|lpo-chef\p{L}*|lpo:s\s+ledning\p{L}*)(?!\p{L})|^(?:den|hon|han)\s/iu,
);

export const LAW = pattern(/(?<!\p{L})(lag(?:en)?\s*\(|riksdag\p{L}*|regering\p{L}*)/iu);
