/**
 * The period of validity: "gäller från och med den 1 januari 2024 till och med den 31 december 2027",
 * "från undertecknandet till och med 31 december 2026", "under perioden 2025–2026", "tills vidare", or a
 * year range in the title. Several candidates are weighed: a sentence in a Giltighetstid section with
 * "gäller" beats a year range in the title, and the agreement's own period beats one it mentions for a
 * medborgarlöfte.
 */
import type { Block } from '../model/document.ts';
import type { Analysis } from './analysis.ts';
import { memo } from './analysis.ts';
import { findDates, findYearRanges, iso, lastDayOfMonth, type SwedishDate, toIso } from './dates.ts';
import { matches } from './lexicon.ts';
import { pattern } from './pattern.ts';
import { PLAN_KIND } from './references.ts';
import { signatures } from './signatures.ts';

export type Aktuell = 'ja' | 'nej' | 'okand';

/** The period of validity as stated in the document (ISO dates), when it states one. */
export interface Period {
  start?: string;
  end?: string;
  untilFurtherNotice: boolean;
  /** "från den dag den undertecknas": the start is the date of signing (in `start` when known). */
  startsOnSigning?: boolean;
  /** Where it is stated: a sentence or a title line. */
  span?: { start: number; end: number; block?: Block };
  /** 'text' for a sentence, 'title' for a year in the title or a "Period:" line near it. */
  source?: 'text' | 'title';
}

const VALIDITY_SECTION = ['giltighet*', 'avtalstid', 'löptid', '*giltig*'];
const PERIOD_TITLE = pattern(
  /^(?:tids)?period(?:en)?$|^(?:hur\s+länge|när)\s+gäller\s+(?:löftet|löftena|överenskommelsen|planen)/i,
);
/** "Löfte 1": one promise's own period, not the document's. */
const ONE_PROMISE = pattern(/^löfte\s*\d{1,2}(?!\d)/iu);
const VALIDITY_VERB = pattern(
  /(?<!\p{L})(gäll(?:er|a|de|t)|giltig\p{L}*|löper|avser\s+(?:perioden|åren)|omfattar\s+(?:perioden|åren))(?!\p{L})/iu,
);
const SINGLE_YEAR = pattern(
  /(?<!\p{L})(?:gäll(?:er|a|de|t)|giltig\p{L}*|löper|avser)\s+(?:(?:\p{L}+\s+){0,3}?(?:under|för|år|avser)\s+)?(?:hela\s+)?(?:(?:kalender|verksamhets)?år(?:et)?\s+)?(20\d{2})(?![\d-])/iu,
);
const PERIOD_WORD = pattern(/(?<!\p{L})period(?:en)?(?!\p{L})/iu);
const UNTIL_FURTHER_NOTICE = pattern(/tills\s+vidare|tillsvidare/i);
const FROM_SIGNING = pattern(
  /(?:från|fr\.o\.m\.?)\s+(?:och\s+med\s+)?(?:den\s+dag(?:en)?\s+(?:den|då|när)\s+(?:den\s+)?underteckn\p{L}*|underteckn\p{L}*|signering\p{L}*|dagen\s+för\s+underteckn\p{L}*|(?:det\s+)?(?:att|när|då)\s+(?:\p{L}+\s+){1,3}?underteckn\p{L}*)|(?:börjar|träder)\s+(?:att\s+)?(?:gälla|i\s+kraft)\s+(?:när|då|efter\s+att)\s+(?:\p{L}+\s+){1,3}?underteckn\p{L}*/iu,
);
const DOC_WORD = pattern(
  /överenskommelse|medborgarlöfte|löfte|handlingsplan|aktivitetsplan|åtgärdsplan|plan\b/i,
);
const OTHER_KIND_ML = pattern(/medborgarlöfte/i);
/** A line under the title naming the document this one belongs to ("Till överenskommelse … 2025–2027", "Bilaga till …"): its years are the other document's. */
const BELONGS_TO = pattern(
  /^(?:(?:en\s+)?bilaga(?:\s+\d+)?\s+till|till|tillhör\p{L}*|hör\s+till|(?:en\s+)?del\s+av|kopplad?t?\s+till|knut(?:en|et)\s+till|underlag\s+till)(?!\p{L})/iu,
);

