/**
 * The scenarios the build found in `stories/`, with their metadata, and a
 * lazy loader per story (each story is its own chunk).
 */
import { scenarios } from 'virtual:scenarios';
import type { ScenarioManifest } from './core/manifest';
import type { ScenarioMeta } from './core/tags';

/** A scenario as the build found it: metadata, walk statistics, and a lazy loader. */
export interface ScenarioEntry {
  meta: ScenarioMeta;
  stats: ScenarioManifest['stats'];
  load: () => Promise<{ json: string; manifest: ScenarioManifest }>;
}

/** Every scenario, in file-name order. */
export const SCENARIOS = scenarios as readonly ScenarioEntry[];

/** Find a scenario by id. */
export function findScenario(id: string): ScenarioEntry | undefined {
  return SCENARIOS.find((s) => s.meta.scenario === id);
}

const loaded = new Map<string, Promise<{ json: string; manifest: ScenarioManifest }>>();

/** Load a story's compiled JSON and manifest (cached; safe to call early to prefetch). */
export function loadScenario(id: string): Promise<{ json: string; manifest: ScenarioManifest }> {
  const entry = findScenario(id);
  if (!entry) return Promise.reject(new Error(`unknown scenario "${id}"`));
  let p = loaded.get(id);
  if (!p) {
    p = entry.load().then((m) => ({ json: m.json, manifest: m.manifest }));
    loaded.set(id, p);
  }
  return p;
}
