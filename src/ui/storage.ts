/**
 * Device storage that never throws. If localStorage is unavailable (private
 * mode, blocked), it keeps data in memory for this page and says so, so the
 * game still plays and can tell the trainee progress is not kept. A write
 * that fails for lack of space returns false and the next write tries again
 * (space may have been freed): the caller tells the trainee.
 */
import { STORAGE_PREFIX } from './storage-keys.ts';

export interface KeyValueStore {
  get(key: string): string | null;
  /** Write; false if the device did not keep it (full, or no storage at all). */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** Every key the game has on this device (without the prefix). */
  keys(): string[];
  /** False when this browser keeps no data at all (private mode, blocked). */
  readonly persistent: boolean;
}

/** The browser's storage, or undefined where even reading the property throws (e.g. all site data blocked). */
export function deviceStorage(which: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return globalThis[which];
  } catch {
    return undefined;
  }
}

/** True for the "storage is full" errors browsers throw (named differently across engines). */
export function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014);
}

/** Open device storage, falling back to memory. */
// About 60 lines: a factory whose closure holds the memory copy and returns the store's short methods.
export function openStorage(backing: Storage | undefined = deviceStorage('localStorage')): KeyValueStore {
  const memory = new Map<string, string>();
  let persistent = false;
  try {
    if (backing) {
      backing.setItem(`${STORAGE_PREFIX}probe`, '1');
      backing.removeItem(`${STORAGE_PREFIX}probe`);
      persistent = true;
    }
  } catch (e) {
    // A full storage is still storage: it keeps what it has, and writes are retried and reported.
    // Only a blocked one (private mode, policy) means nothing will be kept.
    persistent = isQuotaError(e);
  }
  // Another tab or window of the game wrote (or removed) a key: what it wrote is what the device holds now, and wins
  // over this page's copy, so the next read here sees it (src/ui/app.ts asks the trainee before anything is replaced).
  if (backing && typeof addEventListener === 'function')
    addEventListener('storage', (e: StorageEvent) => {
      if (e.storageArea === backing && e.key?.startsWith(STORAGE_PREFIX)) memory.delete(e.key.slice(STORAGE_PREFIX.length));
    });
  return {
    get persistent() {
      return persistent;
    },
    get(key) {
      // What was written during this page wins; otherwise what the device kept (it stays
      // readable after a quota error makes further writes fail).
      const written = memory.get(key);
      if (written !== undefined) return written;
      try {
        return backing ? backing.getItem(STORAGE_PREFIX + key) : null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      memory.set(key, value);
      if (!persistent || !backing) return false;
      try {
        backing.setItem(STORAGE_PREFIX + key, value);
        return true;
      } catch {
        // Quota: keep going in memory and report it; the next write tries the device again.
        return false;
      }
    },
    keys() {
      const found = new Set(memory.keys());
      try {
        for (let i = 0; backing && i < backing.length; i++) {
          const k = backing.key(i);
          if (k?.startsWith(STORAGE_PREFIX)) found.add(k.slice(STORAGE_PREFIX.length));
        }
      } catch {
        /* storage unreadable: memory only */
      }
      return [...found];
    },
    remove(key) {
      memory.delete(key);
      try {
        backing?.removeItem(STORAGE_PREFIX + key);
      } catch {
        /* nothing to lose */
      }
    },
  };
}
