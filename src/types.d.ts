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
