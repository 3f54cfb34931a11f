import { type Analysis, memo, type Section, sectionsTitled } from './analysis.ts';
import type { Cue } from './lexicon.ts';
import { stripNumbering } from './text.ts';

export interface FocusArea {
  /** Short name as the document gives it. */
  name: string;
  /** Content words used to find the area elsewhere in the document. */
  keywords: string[];
  start: number;
  end: number;
  /** The text that motivates the choice, if any. */
  motivation?: string;
}

export const FOCUS_SECTION_CUES: Cue[] = [
  'fokusområde',
  'prioriterat område',
  'prioriterade område',
  'prioriteringar',
  'insatsområde',
  'samverkansområde',
  'inriktning',
  'prioritering',
];

/** The prioritised focus areas: the list items or subheadings of a focus-area section. */
export function focusAreas(a: Analysis): FocusArea[] {
  return memo(a, findFocusAreas);
}

function findFocusAreas(a: Analysis): FocusArea[] {
  for (const section of sectionsTitled(a, FOCUS_SECTION_CUES)) {
    const areas = fromSection(section);
    if (areas.length > 0) return areas;
  }
  return [];
}

function fromSection(section: Section): FocusArea[] {
  if (section.children.length >= 2) {
    return section.children.flatMap((c) =>
      c.heading
        ? [area(stripNumbering(c.heading.text), c.heading.start, c.heading.end, c.sentences[0]?.text)]
        : [],
    );
  }
  return section.blocks
    .filter((b) => b.kind === 'list-item')
    .map((b) => {
      const [name, ...rest] = b.text.split(/(?<=[.:])\s+/);
      return area((name ?? b.text).replace(/[.:]$/, ''), b.start, b.end, rest.join(' ') || undefined);
    });
}

const STOP = new Set([
  'och',
  'i',
  'på',
  'för',
  'av',
  'mot',
  'med',
  'bland',
  'kring',
  'samt',
  'det',
  'den',
  'ett',
  'en',
  'om',
]);

function area(name: string, start: number, end: number, motivation?: string): FocusArea {
  const keywords = name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 3 && !STOP.has(w));
  const fa: FocusArea = { name, keywords, start, end };
  if (motivation) fa.motivation = motivation;
  return fa;
}
