/** Module types for imports handled by src/build/vite-plugin-ink.ts. */
declare module '*.ink' {
  import type { ScenarioManifest } from './core/manifest';
  export const json: string;
  export const manifest: ScenarioManifest;
  const story: { json: string; manifest: ScenarioManifest };
  export default story;
}

declare module 'virtual:scenarios' {
  import type { ScenarioManifest } from './core/manifest';
  import type { ScenarioMeta } from './core/tags';
  export interface ScenarioEntry {
    meta: ScenarioMeta;
    stats: ScenarioManifest['stats'];
    load: () => Promise<{ json: string; manifest: ScenarioManifest }>;
  }
  export const scenarios: ScenarioEntry[];
}
