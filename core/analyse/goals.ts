import type { Analysis } from './analysis.ts';
import { memo } from './analysis.ts';

/** One goal sentence broken into its parts (filled by the goal analyser). */
export interface Goal {
  text: string;
  start: number;
  end: number;
  kind: 'effektmal' | 'produktionsmal' | 'aktivitet' | 'vision' | 'riktning';
  indicator?: string;
  baseline?: string;
  target?: string;
  deadline?: string;
  source?: string;
  focusArea?: string;
  /** Vague verbs found ("verka för", "bidra till"). */
  vague: string[];
}

export function goals(a: Analysis): Goal[] {
  return memo(a, () => []);
}
