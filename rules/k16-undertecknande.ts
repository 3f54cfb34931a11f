import { evidence } from '../core/analyse/analysis.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { signatures } from '../core/analyse/signatures.ts';
import { defineRule, verdict } from '../core/engine/rule.ts';

const KOMMUN_NAME = pattern(/(\p{Lu}[\p{L}-]+?)s?\s+kommun(?!\p{L})/gu);

export const k16 = defineRule({
  id: 'K16',
  area: 'E',
  title: 'Undertecknande',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 3 · Teckna samverkansöverenskommelse',
  levels: {
    2: 'Undertecknat och daterat av kommunstyrelsens ordförande och lokalpolisområdeschefen',
    1: 'Undertecknat av andra roller, av en part eller odaterat',
    0: 'Inga underskrifter',
  },
  messages: {
    missing:
      'Dokumentet saknar underskrifter. Låt kommunstyrelsens ordförande och lokalpolisområdeschefen underteckna och datera det (Brå, Teckna samverkansöverenskommelse).',
    'missing-kso':
      'Kommunens underskrift ska vara kommunstyrelsens ordförande (eller kommunalråd i den rollen), inte t.ex. kommundirektören eller kommunchefen.',
    'missing-lpo-chef':
      'Polisens underskrift ska vara chefen för lokalpolisområdet, inte t.ex. kommunpolisen.',
    'one-party':
      'Båda parterna ska underteckna: ett medborgarlöfte eller en överenskommelse som bara en part skrivit under är ensidigt.',
    'missing-date': 'Ange ort och datum för undertecknandet.',
    unsigned:
      'Underskriftsraderna är tomma: dokumentet är inte undertecknat. Låt kommunstyrelsens ordförande och lokalpolisområdeschefen underteckna och datera det när det har beslutats (Brå, Teckna samverkansöverenskommelse).',
    draft:
      'Dokumentet är märkt som utkast eller förslag och är alltså inte undertecknat i sin slutliga form.',
  },
  evaluate(a) {
    const s = signatures(a);
    if (s.unsigned) {
      const v = verdict(
        0,
        s.blocks.map((b) => evidence(a, b)),
        'unsigned',
      );
      if (s.draft) v.notes = ['utkast eller förslag'];
      return v;
    }
    if (s.signatories.length === 0) return verdict(0, [], 'missing');
    const ev = s.blocks.map((b) => evidence(a, b));
    const isKso = (x: (typeof s.signatories)[number]) => x.role === 'kso' || x.role === 'kommunalrad';
    // Two or three kommuner, one signed by its kommundirektör: that kommun's KSO has not signed.
    const kommuner = new Set(
      s.blocks.flatMap((b) => [...b.text.matchAll(KOMMUN_NAME)].map((m) => (m[1] ?? '').toLowerCase())),
    );
    const ksos = s.signatories.filter(isKso).length;
    const everyKommun = kommuner.size < 2 || ksos >= kommuner.size;
    const kso = s.signatories.some(isKso) && everyKommun;
    const lpo = s.signatories.some((x) => x.role === 'lpo-chef' || x.role === 'polisomradeschef');
    const parties = new Set(s.signatories.map((x) => x.party).filter((p) => p !== 'okand'));
    const advice: string[] = [];
    if (parties.size < 2) advice.push('one-party');
    if (!kso) advice.push('missing-kso');
    if (!lpo) advice.push('missing-lpo-chef');
    if (!s.dateText || s.partlyUndated) advice.push('missing-date');
    if (s.draft) advice.push('draft');
    const v = verdict(advice.length === 0 ? 2 : 1, ev, ...advice);
    if (s.draft) v.notes = ['utkast eller förslag'];
    return v;
  },
});
