import type { Analysis } from './analysis.ts';
import { memo } from './analysis.ts';

/** For one focus area: where in the chain picture → cause → goal → measure → follow-up it appears. */
export interface RedThreadRow {
  focusArea: string;
  picture: boolean;
  causes: boolean;
  goals: boolean;
  measures: boolean;
  followUp: boolean;
}

export function redThread(a: Analysis): RedThreadRow[] {
  return memo(a, () => []);
}
