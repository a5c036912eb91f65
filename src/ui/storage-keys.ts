/**
 * Where the game keeps its data in device storage: one prefix for every key
 * (so a reset or a copy takes exactly the game's data), and the keys' names.
 * No imports and no DOM: the build's prefetch script
 * (src/build/vite-plugin-ink.ts) reads the last screen with the same prefix.
 */
export const STORAGE_PREFIX = 'safe-passage.';

/** The screen before a reload (read by the build's prefetch script too). */
export const SCREEN_KEY = 'screen';

/** The key of a scenario's save. */
export const saveKey = (scenario: string) => `save.${scenario}`;

/** This tab's copy of a run the device had no room for (in sessionStorage). */
export const pendingKey = (scenario: string) => `pending.${scenario}`;

/** Where the first version kept its one group session (read once, then moved under `groupSessionKey`). */
export const GROUP_KEY = 'group.session';

/** A facilitated group session on this device, by its id (several are kept; src/ui/group/group-store.ts). */
export const groupSessionKey = (id: string) => `${GROUP_KEY}.${id}`;

/** The step of a scenario's run whose text the trainee chose to skip ("Leave scene", then skip the text). */
export const hiddenStepKey = (scenario: string) => `hidden-step.${scenario}`;
