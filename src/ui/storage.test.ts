import { describe, expect, it } from 'vitest';
import { defaultPreferences, loadPreferences, savePreferences } from './preferences.ts';
import { openStorage } from './storage.ts';

/** A Storage double (the real one is the browser's; these tests cover our fallback logic in Node). */
function memoryStorage(opts: { failWrites?: boolean; failAfter?: number } = {}): Storage {
  const data = new Map<string, string>();
  let writes = 0;
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      writes++;
      if (opts.failWrites || (opts.failAfter !== undefined && writes > opts.failAfter)) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}

describe('openStorage', () => {
  it('persists through the browser storage when it works', () => {
    const backing = memoryStorage();
    const store = openStorage(backing);
    expect(store.persistent).toBe(true);
    expect(store.set('a', '1')).toBe(true);
    expect(backing.getItem('safe-passage.a')).toBe('1');
  });

  it('falls back to memory when storage is blocked, and says so', () => {
    const store = openStorage(memoryStorage({ failWrites: true }));
    expect(store.persistent).toBe(false);
    expect(store.set('a', '1')).toBe(false);
    expect(store.get('a')).toBe('1');
  });

  it('keeps playing in memory when the quota runs out mid-session, and can still read what the device kept', () => {
    const backing = memoryStorage({ failAfter: 2 }); // the probe write is the first
    const store = openStorage(backing);
    expect(store.set('a', '1')).toBe(true);
    expect(store.set('b', '2')).toBe(false);
    expect(store.persistent).toBe(false);
    expect(store.get('b')).toBe('2');
    // A fresh page over the same device storage (nothing in memory yet) still finds 'a'.
    expect(openStorage(backing).get('a')).toBe('1');
    expect(store.get('a')).toBe('1');
  });
});

describe('preferences', () => {
  it('keep valid values and replace invalid ones with defaults', () => {
    const store = openStorage(memoryStorage());
    store.set('prefs', JSON.stringify({ language: 'ru', role: 'pilot', name: 'Cadet 7', textSize: 'huge', volume: 3, muted: true }));
    const p = loadPreferences(store, defaultPreferences());
    expect(p).toMatchObject({ language: 'ru', role: 'any', name: 'Cadet 7', textSize: 'normal', volume: 0.6, muted: true });
  });

  it('survive corrupt JSON and round-trip', () => {
    const store = openStorage(memoryStorage());
    store.set('prefs', '{oops');
    const p = loadPreferences(store, defaultPreferences({ languages: ['ru-RU'], reducedMotion: true }));
    expect(p.language).toBe('ru');
    expect(p.reducedMotion).toBe(true);
    savePreferences(store, { ...p, textSize: 'xlarge' });
    expect(loadPreferences(store, defaultPreferences()).textSize).toBe('xlarge');
  });
});
