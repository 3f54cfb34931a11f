import { type Analysis, evidence, type Section, type Sentence } from '../core/analyse/analysis.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { NOT_ATTACHED_NOTE, referencedElsewhere } from '../core/analyse/references.ts';
import { inNonPictureSection, isProspective, test, titlesOf, wordCount } from '../core/analyse/scope.ts';
import { defineRule, type Verdict, verdict } from '../core/engine/rule.ts';
import { LAGESBILD } from './lexicon/lagesbild.ts';

// Owner within a few words before the picture word: "kommunens brottsförebyggande lägesbild", "Lokalpolisområde X tog fram sin lokala lägesbild".
// A municipality may be the kommun, the stad, or one of its förvaltningar, nämnder or ledningskontor.
const KOMMUN_OWNER = pattern(
  /(?<!\p{L})(?:kommun(?!polis)\p{L}*|\p{L}+kommuns|stad(?:en|ens)|\p{L}*förvaltning\p{L}*|\p{L}*nämnd\p{L}*|\p{L}*ledningskontor\p{L}*):?\s+(?:\S+\s+){0,5}?\p{L}*(?:lägesbild|nulägesanalys)|(?:lägesbild|nulägesanalys)\p{L}*\s+(?:för|över)\s+(?:\p{Lu}\p{L}+\s+)?kommun|(?:lägesbild|nulägesanalys)\p{L}*\s+(?:som\s+(?:\S+\s+){0,1}?|(?:\S+\s+){0,3}?(?:tagits|togs|tas|gjorts|sammanställts?)\s+(?:fram\s+)?av\s+(?:\S+\s+){0,1}?)(?:kommun(?!polis)\p{L}*|\p{L}+kommuns|stad(?:en|ens)|\p{L}*förvaltning\p{L}*|\p{L}*nämnd\p{L}*|\p{L}*ledningskontor\p{L}*|\p{L}*enhet(?:en|ens)?)(?!\p{L})/iu,
);
const POLIS_OWNER = pattern(
  /(?<!\p{L})(?:polis(?!en\s+och)\p{L}*|lokalpolisområde\p{L}*|LPO(?::s|\s+\p{Lu}\p{L}+)):?\s+(?:\S+\s+){0,7}?\p{L}*(?:lägesbild|nulägesanalys)|(?:lägesbild|nulägesanalys)\p{L}*\s+(?:som\s+(?:\S+\s+){0,1}?|(?:\S+\s+){0,3}?(?:tagits|togs|tas|gjorts|sammanställts?)\s+(?:fram\s+)?av\s+(?:\S+\s+){0,1}?)(?:polis(?!en\s+och)\p{L}*|lokalpolisområde\p{L}*|LPO(?!\p{L}))/iu,
);
const KOMMUN_TITLE = pattern(
  /(?:kommun(?!polis)\p{L}*|stad(?:en|ens)|\p{L}*förvaltning\p{L}*|\p{L}*nämnd\p{L}*|\p{L}*ledningskontor\p{L}*)\s+(?:\p{L}+\s+)?(?:lägesbild|nulägesanalys)/iu,
);
const POLIS_TITLE = pattern(
  /(?:polis\p{L}*|lokalpolisområde\p{L}*)\s+(?:\p{L}+\s+)?(?:lägesbild|nulägesanalys)/iu,
);
/** Something said about the picture: when it was made, what it shows, or that it is attached. */
const SUBSTANCE = pattern(
  /(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:visar|pekar|lyfter|bygger|grundar|omfattar|bilaga)\p{L}*/iu,
);

type Owner = 'kommun' | 'polis';

/** A joint picture ("kommunen och polisen har en gemensam lägesbild") is not a party's own. */
const JOINT = pattern(/gemensam|och\s+(?:polis|kommun|lokalpolis)/iu);

/** "Vi tog fram var sin lägesbild", "parternas respektive lägesbilder": each party made its own. */
const EACH_PARTY = pattern(
  /(?<!\p{L})(?:var\s*sin|var\s*sina|respektive|egna)\s+(?:\p{L}+\s+)?(?:lägesbild|nulägesanalys)/iu,
);
/** A sentence opening with a party as subject ("Kommunens säkerhetssamordnare sammanställde …", "Polisen gjorde …"). */
const KOMMUN_SUBJECT = pattern(
  /^(?:kommun(?!polis)\p{L}*|\p{L}+kommuns|staden|stadens|\p{L}*förvaltning\p{L}*)(?!\p{L})/iu,
);
/** "Sälgnäs kommun har …": a kommun named as the subject. */
const NAMED_KOMMUN_SUBJECT = pattern(/^\p{Lu}\p{L}+\s+kommun(?!\p{L})/u);
const POLIS_SUBJECT = pattern(/^(?:polis(?:en|ens)|lokalpolisområde\p{L}*)(?!\p{L})/iu);

