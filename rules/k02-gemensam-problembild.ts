import { type Analysis, evidence, type Sentence } from '../core/analyse/analysis.ts';
import { FOCUS_SECTION_CUES, focusAreas } from '../core/analyse/focus-areas.ts';
import type { Cue } from '../core/analyse/lexicon.ts';
import { years } from '../core/analyse/numbers.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { NOT_ATTACHED_NOTE, referencedElsewhere } from '../core/analyse/references.ts';
import { inSectionTitled, isProspective, pictureSentences, test, wordCount } from '../core/analyse/scope.ts';
import { roleTable } from '../core/analyse/table-roles.ts';
import { defineRule, type Verdict, verdict } from '../core/engine/rule.ts';
import {
  GEMENSAM_BILD,
  GENERAL_AIM,
  GOAL_TITLES,
  GROUP_PATTERN,
  GROUPS,
  PICTURE_TITLES,
  PLACES,
  PROBLEM_TYPES,
  TIME_PATTERN,
  TIMES,
  TREND_PATTERN,
  TRENDS,
} from './lexicon/lagesbild.ts';
import { PREVIOUS_AGREEMENT } from './lexicon/modality.ts';
import { ORSAK } from './lexicon/orsak.ts';

type Dimension = 'typ' | 'plats' | 'tid' | 'grupp' | 'utveckling';

const DIMENSIONS: [Dimension, Cue[], RegExp | undefined][] = [
  ['typ', PROBLEM_TYPES, undefined],
  ['plats', PLACES, undefined],
  ['tid', TIMES, TIME_PATTERN],
  ['grupp', GROUPS, GROUP_PATTERN],
  ['utveckling', TRENDS, TREND_PATTERN],
];

const NOT_PLACES = pattern(/fokusområdet|insatsområdet|lokalpolisområdet|ansvarsområdet|verksamhetsområdet/i);

/** "Jämfört med planen för 2025 har två aktiviteter tillkommit: …": the plan's own changes, not the picture. */
const CHANGE_NOTE = pattern(
  /(?<!\p{L})(?:aktivitet|åtgärd|insats)\p{L}*\s+(?:har\s+)?(?:tillkommit|tagits\s+bort|strukits|utgått|lagts\s+till)|(?<!\p{L})(?:har|har\s+också)\s+(?:tagits\s+bort|strukits|tillkommit)(?!\p{L})/iu,
);

const KEPT_ELSEWHERE = pattern(
  /(?<!\p{L})(?:läges|problem)bild\p{L}*[^.]{0,80}?\s(?:finns|redovisas|beskrivs|återfinns|framgår|sammanfattas)\s+(?:i|av)\s+(?:\p{L}+\s+){0,3}?(?:(?:samverkans)?överenskommelse\p{L}*|bilaga\s*\d+|bilagan)(?!\p{L})/iu,
);

/**
 * "Enligt NTU känner sig var fjärde invånare i landet otrygg", "grannkommunen minskade …": another place's
 * picture, unless the local one is set beside it ("högre än i riket").
 */
const ELSEWHERE = pattern(
  /(?<!\p{L})(?:i\s+(?:hela\s+)?(?:landet|sverige|riket|länet)|nationell\p{L}*|grannkommun\p{L}*|jämförbara\s+kommuner|andra\s+kommuner)(?!\p{L})/iu,
);
const SET_BESIDE = pattern(
  /(?<!\p{L})(?:än\s+i|jämfört\s+med|högre|lägre|dubbelt|lika\s+hög|samma\s+nivå)(?!\p{L})/iu,
);

/** "Målet med samarbetet är att …": what is wanted, not the situation. */
const AIM = pattern(
  /^(?:målet|målen|syftet|ambitionen|visionen)(?!\p{L})[^.]{0,60}?\s(?:är|blir)\s+att(?!\p{L})/iu,
);

/**
 * "874 personer svarade på enkäten", "vi pratade med 17 elever": who took part, not a group the problem
 * falls on, unless their answers are broken down ("38 procent av kvinnorna svarade …").
 */
const PARTICIPANTS = pattern(
  /(?<!\p{L})(?:svarade|svarat|enkätsvar\p{L}*|deltog|deltagit|deltagare|pratade|talade|samtalade|träffade|intervjuade|frågade)(?!\p{L})/iu,
);
const DIALOGUE_HELD = pattern(
  /(?<!\p{L})(?:tält|enkät\p{L}*|dialog\p{L}*|stod|träffade|träffar|möte[nt]?)(?!\p{L})/iu,
);
/** "Kommunens lägesbild över brott och otrygghet 2025 | Säkerhetsenheten | Oktober 2025": a picture's title. */
const PICTURE_TITLE = pattern(/^(?:\p{L}+\s+){0,3}lägesbild\p{L}*\s+(?:över|för|om)\s[^|.]*\|/iu);
const SHARE = pattern(/(?<!\p{L})(?:procent|andel\p{L}*)(?!\p{L})|%/iu);

