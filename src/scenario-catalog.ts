/**
 * The scenarios the build found in `stories/`, with their metadata, and a
 * loader per story: each story is a content-hashed ES module, imported only
 * when opened (or already downloading: index.html modulepreloads a direct
 * link's story).
 */
import { scenarios } from 'virtual:scenarios';
import type { ScenarioManifest } from './core/manifest.ts';
import type { ScenarioMeta } from './core/tags.ts';

/** A scenario as the build found it: metadata, walk statistics, and where its story is. */
export interface ScenarioEntry {
  meta: ScenarioMeta;
  stats: ScenarioManifest['stats'];
  /** URL of the story module (exports `json` and `manifest`), relative to the page. */
  url?: string;
  /** The offline build bundles each story into the page's script: its loader instead of a URL. */
  load?: () => Promise<{ default: StoryData }>;
}

export interface StoryData {
  json: string;
  manifest: ScenarioManifest;
}

/** Every scenario, in file-name order. */
export const SCENARIOS = scenarios as readonly ScenarioEntry[];

/** Find a scenario by id. */
export function findScenario(id: string): ScenarioEntry | undefined {
  return typeof id === 'string' ? SCENARIOS.find((s) => s.meta.scenario === id) : undefined;
}

const loaded = new Map<string, Promise<StoryData>>();
/** Failed attempts per story: a retry must use a new URL, because the browser remembers a failed module import. */
const failures = new Map<string, number>();

/** Load a story's compiled JSON and manifest (cached; safe to call early to prefetch; retried after a failure). */
export function loadScenario(id: string): Promise<StoryData> {
  const entry = findScenario(id);
  if (!entry) return Promise.reject(new Error(`unknown scenario "${id}"`));
  let p = loaded.get(id);
  if (!p && entry.load) {
    p = entry.load().then((m) => ({ json: m.default.json, manifest: m.default.manifest }));
    loaded.set(id, p);
  }
  if (!p) {
    const url = new URL(entry.url ?? '', document.baseURI);
    const failed = failures.get(id) ?? 0;
    if (failed > 0) url.searchParams.set('retry', String(failed));
    p = (import(/* @vite-ignore */ url.href) as Promise<StoryData>).then((m) => ({ json: m.json, manifest: m.manifest }));
    p.catch(() => {
      loaded.delete(id);
      failures.set(id, failed + 1);
    });
    loaded.set(id, p);
  }
  return p;
}
