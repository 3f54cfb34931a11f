import type { Analysis } from '../analyse/analysis.ts';
import { type Finding, type RulePack, STATUS_OF } from './rule.ts';

const MAX_EVIDENCE = 6;

/** Run every rule of a pack over one analysis. Rules are pure; a rule that throws yields level 0 with a note. */
export function runPack(pack: RulePack, a: Analysis): Finding[] {
  const collaboration = a.type !== 'inte-samverkansdokument';
  return pack.rules.map((rule) => {
    const base = { id: rule.id, title: rule.title, area: rule.area, source: rule.source };
    if (collaboration && !rule.appliesTo.includes(a.type)) {
      return {
        ...base,
        level: null,
        status: 'ej-tillampig',
        evidence: [],
        advice: '',
        adviceIds: [],
        notes: [],
      };
    }
    if (!collaboration) {
      return {
        ...base,
        level: 0,
        status: 'saknas',
        evidence: [],
        advice: 'Dokumentet är inte ett samverkansdokument och bedöms inte mot punkten.',
        adviceIds: ['not-collaboration-document'],
        notes: [],
      };
    }
    try {
      const v = rule.evaluate(a);
      const adviceIds = v.level < 2 ? v.advice.filter((id) => rule.messages[id] !== undefined) : [];
      const advice = adviceIds.map((id) => rule.messages[id]).join(' ');
      return {
        ...base,
        level: v.level,
        status: STATUS_OF[v.level],
        evidence: v.level > 0 ? dedupe(v.evidence).slice(0, MAX_EVIDENCE) : [],
        advice: v.level < 2 && advice === '' ? rule.levels[2] : advice,
        adviceIds,
        notes: v.notes ?? [],
      };
    } catch (error) {
      return {
        ...base,
        level: 0,
        status: 'saknas',
        evidence: [],
        advice: 'Punkten kunde inte bedömas på grund av ett internt fel.',
        adviceIds: ['internal-error'],
        notes: [String(error)],
      };
    }
  });
}

/** Drop repeated passages; keep the rule's order, which puts the passage that decides the level first. */
function dedupe<T extends { start: number; end: number }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