/** Every owner pattern ends in the picture word; the cheap test spares the slow expressions most texts. */
const PICTURE_WORD = pattern(/(?:lägesbild|nulägesanalys)/i);

/** The other party named right before the picture word owns it: "Polisens uppgifter, sammanfattade i kommunens lägesbild". */
const NEAREST_KOMMUN = pattern(
  /(?:kommun(?!polis)\p{L}*|stad(?:en|ens)|\p{L}*förvaltning\p{L}*)\s+(?:\p{L}+\s+)?\p{L}*(?:lägesbild|nulägesanalys)\p{L}*$/iu,
);
const NEAREST_POLIS = pattern(
  /(?:polis\p{L}*|lokalpolisområde\p{L}*)\s+(?:\p{L}+\s+)?\p{L}*(?:lägesbild|nulägesanalys)\p{L}*$/iu,
);

/** The party right before the picture word at the start of a match: its own picture, whoever else is named. */
const POLIS_FIRST = pattern(
  /^(?:polis\p{L}*|lokalpolisområde\p{L}*)\s+(?:\p{L}+\s+)?\p{L}*(?:lägesbild|nulägesanalys)/iu,
);
const KOMMUN_FIRST = pattern(
  /^(?:kommun\p{L}*|\p{L}+kommuns|stad(?:en|ens)|\p{L}*förvaltning\p{L}*)\s+(?:\p{L}+\s+)?\p{L}*(?:lägesbild|nulägesanalys)/iu,
);

/** Per owner expression: the rival named closest to the picture word, and the owner's own adjacent form. */
const RIVALS = new Map<RegExp, [closer: RegExp, own: RegExp]>([
  [POLIS_OWNER, [NEAREST_KOMMUN, POLIS_FIRST]],
  [KOMMUN_OWNER, [NEAREST_POLIS, KOMMUN_FIRST]],
]);

function owns(re: RegExp, text: string): boolean {
  if (!PICTURE_WORD.test(text)) return false;
  const m = re.exec(text);
  if (m === null || JOINT.test(m[0])) return false;
  const rival = RIVALS.get(re);
  if (!rival) return true;
  const [closer, own] = rival;
  return own.test(m[0]) || !closer.test(m[0]);
}

/** "Någon sådan lägesbild har vi inte hunnit göra", "Det finns ingen gemensam lägesbild": none exists. */
const NO_PICTURE = pattern(
  /(?<!\p{L})(?:någon|ingen)\s+(?:\p{L}+\s+){0,2}\p{L}*(?:lägesbild|nulägesanalys)\p{L}*\s+(?:\S+\s+){0,3}?(?:inte|ej|finns)(?!\p{L})|(?:har|finns)\s+(?:ännu\s+)?(?:inte|ingen)\s+(?:\p{L}+\s+){0,3}\p{L}*(?:lägesbild|nulägesanalys)|sakna[rs]?\s+(?:en\s+)?(?:\p{L}+\s+)?\p{L}*(?:lägesbild|nulägesanalys)|(?:lägesbild|nulägesanalys)\p{L}*\s+saknas/iu,
);

/** "Kommunens lägesbild är inte klar", "– under framtagande", "Sälgnäs kommun har ännu inte tagit fram någon". */
const NOT_READY = pattern(
  /(?<!\p{L})(?:inte\s+(?:\p{L}+\s+)?(?:klar|färdig|färdigställd|framtagen|tagit\s+fram|tagits\s+fram)|under\s+framtagande|håller\s+på\s+att\s+tas\s+fram|ännu\s+inte)(?!\p{L})/iu,
);

/** "2.2 Kommunens lägesbild — Kommunen har ännu inte tagit fram någon egen lägesbild": the title names what is missing. */
const DENIED = pattern(/(?<!\p{L})(?:inte|ej|ingen|inget|saknas|saknar)(?!\p{L})/iu);
const denied = new WeakMap<Section, boolean>();

function deniesPicture(section: Section): boolean {
  let hit = denied.get(section);
  if (hit === undefined) {
    hit = section.sentences.some((x) => DENIED.test(x.text) && test(x.text, LAGESBILD));
    denied.set(section, hit);
  }
  return hit;
}

/** A title naming the party's picture gives its sentences that owner, unless the section says there is none. */
function titledOwner(s: Sentence, re: RegExp): boolean {
  for (let sec: Section | undefined = s.section; sec; sec = sec.parent)
    if (sec.heading && titlesOf(sec)[0] === sec.title && owns(re, sec.title)) return !deniesPicture(sec);
  return false;
}

