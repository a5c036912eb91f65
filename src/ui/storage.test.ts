import { describe, expect, it } from 'vitest';
import { defaultPreferences, loadPreferences, savePreferences } from './preferences.ts';
import { openStorage } from './storage.ts';

/** A Storage double (the real one is the browser's; these tests cover our fallback logic in Node). */
function memoryStorage(opts: { failWrites?: boolean; failAfter?: number; blocked?: boolean } = {}): Storage {
  const data = new Map<string, string>();
  let writes = 0;
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      writes++;
      if (opts.blocked) throw new DOMException('blocked', 'SecurityError');
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
    const store = openStorage(memoryStorage({ blocked: true }));
    expect(store.persistent).toBe(false);
    expect(store.set('a', '1')).toBe(false);
    expect(store.get('a')).toBe('1');
  });

  it('a storage that is already full at start is still storage: writes are tried and reported', () => {
    const store = openStorage(memoryStorage({ failWrites: true }));
    expect(store.persistent).toBe(true);
    expect(store.set('a', '1')).toBe(false);
    expect(store.get('a')).toBe('1');
  });

  it('keeps playing in memory when the quota runs out mid-session, and can still read what the device kept', () => {
    const backing = memoryStorage({ failAfter: 2 }); // the probe write is the first
    const store = openStorage(backing);
    expect(store.set('a', '1')).toBe(true);
    expect(store.set('b', '2')).toBe(false);
    // Storage is still there (it is full, not blocked): the next write tries again.
    expect(store.persistent).toBe(true);
    expect(store.keys().sort()).toEqual(['a', 'b']);
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
    const { prefs, unreadable } = loadPreferences(store, defaultPreferences());
    expect(prefs).toMatchObject({ language: 'ru', role: 'any', name: 'Cadet 7', textSize: 'normal', volume: 0.6, muted: true });
    expect(unreadable?.reason).toBe('preferences: invalid role, textSize, volume');
  });

  it.each(['null', '[]', '"text"', '42', 'true', '{oops'])('a stored value of %s gives the defaults and is reported, never throws', (text) => {
    const store = openStorage(memoryStorage());
    store.set('prefs', text);
    const { prefs, unreadable } = loadPreferences(store, defaultPreferences());
    expect(prefs).toEqual(defaultPreferences());
    expect(unreadable?.value).toBe(text);
  });

  it('a name keeps to one line of at most 80 characters', () => {
    const store = openStorage(memoryStorage());
    store.set('prefs', JSON.stringify({ name: `a\nb${'x'.repeat(200)}` }));
    const { prefs } = loadPreferences(store, defaultPreferences());
    expect(prefs.name).toHaveLength(80);
    expect(prefs.name.startsWith('a b')).toBe(true);
  });

  it('survive corrupt JSON and round-trip', () => {
    const store = openStorage(memoryStorage());
    store.set('prefs', '{oops');
    const { prefs: p } = loadPreferences(store, defaultPreferences({ languages: ['ru-RU'], reducedMotion: true }));
    expect(p.language).toBe('ru');
    expect(p.reducedMotion).toBe(true);
    savePreferences(store, { ...p, textSize: 'xlarge' });
    expect(loadPreferences(store, defaultPreferences()).prefs.textSize).toBe('xlarge');
  });
});
