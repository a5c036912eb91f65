/**
 * URLs of the SVG art, resolved by Vite (hashed in production). Keys are the
 * vocabulary names from src/core/vocabulary.ts.
 */
const scenes = import.meta.glob<string>('../../assets/art/scenes/*.svg', { query: '?url', import: 'default', eager: true });
const characters = import.meta.glob<string>('../../assets/art/characters/*.svg', { query: '?url', import: 'default', eager: true });
const moods = import.meta.glob<string>('../../assets/art/moods/*.svg', { query: '?url', import: 'default', eager: true });

const byName = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, url]) => [path.replace(/^.*\//, '').replace(/\.svg$/, ''), url]));

export const SCENE_ART: Record<string, string> = byName(scenes);
export const CHARACTER_ART: Record<string, string> = byName(characters);
export const MOOD_ART: Record<string, string> = byName(moods);

/** Texture keys. */
export const sceneKey = (name: string) => `scene:${name}`;
export const characterKey = (name: string) => `character:${name}`;
export const moodKey = (name: string) => `mood:${name}`;
