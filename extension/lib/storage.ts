import type { Report } from '../../core/check.ts';
import { DEFAULT_SETTINGS, type Settings } from './engine.ts';

/** What is remembered of a result: enough for the list, never the document's text. */
export interface Recent {
  name: string;
  at: string;
  percent: number | null;
  type: string;
  levels: Record<string, number | null>;
}

const MAX_RECENT = 20;

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** The extension's local storage, or the page's localStorage in the web build. */
function area(): Area {
  const ext = (globalThis as { chrome?: { storage?: { local?: Area } } }).chrome?.storage?.local;
  if (ext) return ext;
  return {
    async get(key) {
      const raw = globalThis.localStorage?.getItem(`samverkanskollen.${key}`);
      return raw ? { [key]: JSON.parse(raw) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items))
        globalThis.localStorage?.setItem(`samverkanskollen.${k}`, JSON.stringify(v));
    },
    async remove(keys) {
      for (const k of keys) globalThis.localStorage?.removeItem(`samverkanskollen.${k}`);
    },
  };
}

export async function loadSettings(): Promise<Settings> {
  const got = (await area().get('settings')).settings as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...got };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await area().set({ settings });
}

export async function loadRecent(): Promise<Recent[]> {
  return ((await area().get('recent')).recent as Recent[] | undefined) ?? [];
}

export async function remember(name: string, report: Report): Promise<Recent[]> {
  const entry: Recent = {
    name,
    at: new Date().toISOString(),
    percent: report.score.percent,
    type: report.type,
    levels: Object.fromEntries(report.checks.map((c) => [c.id, c.level])),
  };
  const list = [entry, ...(await loadRecent()).filter((r) => r.name !== name)].slice(0, MAX_RECENT);
  await area().set({ recent: list });
  return list;
}

/** Forget everything: recent results and settings. */
export async function forgetAll(): Promise<void> {
  await area().remove(['recent', 'settings']);
}
