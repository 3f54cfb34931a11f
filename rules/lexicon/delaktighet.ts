import type { Cue } from '../../core/analyse/lexicon.ts';
import { pattern } from '../../core/analyse/pattern.ts';

/** Dialogues with residents and staff (K13). A trygghetsvandring counts only when described. */
export const DIALOGUE: Cue[] = [
  'medborgardialog*',
  'medarbetardialog*',
  'trygghetsdialog*',
  'ungdomsdialog*',
  'dialog*',
  'öppet möte',
  'öppna möten',
  // "tre öppna kvällsmöten", "ett öppet invånarmöte"
  'öppna *möte',
  'öppet *möte',
  'invånarmöte*',
  'medborgarmöte*',
  'pratade med',
  'samtal med',
  'frågade vi',
  'fokusgrupp*',
  // A promise speaking to residents: "Tack för att så många av er kom till bygdegården den 11 mars".
  'många av er kom',
  'träffade vi',
  'vi frågade',
  'tack för att ni kom',
  'träffade er',
  'ni har berättat',
  'av er har berättat',
  'har berättat för oss',
  'har ni berättat',
  'ni har sagt',
  // A survey of residents: "684 av er svarade på vår digitala enkät".
  'digital enkät',
  'digitala enkät*',
  'webbenkät*',
  'tyck till*',
];
export const WALK: Cue[] = ['trygghetsvandring*', 'trygghetsvandringen'];

/** That the dialogue's results were used. */
export const USED: Cue[] = [
  'ligger till grund',
  'legat till grund',
  'lett till',
  'ledde till',
  'har använts',
  'användes',
  'därför',
  'svarar mot',
  'svarar på',
  'pekade ut',
  'pekades ut',
  'efterfrågade',
  'vanligaste',
  'kom upp mest',
  'flest tog upp',
  'tog upp',
  'kom upp',
  'berättade',
  'önskemål*',
  'synpunkt*',
  'bekräftade',
  'har påverkat',
  '=påverkade',
  'ingår i åtgärd*',
  // "Det ni sa har avgjort vilka problem …", "Löftena bygger på det som kom fram", "Löfte 3 kommer från er".
  'avgjort',
  'avgjorde',
  'bygger på',
  'byggde på',
  'kommer från',
  'vägts in',
  'vägdes in',
  'finns med i',
  'skälet till',
];
/** Words saying the use concerns what residents or staff said. */
/** Words of what came out of a dialogue, besides the dialogue words themselves ("ni sa" is RESIDENTS_SAID). */
export const DIALOGUE_RESULT: Cue[] = [
  'synpunkt*',
  'önskemål*',
  'samtal*',
  'deltagar*',
  'invånar*',
  'berättade ni',
  'kom upp mest',
  'ni berättade',

  'vandring*',
  'ungdomar*',
  'kom fram',
];

export const DIALOGUE_DETAIL = pattern(
  /(?<!\d)(?:19|20)\d\d(?!\d)|\b\d+\s+(?:personer|deltagare|svar|enkätsvar|samtal|medarbetare|ungdomar|invånare|boende)\b|\bdeltog\b|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)/iu,
);

/**
 * What makes a dialogue described rather than only mentioned with its year ("Medborgardialoger har
 * genomförts under 2024 och har beaktats"): a count, a day, a named place, who took part, or its form.
 */
