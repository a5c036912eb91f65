import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../../tests/helpers.ts';
import { GroupSession } from '../../core/group-session.ts';
import { SetAside } from '../set-aside.ts';
import { openStorage } from '../storage.ts';
import { GROUP_KEY } from '../storage-keys.ts';
import { clearGroupRecord, loadGroupRecord, saveGroupRecord } from './group-store.ts';

const story = compileFixture('mini');

describe('group store', () => {
  it('keeps the record on the device and reads it back', () => {
    const store = openStorage(undefined); // memory only: the same interface as the device's
    const setAside = new SetAside(store);
    expect(loadGroupRecord(store, setAside)).toBeUndefined();
    const group = GroupSession.create(story, { id: 'room-1', clock: () => 0, seed: 5 });
    group.start();
    group.setVotes(group.decision.options[0]!, 4);
    saveGroupRecord(store, group.toRecord());
    expect(loadGroupRecord(store, setAside)).toEqual(group.toRecord());
    clearGroupRecord(store);
    expect(loadGroupRecord(store, setAside)).toBeUndefined();
    expect(setAside.items).toEqual([]);
  });

  it('sets an unreadable record aside (kept for download) instead of using it', () => {
    const store = openStorage(undefined);
    const setAside = new SetAside(store);
    for (const text of ['{oops', JSON.stringify({ format: 'safe-passage-group-session', v: 1 })]) {
      store.set(GROUP_KEY, text);
      expect(loadGroupRecord(store, setAside)).toBeUndefined();
      expect(store.get(GROUP_KEY)).toBeNull();
      expect(setAside.items.at(-1)).toMatchObject({ key: GROUP_KEY, value: text, reason: expect.stringMatching(/^group session: /) });
    }
  });
});
