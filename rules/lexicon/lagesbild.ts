import type { Cue } from '../../core/analyse/lexicon.ts';
import { pattern } from '../../core/analyse/pattern.ts';

/** Words naming a situation picture (K01). */
export const LAGESBILD: Cue[] = [
  '*lägesbild*',
  'kartläggning*',
  'nulägesanalys*',
  'nulägesbeskrivning*',
  'underrättelsebild*',
];

/** A joint picture asserted (K02). */
export const GEMENSAM_BILD: Cue[] = [
  'gemensam lägesbild',
  'gemensamma lägesbild*',
  'gemensam problembild',
  'gemensamma problembild*',
  '*problembild*',
  'situationen idag',
  'aktuell lägesbild',
];

/** Section titles that describe the situation (K02). */
export const PICTURE_TITLES: Cue[] = [
  '*lägesbild*',
  '*problembild*',
  'nuläge*',
  'situation*',
  'utveckling*',
  'berättade',
  'underlag',
];

/** Sections whose content is goals, not picture (K02). */
export const GOAL_TITLES: Cue[] = ['=mål', '*mål', '=målen', 'syfte*'];

/** K02 dimension: named offence or problem types. */
export const PROBLEM_TYPES: Cue[] = [
  'skadegörelse*',
  'klotter',
  'narkotika*',
  '*narkotika*',
  'cannabis*',
  'våld*',
  '*våld*',
  'misshandel*',
  '*misshandel*',
  'inbrott*',
  '*inbrott*',
  '=rån',
  'rånen',
  'bedrägeri*',
  '*bedrägeri*',
  'stöld*',
  '*stöld*',
  'ordningsstörning*',
  'buskörning*',
  '*buskörning*',
  'hastighet*',
  'vårdslös*',
  'otrygghet*',
  'otrygg*',
  'anlagda bränder',
  'hot',
  'rekrytering*',
  'langning*',
  'nedskräpning*',
];

/** K02 dimension: places. */
export const PLACES: Cue[] = [
  'centrum',
  '*centrum',
  '*torget',
  '*torg',
  'stationsområde*',
  '*stationen',
  'busstation*',
  'resecentrum*',
  'gångtunnel*',
  '*parken',
  'bostadsområde*',
  'hamnområde*',
  'stadsdel*',
  '*gatan',
  '*vägen',
  '*stigen',
  'cykelparkering*',
  'pendelparkering*',
  'fritidshus*',
];

/** K02 dimension: times. */
export const TIMES: Cue[] = [
  'kvällstid',
  'kvällar*',
  'kvällen',
  'kvällarna',
  '*kvällar',
  'nattetid',
  'natt',
  'natten',
  'nätter*',
  'helg*',
  'fredag*',
  'lördag*',
  'fredags*',
  'sommarmånader*',
  'sommaren',
  'morgnar*',
  'morgonen',
  'efter mörkrets inbrott',
  'när det är mörkt',
  'dagtid',
];
export const TIME_PATTERN = pattern(/(?<!\p{L})(?:klockan|kl\.?)\s*\d/iu);

/** K02 dimension: groups (incl. kön and ålder). */
export const GROUPS: Cue[] = [
  'kvinnor*',
  'kvinnorna',
  '=män',
  'männen',
  'flickor*',
  'pojkar*',
  '=unga',
  'ungdomar*',
  'äldre',
  'elever*',
  'eleverna',
  'barn',
  'barnen',
  'gymnasieelever*',
];
export const GROUP_PATTERN = pattern(
  /(?<![\p{L}\d])(?:\d{1,2}\s*[–-]\s*\d{1,2}|över\s+\d{2}|under\s+\d{2})\s*år(?!\p{L})/iu,
);

/** K02 dimension: development over time. */
export const TRENDS: Cue[] = [
  'har ökat',
  '=ökat',
  '=ökade',
  '=ökar',
  'ökning*',
  '=minskat',
  '=minskade',
  'minskning*',
  'fördubblats',
  'tredubblats',
  'utvecklingen',
];
/** "från 38 till 52 procent"; "jämfört med 2021", not "jämfört med bolaget som helhet" (a comparison of places). */
export const TREND_PATTERN = pattern(
  /(?<!\p{L})(?:från\s+[\d\s,]+(?:procent\s+|%\s*)?(?:år\s+)?(?:(?:19|20)\d\d\s+)?till\s+\d|jämfört\s+med\s+[^.;]{0,40}?(?:(?:19|20)\d\d|året|åren|förra|föregående|tidigare|perioden))/iu,
);

/**
 * Only the general aim ("öka tryggheten och minska brottsligheten") or that there are problems ("det finns
 * problem … när det gäller ungdomar och trafik"): a problem picture in name only.
 */
export const GENERAL_AIM: Cue[] = [
  'det finns problem',
  'finns vissa problem',
  'öka tryggheten',
  'ökad trygghet',
  'öka den upplevda tryggheten',
  'minska brottsligheten',
  'minskad brottslighet',
  'minska brotten',
  'färre brott',
  'tryggare kommun',
];