/**
 * "polisens och kommunens lägesbilder": each party's own, as the plural says. A promise may also say it in
 * the singular ("bygger på polisens och kommunens lägesbild") — the checklist's ML reading — but not "gemensamma".
 */
const GENITIVE_PARTY = '(?:polisens|lokalpolisområdets|kommunens|\\p{L}+kommuns|stadens)';
const BOTH_PICTURES = new RegExp(
  `(?<!\\p{L})${GENITIVE_PARTY}\\s+(?:respektive|och)\\s+${GENITIVE_PARTY}\\s+(?:egna\\s+)?(?:lokala\\s+)?(?:lägesbilder|problembilder)`,
  'iu',
);
const BOTH_PICTURE_ML = new RegExp(
  `(?<!\\p{L})${GENITIVE_PARTY}\\s+(?:respektive|och)\\s+${GENITIVE_PARTY}\\s+(?:egna\\s+)?(?:lokala\\s+)?(?:lägesbild|problembild)`,
  'iu',
);

function bothParties(re: RegExp, text: string): boolean {
  const m = re.exec(text);
  return m !== null && /polis/i.test(m[0]) && /kommun|stad/i.test(m[0]);
}

function ownersOf(s: Sentence, promise: boolean): Owner[] {
  if (bothParties(BOTH_PICTURES, s.text) || (promise && bothParties(BOTH_PICTURE_ML, s.text)))
    return ['kommun', 'polis'];
  const out: Owner[] = [];
  if (owns(KOMMUN_OWNER, s.text) || titledOwner(s, KOMMUN_TITLE)) out.push('kommun');
  if (owns(POLIS_OWNER, s.text) || titledOwner(s, POLIS_TITLE)) out.push('polis');
  return out;
}

/** Whether a sentence says this party's picture is missing or unfinished ("Polisen har inte tagit fram någon …"). */
function sideOpen(a: Analysis, ownedBy: (text: string) => boolean, title: RegExp): boolean {
  return a.sentences.some(
    (s) =>
      test(s.text, LAGESBILD) &&
      (NOT_READY.test(s.text) || NO_PICTURE.test(s.text)) &&
      (ownedBy(s.text) || titledOwner(s, title)),
  );
}

/** The list items right after a block, up to the next paragraph or heading. */
function itemsAfter(a: Analysis, block: Sentence['block']): Sentence['block'][] {
  const blocks = a.doc.blocks;
  const out: Sentence['block'][] = [];
  for (let i = blocks.indexOf(block) + 1; i < blocks.length && blocks[i]?.kind === 'list-item'; i++)
    out.push(blocks[i] as Sentence['block']);
  return out;
}

