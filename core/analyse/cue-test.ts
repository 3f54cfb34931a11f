import { type Cue, compileLexicon } from './lexicon.ts';

/**
 * A lexicon compiled once into a test function, for finders that test every sentence: `matches`
 * looks its regular expression up by the joined cue list on each call, which adds up over a long document.
 */
export function cueTest(cues: readonly Cue[]): (text: string) => boolean {
  const re = compileLexicon(cues);
  return (text) => {
    re.lastIndex = 0;
    return re.test(text);
  };
}