const YEARS_FROM_TO = pattern(
  /från\s+(?:och\s+med\s+)?(?:år\s+)?(20\d\d)\s+(?:till|t\.o\.m\.?)\s+(?:och\s+med\s+)?(?:år\s+)?(20\d\d)(?![\d-])/i,
);
const UNTIL_YEAR = pattern(
  /(?:till\s+och\s+med|t\.o\.m\.?|fram\s+till|till)\s+(?:år\s+|utgången\s+av\s+)?(20\d\d)(?![\d-])/i,
);
const EXTENDED = pattern(/(?<!\p{L})förläng\p{L}*/iu);
/** "Överenskommelsen gäller …": the document itself is the subject. */
const OWN_VALIDITY = pattern(
  /^(?:denna\s+|den\s+här\s+)?(?:\p{L}*överenskommelsen|\p{L}*löftet|\p{L}*planen|avtalet|dokumentet)\s+(?:gäller|löper|är\s+giltig)/iu,
);
/** "Den senaste, för perioden 2022–2025, upphörde att gälla …": an earlier document's period. */
const EARLIER = pattern(
  /(?<!\p{L})(?:den\s+senaste|föregående|tidigare|förra|gamla|upphörde|gällde|har\s+gällt)(?!\p{L})/iu,
);
const DURATION = pattern(/(?:i|under)\s+(ett|två|tre|fyra|fem|\d)\s+år\s+från/i);
const NUMBER_WORDS: Record<string, number> = { ett: 1, två: 2, tre: 3, fyra: 4, fem: 5 };

const FULLY_DATED_LENGTH = 160;

interface Candidate extends Period {
  score: number;
  order: number;
}

export function period(a: Analysis): Period | undefined {
  return memo(a, findPeriod);
}

function findPeriod(a: Analysis): Period | undefined {
  const candidates: Candidate[] = [];
  const fileIndex = (b: Block) => Math.max(0, a.files.indexOf(b.origin.file ?? a.files[0] ?? ''));
  const signed = signatures(a).date;

  a.sentences.forEach((s, order) => {
    const inSection = isValiditySection(s.section.title) || s.block.headingPath.some(isValiditySection);
    const verb = VALIDITY_VERB.test(s.text);
    const periodWord = PERIOD_WORD.test(s.text);
    if (!inSection && !verb && !periodWord) return;
    const p = parsePeriod(s.text, signed);
    if (!p) return;
    let score =
      (inSection ? 4 : 0) + (verb ? 2 : periodWord ? 1 : 0) + (p.start && p.end ? 1 : 0) - fileIndex(s.block);
    // In an agreement, "det första medborgarlöftet ska gälla 2025–2026" is another document's period.
    if (a.type !== 'medborgarlofte' && OTHER_KIND_ML.test(s.text) && !inSection) score -= 4;
    // "förlängs att gälla 2026–2027": the new period replaces the one the agreement first had.
    if (EXTENDED.test(s.text)) score += 3;
    else if (EARLIER.test(s.text) && !inSection) score -= 3;
    if (OWN_VALIDITY.test(s.text)) score += 1;
    if (ONE_PROMISE.test(s.section.title) && !inSection) score -= 2;
    candidates.push({
      ...p,
      span: { start: s.start, end: s.end, block: s.block },
      source: 'text',
      score,
      order,
    });
  });

  // The title: a year range in the first heading or the lines right under it ("Period: 2019–2021").
  for (const fileName of a.files) {
    const head = a.doc.blocks.filter((b) => (b.origin.file ?? a.files[0]) === fileName).slice(0, 4);
    for (const b of head) {
      // "Torsmåla kommun och Polisen · 1 april 2026 – 31 mars 2027": a line of parties and two full dates.
      const fullyDated =
        b.text.length <= FULLY_DATED_LENGTH && findDates(b.text).filter((d) => d.day && d.year).length === 2;
      const titleLine =
        b.kind === 'heading' ||
        fullyDated ||
        (b.text.length <= 100 && (DOC_WORD.test(b.text) || /^(?:period|giltighet)/i.test(b.text)));
      // "Underlag till medborgarlöftet 2026–2027": the years are the other document's, unless a plan of its own is named.
      const belongs = BELONGS_TO.test(b.text.trim()) && (b.kind !== 'heading' || !PLAN_KIND.test(b.text));
      if (!titleLine || belongs) continue;
      const ranges = findYearRanges(b.text);
      const r = ranges[0];
      // "Medborgarlöfte för Styrsvik 1 september 2025 – 30 juni 2026": full dates say more than the years.
      const dated = parsePeriod(b.text);
      let p: Period | undefined;
      if (dated?.start && dated.end) p = { start: dated.start, end: dated.end, untilFurtherNotice: false };
      else if (r) p = { start: iso(r.from, 1, 1), end: iso(r.to, 12, 31), untilFurtherNotice: false };
      else if (b.kind === 'heading' && (b.level ?? 1) === 1 && DOC_WORD.test(b.text)) {
        const year = /(?<!\d)(20\d{2})(?![\d-])/.exec(b.text)?.[1];
        if (year)
          p = { start: iso(Number(year), 1, 1), end: iso(Number(year), 12, 31), untilFurtherNotice: false };
      }
      if (!p) continue;
      const score = 1 - fileIndex(b);
      candidates.push({
        ...p,
        span: { start: b.start, end: b.end, block: b },
        source: 'title',
        score,
        order: -1,
      });
      break;
    }
  }

  if (candidates.length === 0) return undefined;
  candidates.sort((x, y) => y.score - x.score || x.order - y.order);
  const { score: _s, order: _o, ...best } = candidates[0] as Candidate;
  return best;
}