export const k01 = defineRule({
  id: 'K01',
  area: 'A',
  title: 'Egna lägesbilder',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 2 · Ta fram en egen lägesbild',
  levels: {
    2: 'Båda parternas lägesbilder är namngivna med ägare, sammanfattade, daterade eller bifogade',
    1: 'En lägesbild nämns utan ägare, eller bara den ena partens',
    0: 'Ingen lägesbild',
  },
  messages: {
    missing:
      'Ange vilka lägesbilder dokumentet bygger på: kommunens lägesbild och lokalpolisområdets lägesbild, var och en med ägare, datum och en kort sammanfattning (Brå steg 2).',
    'no-owner':
      'Lägesbilden nämns men inte vems den är. Skriv ut att kommunen och polisen har tagit fram var sin lägesbild, när, och vad de visar (Brå steg 2).',
    'kommun-missing':
      'Kommunens egen lägesbild saknas. Namnge den, ange vem som tagit fram den och när, och sammanfatta vad den visar (Brå steg 2; lag 2023:196).',
    'polis-missing':
      'Polisens lokala lägesbild saknas. Namnge den, ange när lokalpolisområdet tog fram den och sammanfatta vad den visar (Brå steg 2).',
    planned:
      'Lägesbilderna finns ännu inte. När de är klara: ange vem som tagit fram dem och när, och sammanfatta vad de visar innan överenskommelsen beslutas (Brå steg 2).',
    'no-substance':
      'Lägesbilderna nämns men varken dateras, sammanfattas eller bifogas. Ange när de togs fram och vad de visar (Brå steg 2).',
  },
  evaluate(a: Analysis): Verdict {
    const candidates = a.sentences.filter(
      (s) =>
        (test(s.text, LAGESBILD) || titlesOf(s.section).some((t) => test(t, LAGESBILD))) &&
        !inNonPictureSection(s) &&
        !isProspective(s),
    );
    const mentions = candidates.filter((s) => test(s.text, LAGESBILD));
    const byOwner: Record<Owner, Sentence[]> = { kommun: [], polis: [] };
    for (const s of candidates) for (const o of ownersOf(s, a.type === 'medborgarlofte')) byOwner[o].push(s);
    // After "vi tog fram var sin lägesbild", the paragraph's sentences led by a party describe that party's picture.
    for (const each of mentions.filter((s) => EACH_PARTY.test(s.text))) {
      for (const s of a.sentences) {
        if (s.block !== each.block || s.start <= each.start || isProspective(s)) continue;
        if (KOMMUN_SUBJECT.test(s.text) && !byOwner.kommun.includes(s)) byOwner.kommun.push(s);
        if (POLIS_SUBJECT.test(s.text) && !byOwner.polis.includes(s)) byOwner.polis.push(s);
      }
    }
    // A label leading its paragraph ("**Polisens lägesbild.** Den togs fram i september 2024 …") is
    // described by the rest of the paragraph.
    const isLabel = (s: Sentence) => s.start === s.block.start && wordCount(s.text) <= 5;
    type Span = { start: number; end: number };
    const solid = (o: Owner): Span[] =>
      byOwner[o].flatMap((s): Span[] => {
        if (SUBSTANCE.test(s.text)) return [s];
        if (isLabel(s) && SUBSTANCE.test(s.block.text)) return [s.block];
        // "**Kommunens lägesbild**" over the items that name, date and sum it up.
        const items = isLabel(s) && s.end === s.block.end ? itemsAfter(a, s.block) : [];
        const hit = items.find((b) => SUBSTANCE.test(b.text));
        return hit ? [{ start: s.start, end: hit.end }] : [];
      });
    // A party's picture said to be missing or unfinished leaves that side open, whatever else is named.
    const kommunOpen = sideOpen(
      a,
      (t) => owns(KOMMUN_OWNER, t) || KOMMUN_SUBJECT.test(t) || NAMED_KOMMUN_SUBJECT.test(t),
      KOMMUN_TITLE,
    );
    const polisOpen = sideOpen(a, (t) => owns(POLIS_OWNER, t) || POLIS_SUBJECT.test(t), POLIS_TITLE);
    const k = kommunOpen ? [] : solid('kommun');
    const p = polisOpen ? [] : solid('polis');
    const refs = referencedElsewhere(a, LAGESBILD);
    const result = (() => {
      // "Överenskommelsen bygger på kommunens och polisens lägesbilder … De redovisas i bilaga A": one
      // sentence naming both, with the pictures themselves in an annex that is not here.
      const onlyNamed = k.length === 1 && p.length === 1 && k[0] === p[0] && refs.length > 0;
      if (k.length > 0 && p.length > 0 && !onlyNamed)
        return verdict(2, [evidence(a, k[0] as Span), evidence(a, p[0] as Span)]);
      const named = [...byOwner.kommun, ...byOwner.polis];
      // ML reading: a promise that says it builds on both parties' pictures needs no more.
      if (byOwner.kommun.length > 0 && byOwner.polis.length > 0 && a.type === 'medborgarlofte')
        return verdict(2, [
          evidence(a, byOwner.kommun[0] as Sentence),
          evidence(a, byOwner.polis[0] as Sentence),
        ]);
      if (byOwner.kommun.length > 0 && byOwner.polis.length > 0)
        return verdict(
          1,
          named.slice(0, 2).map((s) => evidence(a, s)),
          'no-substance',
        );
      if (byOwner.kommun.length > 0)
        return verdict(1, [evidence(a, byOwner.kommun[0] as Sentence)], 'polis-missing');
      if (byOwner.polis.length > 0)
        return verdict(1, [evidence(a, byOwner.polis[0] as Sentence)], 'kommun-missing');
      const affirmed = mentions.filter((s) => !NO_PICTURE.test(s.text));
      if (affirmed.length > 0)
        return verdict(
          1,
          affirmed.slice(0, 2).map((s) => evidence(a, s)),
          'no-owner',
        );
      // "… ska bygga på kommunens lägesbild, som tas fram under hösten": the parties' pictures, still to come.
      const planned = a.sentences.filter(
        (s) =>
          isProspective(s) &&
          test(s.text, LAGESBILD) &&
          !inNonPictureSection(s) &&
          ownersOf(s, a.type === 'medborgarlofte').length > 0,
      );
      if (planned.length > 0)
        return verdict(
          1,
          planned.slice(0, 2).map((s) => evidence(a, s)),
          'planned',
        );
      return verdict(0, [], 'missing');
    })();
    if (result.level < 2 && refs.length > 0) {
      // A lägesbild kept in a document that is not here is still a lägesbild named, without its owner.
      if (result.level === 0)
        return {
          ...verdict(1, [evidence(a, (refs[0] as { sentence: Sentence }).sentence)], 'no-owner'),
          notes: [NOT_ATTACHED_NOTE],
        };
      result.notes = [NOT_ATTACHED_NOTE];
    }
    return result;
  },
});
