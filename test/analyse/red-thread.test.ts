import { describe, expect, it } from 'vitest';
import { activities } from '../../core/analyse/activities.ts';
import { focusAreas } from '../../core/analyse/focus-areas.ts';
import { activityServes } from '../../core/analyse/red-thread.ts';
import { analyseText } from '../helpers/rule-cases.ts';

describe('red thread', () => {
  it('gives a measure to the areas its goal codes number, a letter after the code too ("M1, M2a")', () => {
    const a = analyseText(`## Fokusområden
1. Unga och narkotika. Narkotikabrotten bland unga har ökat sedan 2021.
2. Våld i centrum. Våldet har ökat sedan 2022.
## Åtgärder
| Åtgärd | Mål | Ansvarig | När |
|---|---|---|---|
| Riktad närvaro vid stationen | M1, M2a | Polisen | Fredagar kl. 22–03 |
| Föräldraträffar | M1 | Socialförvaltningen | Varje termin |`);
    const [unga, centrum] = focusAreas(a);
    const [presence, parents] = activities(a);
    if (!unga || !centrum || !presence || !parents) throw new Error('areas or measures not read');
    expect([activityServes(presence, unga), activityServes(presence, centrum)]).toEqual([true, true]);
    expect([activityServes(parents, unga), activityServes(parents, centrum)]).toEqual([true, false]);
  });
});