/** A cause analysis explains the problems; "Varför just det här?" motivates the choice and may describe them. */
const CAUSE_TITLES: Cue[] = [...ORSAK, 'mekanism*', 'förklaring*', 'varför händer', 'därför händer'];

/** Times, groups and trends describe a problem only where one is named: not "befolkningen fördubblas på sommaren". */
const ABOUT_A_PROBLEM = new Set<Dimension>(['tid', 'grupp', 'utveckling']);

const FROM_AGREEMENT = pattern(
  /(?<!\p{L})(?:(?:i|enligt|från)\s+(?:den\s+)?(?:gällande\s+)?(?:samverkans)?överenskommelsen|(?:samverkans)?överenskommelsens)(?!\p{L})/iu,
);

/** "… bygger på de tre fokusområdena: trygg miljö i centrum, unga i riskmiljöer samt bedrägerier mot äldre": naming the areas describes no picture. */
function withoutAreaNames(s: Sentence, names: string[]): Sentence {
  if (s.block.kind === 'table') return s;
  const lower = s.text.toLowerCase();
  const named = names.filter((n) => n.length > 0 && lower.includes(n));
  if (named.length < 2) return s;
  const strip = (text: string) => {
    let out = text;
    for (const n of named)
      for (let i = out.toLowerCase().indexOf(n); i >= 0; i = out.toLowerCase().indexOf(n))
        out = `${out.slice(0, i)} ${out.slice(i + n.length)}`;
    return out;
  };
  return { ...s, text: strip(s.text), block: { ...s.block, text: strip(s.block.text) } };
}

function dimensionsOf(s: Sentence): Dimension[] {
  const out: Dimension[] = [];
  const problem = test(s.block.text, PROBLEM_TYPES);
  // "Eleverna sa samma sak": a group is a dimension of a problem named beside it, not of the paragraph.
  const problemHere = problem && test(s.text, PROBLEM_TYPES);
  for (const [d, cues, pattern] of DIMENSIONS) {
    if (ABOUT_A_PROBLEM.has(d) && !problem && s.block.kind !== 'table') continue;
    if (d === 'grupp' && !problemHere && s.block.kind !== 'table') continue;
    if (d === 'grupp' && PARTICIPANTS.test(s.text) && !SHARE.test(s.text)) continue;
    // "Under två lördagar stod vi med ett tält på Stortorget": when and where a dialogue was held.
    if ((d === 'plats' || d === 'tid') && !problemHere && DIALOGUE_HELD.test(s.text)) continue;
    if (d === 'plats' && !test(s.text.replace(NOT_PLACES, ' '), cues)) continue;
    if (test(s.text, cues) || pattern?.test(s.text)) out.push(d);
  }
  // A table with two or more year columns shows the development.
  if (
    s.block.kind === 'table' &&
    new Set(years(s.block.rows?.[0]?.map((c) => c.text).join(' ') ?? '')).size >= 2
  )
    out.push('utveckling');
  return out;
}

/**
 * The picture column of a table that carries the whole agreement ("Fokusområde | Lägesbild | Orsaker |
 * Mål | Åtgärder"): its cells describe the situation even though the rows also hold measures.
 */
function pictureCells(a: Analysis): Sentence[] {
  const picture = new Set(pictureSentences(a));
  const out: Sentence[] = [];
  for (const s of a.sentences) {
    if (s.block.kind !== 'table' || picture.has(s)) continue;
    const t = roleTable(s.block);
    const row = t?.rows.find((r) => r[0]?.start === s.start);
    if (!t || !row) continue;
    t.header.forEach((h, i) => {
      const cell = row[i];
      if (cell && t.roles[i] === undefined && test(h.text, PICTURE_TITLES))
        out.push({ text: cell.text, start: cell.start, end: cell.end, block: s.block, section: s.section });
    });
  }
  return out;
}

/** An area's gloss is its first sentence or a short line; the rest of a paragraph naming an area may describe it. */
const GLOSS_WORDS = 25;
const GLOSS_NAME_WORDS = 8;
/**
 * "Fokusområden: 1 Trygg centrummiljö, 2 Unga, alkohol och narkotika, 3 Trafik i tätorterna." and the same
 * as a row of a key–value table ("Fokusområden | 1. …"): names only.
 */
const AREA_NAMES_LINE = pattern(
  /^(?:fokusområden|insatsområden|prioriterade\s+områden|utvecklingsområden)(?:na)?\s*[:|]/iu,
);