export const DIALOGUE_SPECIFIC = pattern(
  /\b\d+\s+(?:personer|deltagare|svar|enkätsvar|samtal|medarbetare|ungdomar|invånare|boende|elever|resenärer)\b|\bdeltog\b|\d{1,2}\s*(?:[–-]\s*\d{1,2}\s+)?(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}*|\d{4}-\d\d-\d\d|(?<!\p{L})(?:med|bland|för)\s+(?!hjälp\b|synpunkter\b)\p{L}{4,}|["”«]\p{L}|(?<!\p{L})(?:tält\p{L}*|kvällsmöte\p{L}*|\p{L}*träff\p{L}*|\p{L}*enkät\p{L}*|workshop\p{L}*|\p{L}*möte[nt]?|intervju\p{L}*|elev\p{L}*|ungdom\p{L}*|boende|företagare|fältassistent\p{L}*|fritidsledare|personal\p{L}*|poliser\p{L}*|områdespolis\p{L}*|skol\p{L}*)(?!\p{L})/iu,
);
/** "i Solvik och Strand", "på Stortorget": a named place (case matters, so apart from DIALOGUE_SPECIFIC). */
export const NAMED_PLACE = pattern(/(?<=\s)(?:på|vid|i|från)\s+\p{Lu}/u);

/** Actors other than the two parties. */
export const ACTORS: Cue[] = [
  '*hem AB',
  'bostadsbolag*',
  'fastighetsägare*',
  'räddningstjänst*',
  'föreningsliv*',
  'kvinnojour*',
  '*jouren',
  '=PRO',
  '=SPF',
  'elevråd*',
  'ungdomsråd*',
  'föräldraförening*',
  'nattvandrar*',
  'handlare',
  'handlarna',
  'centrumförening*',
  'näringsliv*',
  'trossamfund*',
  'civilsamhälle*',
  'studieförbund*',
  'idrottsförening*',
  'förening',
  '*föreningar',
  '*föreningen',
  '*föreningens',
  'byalag*',
  'frivilligorganisation*',
  'brottsofferjour*',
  'trafikhuvudman*',
  'länsstyrelse*',
];
/**
 * A named company: housing as one capitalised word ("Ormviksbostäder", "Tallbyhem"), or one that says
 * so ("Åby Trafik AB", "Mörtvikens Buss").
 */
export const COMPANY_NAME = pattern(
  /(?<!\p{L})\p{Lu}\p{Ll}{2,}(?:bostäder|hem|fastigheter)(?!\p{L})|(?<!\p{L})\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s+AB(?!\p{L})|(?<!\p{L})\p{Lu}\p{Ll}+s?\s+(?:Buss|Trafik|Taxi|Energi)(?!\p{L})/u,
);

/** That an actor has a role. */
export const ROLE: Cue[] = [
  'ansvarar',
  'hjälper till',
  'deltar',
  'deltog',
  // "en trygghetsvandring med 20 deltagare (boende, bostadsbolaget och räddningstjänsten)"
  'deltagare',
  'deltagarna',
  'bidrar',
  'bidragit',
  'roll*',
  'lämnat',
  'medverkar',
  'är med och',
  'är med i',
  'ingår',
  'tillsammans med',
  'i samarbete med',
  'bjuds in',
  'bjuda in',
  'med stöd av',
  'företräder',
  'leds av',
  // An actor that has promised its part: "Det har bostadsbolaget lovat oss."
  'lovat',
  // "PRO och elever från gymnasiet går med."
  'går med',
  'följer med',
  'åtar sig',
  'åtagit sig',
];
/** Group perspectives. */
export const PERSPECTIVE: Cue[] = [
  // "Vi har särskilt lyssnat på flickor och kvinnor … och på barnen, som inte alltid kommer till tals".
  'särskilt lyssnat på',
  // Results told per group: "Bland tjejerna var det 31 %. Bland killarna 17 %."
  'bland tjejerna',
  'bland flickorna',
  'bland killarna',
  'bland pojkarna',
  // "Skillnaderna mellan kvinnor och män var stora": the difference drawn out, not only figures per group.
  'mellan kvinnor och män',
  'mellan flickor och pojkar',
  'mellan tjejer och killar',
  'kvinnors och mäns',
  'kommer till tals',
  'jämställdhet*',
  'barnperspektiv*',
  'jämställdhetsperspektiv*',
  // Whose perspective: "ett långsiktigt perspektiv" is none.
  'genusperspektiv*',
  'ungdomsperspektiv*',
  'brottsofferperspektiv*',
  'offerperspektiv*',
  'äldreperspektiv*',
  'invånarperspektiv*',
  'medborgarperspektiv*',
  'mångfaldsperspektiv*',
  'tillgänglighetsperspektiv*',
  'hbtq*',
  'flickors och pojkars',
  'barns och ungas',
  'barnkonvention*',
  'uppdelad på kön',
  'uppdelade på kön',
  'kön och ålder',
  'kvinnors otrygghet',
  'kvinnors och flickors',
];

/** "ni sa", "ni tog upp", "med er": words too short to index, tested as an expression. */
export const RESIDENTS_SAID = pattern(
  /(?<!\p{L})(?:(?:ni|du)\s+sa|ni\s+tog\s+upp|(?:med|från)\s+er|(?:många|flera|de\s+flesta|några)(?:\s+av\s+er)?\s+(?:\p{L}+\s+)?(?:sa|sade|berättade|tyckte|nämnde|tog\s+upp))(?!\p{L})/iu,
);
/** "det ni berättade för oss i höstas", "Ni har sagt att …": residents heard, a dialogue held. */
export const RESIDENTS_TOLD = pattern(
  /(?<!\p{L})(?:ni|du)\s+(?:har\s+)?(?:sa|sagt|berättade|berättat|svarade|svarat|tyckte|tyckt|tog\s+upp|tagit\s+upp|pekade\s+ut|pekat\s+ut|lyfte|lyft|nämnde|nämnt)(?!\p{L})/iu,
);
