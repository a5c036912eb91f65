/**
 * Module types for imports handled by src/build/vite-plugin-ink.ts.
 * (Ambient modules cannot import relative types; src/scenario-catalog.ts
 * gives these values their real types.)
 */
declare module '*.ink' {
  export const json: string;
  export const manifest: unknown;
}

declare module 'virtual:scenarios' {
  export const scenarios: unknown[];
}

declare module 'virtual:first-screens' {
  /** Scenario id -> its content note's topics and the module with its first step (FirstScreenEntry, src/first-screen/data.ts). */
  export const firstScreens: Record<string, { file: string; contentNotes: string[] }>;
  /** Language -> key -> UI string: the strings every first screen uses. */
  export const firstScreenStrings: Record<string, Record<string, string>>;
}
