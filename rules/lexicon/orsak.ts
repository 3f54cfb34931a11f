import type { Cue } from '../../core/analyse/lexicon.ts';

/** Reference sentences about the cause analysis (K05). */
export const ORSAK: Cue[] = ['orsak*', '*orsak*', 'bakomliggande', 'riskfaktor*'];