export const k02 = defineRule({
  id: 'K02',
  area: 'A',
  title: 'Gemensam problembild',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 3 · Gemensam problembild',
  levels: {
    2: 'En gemensam, konkret problembild med minst tre av: brottstyper, platser, tider, grupper, utveckling över tid',
    1: 'Problembilden påstås men beskrivs inte, är allmän eller har bara en eller två dimensioner',
    0: 'Ingen problembild',
  },
  messages: {
    missing:
      'Beskriv den gemensamma problembilden: vilka brott och vilken otrygghet, var, när, vilka som drabbas eller begår brotten (uppdelat på kön och ålder) och hur utvecklingen sett ut över flera år (Brå steg 3).',
    'few-dimensions':
      'Problembilden är för allmän. Komplettera med minst tre av: brottstyper, platser, tider, grupper (kvinnor/män, flickor/pojkar, ålder) och utvecklingen över tid (Brå steg 3).',
    'only-asserted':
      'Dokumentet säger att det bygger på en gemensam problembild men beskriver den inte. Sammanfatta vad, var, när och vilka, och hur det har utvecklats (Brå steg 3).',
  },
  evaluate(a: Analysis): Verdict {
    const scope = [...pictureSentences(a), ...pictureCells(a)].filter(
      (s) =>
        !inSectionTitled(s, GOAL_TITLES) &&
        !(inSectionTitled(s, CAUSE_TITLES) && !test(s.section.title, PICTURE_TITLES)) &&
        !isProspective(s) &&
        !PREVIOUS_AGREEMENT.test(s.text) &&
        !CHANGE_NOTE.test(s.text) &&
        !AIM.test(s.text) &&
        !PICTURE_TITLE.test(s.text) &&
        !(ELSEWHERE.test(s.text) && !SET_BESIDE.test(s.text)) &&
        wordCount(s.text) >= 6 &&
        !(test(s.section.title, FOCUS_SECTION_CUES) && !test(s.section.title, PICTURE_TITLES)),
    );
    const refs = referencedElsewhere(a, [...GEMENSAM_BILD, 'lägesbild*']);
    // A plan that leaves its picture to another document ("Lägesbilderna finns i överenskommelsen") is not
    // describing one when it names its areas with a short gloss ("Narkotika bland unga (bruk bland elever)").
    const areaBlocks = new Set(focusAreas(a).map((f) => f.start));
    const gloss = (s: Sentence) =>
      areaBlocks.has(s.block.start) && (s.start === s.block.start || wordCount(s.block.text) <= GLOSS_WORDS);
    // "1. trygg miljö i centrum och vid Resecentrum," in a list of the areas names an area, it describes nothing.
    const nameOnly = (s: Sentence) =>
      (areaBlocks.has(s.block.start) &&
        s.block.kind === 'list-item' &&
        wordCount(s.block.text) <= GLOSS_NAME_WORDS) ||
      AREA_NAMES_LINE.test(s.text);
    const own = (refs.length > 0 ? scope.filter((s) => s.block.kind === 'table' || !gloss(s)) : scope).filter(
      (s) => !nameOnly(s),
    );
    const found = new Map<Dimension, Sentence>();
    const richness = new Map<Sentence, number>();
    // Areas a plan takes from the agreement are named there; their names describe no picture here.
    const names = focusAreas(a).map((f) => f.name.toLowerCase());
    for (const s of own) {
      const dims = dimensionsOf(
        refs.length > 0 || FROM_AGREEMENT.test(s.text) ? withoutAreaNames(s, names) : s,
      );
      richness.set(s, dims.length);
      for (const d of dims) if (!found.has(d)) found.set(d, s);
    }
    // The passage that shows the most dimensions at once is the best evidence.
    const ev = [...new Set(found.values())]
      .sort((x, y) => (richness.get(y) ?? 0) - (richness.get(x) ?? 0))
      .map((s) => evidence(a, s));
    let result: Verdict;
    if (found.size >= 3) result = verdict(2, ev);
    else if (found.size >= 1) result = verdict(1, ev, 'few-dimensions');
    else {
      // "… när den gemensamma lägesbilden är klar" does not say there is one.
      const asserted = a.sentences.find((s) => test(s.text, GEMENSAM_BILD) && !isProspective(s));
      // "Syftet är att öka tryggheten …" says it; a title line ("Samverkan för ökad trygghet i X") does not.
      const general = a.sentences.find((s) => test(s.text, GENERAL_AIM) && /[.!?:]$/.test(s.text.trim()));
      result = asserted
        ? verdict(1, [evidence(a, asserted)], 'only-asserted')
        : general
          ? verdict(1, [evidence(a, general)], 'few-dimensions')
          : verdict(0, [], 'missing');
    }
    if (result.level < 2 && refs.length > 0) {
      result.notes = [NOT_ATTACHED_NOTE];
      // A joint picture kept elsewhere ("Lägesbilderna … finns i överenskommelsen") is asserted; "utgår från
      // polisens lägesbild" names one party's picture without saying where a shared one is.
      const joint = refs.find(
        (r) => test(r.sentence.text, GEMENSAM_BILD) || KEPT_ELSEWHERE.test(r.sentence.text),
      );
      if (result.level === 0 && joint)
        result = {
          ...verdict(1, [evidence(a, joint.sentence)], 'only-asserted'),
          notes: [NOT_ATTACHED_NOTE],
        };
    }
    return result;
  },
});
