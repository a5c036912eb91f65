/**
 * Values found unreadable in device storage are set aside, never silently
 * lost: removed from the key the game reads (so they cannot brick it again),
 * kept in memory for this page and, space permitting, under a `set-aside.`
 * key, and offered as a download.
 */
import type { KeyValueStore } from './storage.ts';

export interface SetAsideItem {
  /** The storage key the value was read from (without the game's prefix). */
  key: string;
  value: string;
  /** Why it was set aside (for whoever supports the trainer; English). */
  reason: string;
  at: string;
}

export class SetAside {
  readonly items: SetAsideItem[] = [];

  constructor(private readonly store: KeyValueStore) {}

  /** Move `value` out of `key`, keeping a copy. */
  put(key: string, value: string, reason: string): void {
    const at = new Date().toISOString();
    this.items.push({ key, value, reason, at });
    this.store.remove(key);
    this.store.set(`set-aside.${key}`, JSON.stringify({ value, reason, at }));
  }

  /** The copy a trainee can download: JSON text. */
  toJson(): string {
    return JSON.stringify({ format: 'safe-passage-set-aside', version: 1, items: this.items }, null, 2);
  }
}

/** Offer text as a file download. */
export function download(fileName: string, text: string, type = 'application/json'): void {
  const blob = new Blob([text], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
