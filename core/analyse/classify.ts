import type { Document } from '../model/document.ts';
import type { DocType } from './doctype.ts';
import { type Cue, matchAll, matches } from './lexicon.ts';

const ML: Cue[] = ['medborgarlöfte', 'medborgarlöften', '*löfte', '*löften', 'vi lovar'];
const SO: Cue[] = [
  'samverkansöverenskommelse',
  '*överenskommelse',
  'samverkansavtal',
  'samarbetsavtal',
  'samverkansplan',
];
const PLAN: Cue[] = ['aktivitetsplan', 'handlingsplan', 'åtgärdsplan', 'verksamhetsplan för samverkan'];
/** Genres about a collaboration document rather than being one: they win even if the title names it. */
const REPORT: Cue[] = [
  '*rapport',
  '*utvärdering',
  'granskning',
  'uppföljning av',
  'redovisning av',
  'analys av',
  'delårsrapport',
  'remissvar',
  'protokoll',
  'tjänsteskrivelse',
  'pressmeddelande',
];
const NOT: Cue[] = [
  ...REPORT,
  'verksamhetsplan',
  'verksamhetsberättelse',
  'årsredovisning',
  'protokoll',
  'tjänsteskrivelse',
  'trygghetsmätning',
  'enkät*',
  'pressmeddelande',
  'kartläggning',
  'uppföljning av',
  'redovisning av',
  'analys av',
  'delårsrapport',
  'remissvar',
];
const ATTACHMENT: Cue[] = [
  'bilaga till',
  'bilaga till den',
  'tillhör',
  'kopplat till',
  'knutet till',
  'hör till',
  'del av',
  'utifrån',
];
const COMMITMENT: Cue[] = [
  'åtar sig',
  'åtagande*',
  'vi lovar',
  '*polisen lovar',
  'kommunen lovar',
  'lovar att',
  'ansvarig',
  'ansvarar för',
  'gäller från',
  'gäller till',
  'gäller under',
  'undertecknad*',
  'överenskommelsen gäller',
  'löftet gäller',
];

/** Which kind of document this is, from its title first and its body second. */
export function classify(doc: Document): DocType {
  const firstHeading = doc.blocks.find((b) => b.kind === 'heading');
  const title = firstHeading?.text ?? doc.blocks[0]?.text ?? '';
  const lead = doc.blocks
    .filter((b) => b.kind !== 'toc')
    .slice(0, 5)
    .map((b) => b.text)
    .join(' ')
    .slice(0, 600);
  const body = doc.text;
  const commitments = matchAll(body, COMMITMENT).length;
  const bothParties = /kommun/i.test(body) && /polis/i.test(body);

  if (matches(title, REPORT)) return 'inte-samverkansdokument';
  if (matches(title, ML)) return 'medborgarlofte';
  if (matches(title, PLAN)) return 'aktivitetsplan';
  if (matches(title, SO)) return 'samverkansoverenskommelse';
  if (matches(lead, ATTACHMENT) && matches(lead, SO)) return 'samverkansoverenskommelse';
  if (matches(lead, ATTACHMENT) && matches(lead, ML)) return 'medborgarlofte';
  if (matches(title, NOT)) return 'inte-samverkansdokument';

  if (!bothParties || commitments < 3) return 'inte-samverkansdokument';
  const ml = matchAll(body, ML).length + matchAll(body, ['vi lovar', 'lovar att']).length;
  const so = matchAll(body, SO).length + matchAll(body, ['åtar sig']).length;
  const plan = matchAll(body, PLAN).length;
  if (ml > so && ml >= plan) return 'medborgarlofte';
  if (plan > so) return 'aktivitetsplan';
  return 'samverkansoverenskommelse';
}