const validityTitles = new Map<string, boolean>();

/** Whether a heading is a Giltighetstid heading; cached, since every sentence asks for its headings. */
function isValiditySection(title: string): boolean {
  let hit = validityTitles.get(title);
  if (hit === undefined) {
    hit =
      (/giltig|avtalstid|löptid/i.test(title) && matches(title, VALIDITY_SECTION)) ||
      PERIOD_TITLE.test(title.trim());
    validityTitles.set(title, hit);
  }
  return hit;
}

/** The period a single sentence states, if any. Exported for tests. */
export function parsePeriod(text: string, signedOn?: string): Period | undefined {
  if (UNTIL_FURTHER_NOTICE.test(text)) {
    const p: Period = { untilFurtherNotice: true };
    const from = findDates(text).find((d) => d.day !== undefined && d.year !== undefined);
    if (FROM_SIGNING.test(text)) p.startsOnSigning = true;
    const start = from ? toIso(from) : p.startsOnSigning ? signedOn : undefined;
    if (start) p.start = start;
    return p;
  }
  const dates = findDates(text).filter((d) => d.month !== undefined);
  const fromSigning = FROM_SIGNING.test(text);
  // Two dates: "från (och med) den 1 januari [2024] till (och med) den 31 december 2027", or "1 jan 2024 – 31 dec 2027".
  // The first pair of neighbouring dates joined by "till": "avtalet från den 14 mars 2022 förlängs att gälla från …".
  // "Gäller sommarlovet 2026: 15 juni–16 augusti": the one year the sentence names holds for both dates.
  const named = [...new Set(text.match(/(?<!\d)20\d\d(?!\d)/g) ?? [])];
  const sentenceYear = named.length === 1 ? Number(named[0]) : undefined;
  for (let i = 0; i + 1 < dates.length && !fromSigning; i++) {
    const [d1, d2] = [dates[i], dates[i + 1]] as [SwedishDate, SwedishDate];
    const between = text.slice(d1.index + d1.length, d2.index);
    const endYear = d2.year ?? (d1.year === undefined ? sentenceYear : undefined);
    if (/till|–|—|-|t\.o\.m/i.test(between) && endYear !== undefined) {
      const startYear = d1.year ?? ((d1.month ?? 1) <= (d2.month ?? 12) ? endYear : endYear - 1);
      return {
        start: iso(startYear, d1.month ?? 1, d1.day ?? 1),
        end: iso(endYear, d2.month ?? 12, d2.day ?? lastDayOfMonth(endYear, d2.month ?? 12)),
        untilFurtherNotice: false,
      };
    }
  }
  const endDate = dates.find(
    (d) =>
      d.year !== undefined &&
      /(?:till|t\.o\.m\.?)(?:\s+och\s+med)?\s+(?:den\s+)?$/i.test(text.slice(0, d.index)),
  );
  if (endDate?.year !== undefined) {
    const end = iso(
      endDate.year,
      endDate.month ?? 12,
      endDate.day ?? lastDayOfMonth(endDate.year, endDate.month ?? 12),
    );
    const p: Period = { end, untilFurtherNotice: false };
    if (fromSigning) p.startsOnSigning = true;
    if (fromSigning && signedOn) p.start = signedOn;
    return p;
  }
  const range = findYearRanges(text)[0];
  if (range) return { start: iso(range.from, 1, 1), end: iso(range.to, 12, 31), untilFurtherNotice: false };
  // "från 2024 till 2027", "till och med 2027"
  const years = YEARS_FROM_TO.exec(text);
  if (years)
    return {
      start: iso(Number(years[1]), 1, 1),
      end: iso(Number(years[2]), 12, 31),
      untilFurtherNotice: false,
    };
  // "i tre år från undertecknandet"
  const duration = DURATION.exec(text);
  if (duration && fromSigning) {
    const p: Period = { untilFurtherNotice: false, startsOnSigning: true };
    const n = NUMBER_WORDS[duration[1]?.toLowerCase() ?? ''] ?? Number(duration[1]);
    if (signedOn && n > 0) {
      p.start = signedOn;
      const end = new Date(`${signedOn}T00:00:00Z`);
      end.setUTCFullYear(end.getUTCFullYear() + n);
      end.setUTCDate(end.getUTCDate() - 1);
      p.end = end.toISOString().slice(0, 10);
    }
    return p;
  }
  const endYear = UNTIL_YEAR.exec(text)?.[1];
  if (endYear && VALIDITY_VERB.test(text)) {
    const p: Period = { end: iso(Number(endYear), 12, 31), untilFurtherNotice: false };
    if (fromSigning) {
      p.startsOnSigning = true;
      if (signedOn) p.start = signedOn;
    }
    return p;
  }
  // "gäller under 2025", "för år 2025": a single year with a validity verb.
  // Also "under hela 2026", "gäller hela 2026", "för kalenderåret 2026", "verksamhetsåret 2026".
  // The year follows the verb: "som gäller unga … ökade från 64 år 2022" states no validity.
  const year = SINGLE_YEAR.exec(text)?.[1];
  if (year)
    return { start: iso(Number(year), 1, 1), end: iso(Number(year), 12, 31), untilFurtherNotice: false };
  return undefined;
}

