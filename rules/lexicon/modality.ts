import { pattern } from '../../core/analyse/pattern.ts';
/** Negation and promises for later: such a sentence is not evidence that something exists (at most 1). */

export const NEGATED = pattern(
  /(?<!\p{L})(inte|ej|saknas|saknar|ingen|inget|inga|varken|någon\s+\p{L}+\s+finns\s+inte)(?!\p{L})/iu,
);

export const FUTURE = pattern(
  /(?<!\p{L})(ska\s+(?:\p{L}+\s+){0,3}tas\s+fram|kommer\s+att\s+(?:\p{L}+\s+){0,3}tas\s+fram|planeras|avses|är\s+tänkt|ska\s+utses|kommer\s+att\s+utses)(?!\p{L})/iu,
);

/** What the law requires ("Enligt lagen ska kommunen ta fram en lägesbild"): not what this document does. */
export const ABOUT_THE_LAW = pattern(
  /^(?:enligt\s+)?lagen\b|(?<!\p{L})lagen\s+(?:\(\d{4}:\d+\)\s+)?(?:kräver|innebär|ställer)/iu,
);

/** "I den tidigare överenskommelsen fanns …", "Under förra perioden tog parterna fram …": another agreement than this. */
export const PREVIOUS_AGREEMENT = pattern(
  /(?<!\p{L})(?:tidigare|föregående|förra)\s+(?:samverkans)?överenskommelse\p{L}*|(?<!\p{L})under\s+(?:den\s+)?(?:förra|föregående|tidigare)\s+(?:avtals|överenskommelse)?perioden(?!\p{L})/iu,
);
