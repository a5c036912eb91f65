/**
 * Device storage that never throws. If localStorage is unavailable (private
 * mode, blocked, full), it keeps data in memory for this page and says so,
 * so the game still plays and can tell the trainee progress is not kept.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** False when data will not survive a reload. */
  readonly persistent: boolean;
}

const PREFIX = 'safe-passage.';

/** The key of a scenario's save (the inline prefetch in index.html reads `screen`). */
export const saveKey = (scenario: string) => `save.${scenario}`;

/** Open device storage, falling back to memory. */
export function openStorage(backing: Storage | undefined = globalThis.localStorage): KeyValueStore {
  const memory = new Map<string, string>();
  let persistent = false;
  try {
    if (backing) {
      backing.setItem(`${PREFIX}probe`, '1');
      backing.removeItem(`${PREFIX}probe`);
      persistent = true;
    }
  } catch {
    persistent = false;
  }
  return {
    get persistent() {
      return persistent;
    },
    get(key) {
      // What was written during this page wins; otherwise what the device kept (it stays
      // readable after a quota error makes further writes fail).
      if (memory.has(key)) return memory.get(key)!;
      try {
        return backing ? backing.getItem(PREFIX + key) : null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      memory.set(key, value);
      if (!persistent) return false;
      try {
        backing!.setItem(PREFIX + key, value);
        return true;
      } catch {
        // Quota or policy: keep going in memory and report it.
        persistent = false;
        return false;
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        backing?.removeItem(PREFIX + key);
      } catch {
        /* nothing to lose */
      }
    },
  };
}