/** A sentence about another collaboration document's period ("Nuvarande samverkansöverenskommelse gäller till …"). */
const OTHER_COLLABORATION_DOC = pattern(/överenskommelse|medborgarlöfte|samverkansavtal/i);
/** "Avsikten är att den ska gälla 2027–2029": the period of a document still to be written. */
const INTENDED_PERIOD = pattern(
  /(?<!\p{L})(?:avsikten|tanken|målet)\s+är\s+att|(?<!\p{L})(?:ska|bör|skulle)\s+gälla(?!\p{L})|föreslås\s+gälla/iu,
);

/**
 * Whether the document is in force on the reference date. A document that is not a collaboration
 * document (a kommun's own handlingsplan, a report, minutes) is in force only by a period it states for
 * itself in a sentence ("Handlingsplanen gäller 2023–2025"), not by a year in its title or one it reports
 * for an agreement; a report or minutes states none, and stays 'okand'.
 */
export function aktuell(a: Analysis): Aktuell {
  const p = period(a);
  if (a.type === 'inte-samverkansdokument') {
    const said = p?.source === 'text' && p.span ? a.doc.text.slice(p.span.start, p.span.end) : '';
    if (
      !said ||
      OTHER_COLLABORATION_DOC.test(said) ||
      INTENDED_PERIOD.test(said) ||
      !VALIDITY_VERB.test(said)
    )
      return 'okand';
  }
  // A draft "gäller från undertecknandet": it is not known to be in force until it is signed and dated.
  if (p?.startsOnSigning && !p.start && signatures(a).draft && (!p.end || p.end >= a.referenceDate))
    return 'okand';
  if (!p?.end) return p?.untilFurtherNotice ? 'ja' : 'okand';
  if (p.start && p.start > a.referenceDate) return 'nej';
  return p.end >= a.referenceDate ? 'ja' : 'nej';
}
