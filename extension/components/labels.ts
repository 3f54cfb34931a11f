import type { Finding, Status } from '../../core/engine/rule.ts';

export const STATUS_LABEL: Record<Status, string> = {
  uppfyllt: 'Uppfyllt',
  delvis: 'Delvis',
  saknas: 'Saknas',
  'ej-tillampig': 'Ej tillämplig',
};

export const AKTUELL_LABEL = { ja: 'aktuellt', nej: 'inte aktuellt', okand: 'okänt om aktuellt' } as const;

export const GOAL_KIND_LABEL = {
  effektmal: 'Effektmål',
  produktionsmal: 'Produktionsmål',
  aktivitet: 'Aktivitet snarare än mål',
  vision: 'Vision',
  riktning: 'Riktning utan mått',
} as const;

/** A level as the attribute tests and styles read: 0, 1, 2 or "na". */
export function levelKey(f: Pick<Finding, 'level'>): string {
  return f.level === null ? 'na' : String(f.level);
}

export function levelText(f: Pick<Finding, 'level' | 'status'>): string {
  return f.level === null ? STATUS_LABEL[f.status] : `${STATUS_LABEL[f.status]} (${f.level})`;
}
