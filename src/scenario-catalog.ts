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
  url: string;
}

export interface StoryData {
  json: string;
  manifest: ScenarioManifest;
}

/** Every scenario, in file-name order. */
export const SCENARIOS = scenarios as readonly ScenarioEntry[];

/** Find a scenario by id. */
export function findScenario(id: string): ScenarioEntry | undefined {
  return SCENARIOS.find((s) => s.meta.scenario === id);
}

const loaded = new Map<string, Promise<StoryData>>();

/** Load a story's compiled JSON and manifest (cached; safe to call early to prefetch). */
export function loadScenario(id: string): Promise<StoryData> {
  const entry = findScenario(id);
  if (!entry) return Promise.reject(new Error(`unknown scenario "${id}"`));
  let p = loaded.get(id);
  if (!p) {
    const url = new URL(entry.url, document.baseURI).href;
    p = (import(/* @vite-ignore */ url) as Promise<StoryData>).then((m) => ({ json: m.json, manifest: m.manifest }));
    // A failed load may be retried (e.g. the network came back).
    p.catch(() => loaded.delete(id));
    loaded.set(id, p);
  }
  return p;
}
