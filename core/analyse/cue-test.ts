import { type Cue, compileLexicon } from './lexicon.ts';

/** A lexicon as a test function, for finders that pass it around or test every sentence with it. */
export function cueTest(cues: readonly Cue[]): (text: string) => boolean {
  const lexicon = compileLexicon(cues);
  return (text) => lexicon.test(text);
}
