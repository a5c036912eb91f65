import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../../tests/helpers.ts';
import { GroupSession } from '../../core/group-session.ts';
import { SetAside } from '../set-aside.ts';
import { openStorage } from '../storage.ts';
import { GROUP_KEY, groupSessionKey } from '../storage-keys.ts';
import { clearGroupRecord, loadGroupRecord, loadGroupRecords, saveGroupRecord } from './group-store.ts';

const story = compileFixture('mini');

/** A started session `id` with some votes, last changed at `at` (ms). */
function session(id: string, at: number) {
  const group = GroupSession.create(story, { id, clock: () => at, seed: 5 });
  group.start();
  group.setVotes(group.decision.options[0]!, 4);
  return { ...group.toRecord(), updatedAt: new Date(at).toISOString() };
}

/** A device's storage in memory (the memory-only store keeps nothing "on the device", so it moves nothing). */
function deviceLike(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

describe('group store', () => {
  it('keeps the record on the device and reads it back', () => {
    const store = openStorage(undefined); // memory only: the same interface as the device's
    const setAside = new SetAside(store);
    expect(loadGroupRecord(store, setAside)).toBeUndefined();
    const record = session('room-1', 0);
    saveGroupRecord(store, record);
    expect(loadGroupRecord(store, setAside)).toEqual(record);
    clearGroupRecord(store, 'room-1');
    expect(loadGroupRecord(store, setAside)).toBeUndefined();
    expect(setAside.items).toEqual([]);
  });

  it('keeps several sessions: a new one never overwrites another; the most recent comes first; one is deleted alone', () => {
    const store = openStorage(undefined);
    const setAside = new SetAside(store);
    const morning = session('morning', Date.parse('2026-12-01T09:00:00Z'));
    const afternoon = session('afternoon', Date.parse('2026-12-01T15:00:00Z'));
    saveGroupRecord(store, morning);
    saveGroupRecord(store, afternoon);
    expect(loadGroupRecords(store, setAside).map((r) => r.id)).toEqual(['afternoon', 'morning']);
    expect(loadGroupRecord(store, setAside)?.id).toBe('afternoon');
    clearGroupRecord(store, 'afternoon');
    expect(loadGroupRecords(store, setAside)).toEqual([morning]);
  });

  it("moves the first version's single record under its own key, and keeps it", () => {
    const store = openStorage(deviceLike());
    const setAside = new SetAside(store);
    const old = session('room-old', 1_000);
    store.set(GROUP_KEY, JSON.stringify(old));
    saveGroupRecord(store, session('room-new', 2_000));
    expect(loadGroupRecords(store, setAside).map((r) => r.id)).toEqual(['room-new', 'room-old']);
    expect(store.get(GROUP_KEY)).toBeNull();
    expect(JSON.parse(store.get(groupSessionKey('room-old'))!)).toEqual(old);
  });

  it('sets an unreadable record aside (kept for download) instead of using it, and still reads the others', () => {
    const store = openStorage(undefined);
    const setAside = new SetAside(store);
    const good = session('room-good', 0);
    saveGroupRecord(store, good);
    for (const [key, text] of [
      [GROUP_KEY, '{oops'],
      [groupSessionKey('room-bad'), JSON.stringify({ format: 'safe-passage-group-session', v: 1 })],
    ] as const) {
      store.set(key, text);
      expect(loadGroupRecords(store, setAside)).toEqual([good]);
      expect(store.get(key)).toBeNull();
      expect(setAside.items.at(-1)).toMatchObject({ key, value: text, reason: expect.stringMatching(/^group session: /) });
    }
  });
});
