import type { Analysis } from './analysis.ts';
import { memo } from './analysis.ts';

export type Aktuell = 'ja' | 'nej' | 'okand';

/** The period of validity as stated in the document (ISO dates), when it states one. */
export interface Period {
  start?: string;
  end?: string;
  untilFurtherNotice: boolean;
}

export function period(a: Analysis): Period | undefined {
  return memo(a, () => undefined);
}

/** Whether the document is in force on the reference date. */
export function aktuell(a: Analysis): Aktuell {
  const p = period(a);
  if (!p?.end) return p?.untilFurtherNotice ? 'ja' : 'okand';
  if (p.start && p.start > a.referenceDate) return 'nej';
  return p.end >= a.referenceDate ? 'ja' : 'nej';
}
