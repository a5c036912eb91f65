import { describe, expect, it } from 'vitest';
import { makeSave, serialiseSave } from '../core/save.ts';
import { SaveRepository } from './save-repository.ts';
import { openStorage } from './storage.ts';
import { pendingKey, saveKey } from './storage-keys.ts';

/** A save text of `scenario` with `choices` decisions, saved at `at`. */
const save = (scenario: string, choices: number, at: string, outcome?: 'passed') => {
  const log = Array.from({ length: choices }, (_, i) => ({ type: 'choose' as const, choiceId: `c-${i}` }));
  const s = makeSave(scenario, 'hash', log, new Date(at));
  if (outcome) s.outcome = { verdict: outcome, percent: 90, finishedAt: at };
  return serialiseSave(s);
};

function setup() {
  const store = openStorage(undefined); // memory only
  const tab = openStorage(undefined);
  return { store, tab, saves: new SaveRepository(store, tab) };
}

describe('SaveRepository', () => {
  it('summarises readable saves: in progress or completed; unreadable, empty or misplaced ones count as none', () => {
    const { store, saves } = setup();
    store.set(saveKey('a'), save('a', 2, '2026-12-01T10:00:00Z'));
    store.set(saveKey('b'), save('b', 3, '2026-12-02T10:00:00Z', 'passed'));
    store.set(saveKey('c'), '{not json');
    store.set(saveKey('d'), save('a', 2, '2026-12-03T10:00:00Z')); // another scenario's save in d's slot
    store.set(saveKey('e'), save('e', 0, '2026-12-04T10:00:00Z'));
    expect(saves.summary('a')).toEqual({ scenario: 'a', savedAt: '2026-12-01T10:00:00.000Z', outcome: undefined, inProgress: true });
    expect(saves.summary('b')).toMatchObject({ inProgress: false, outcome: { verdict: 'passed' } });
    for (const id of ['c', 'd', 'e', 'f']) expect(saves.summary(id), id).toBeUndefined();
    expect(saves.mostRecent(['a', 'b', 'c', 'd', 'e', 'f'])?.scenario).toBe('b');
    expect(saves.mostRecent(['c', 'f'])).toBeUndefined();
  });

  it("resumes from this tab's copy only when it is further on than the device's save", () => {
    const { store, tab, saves } = setup();
    store.set(saveKey('a'), save('a', 2, '2026-12-01T10:00:00Z'));
    tab.set(pendingKey('a'), save('a', 1, '2026-12-01T10:01:00Z'));
    expect(saves.resumeText('a')).toMatchObject({ fromTab: false });
    tab.set(pendingKey('a'), save('a', 3, '2026-12-01T10:02:00Z'));
    expect(saves.resumeText('a')).toMatchObject({ fromTab: true });
    tab.set(pendingKey('a'), 'damaged');
    expect(saves.resumeText('a')).toMatchObject({ fromTab: false });
    expect(saves.resumeText('z')).toBeNull();
  });

  it("lists a run only this tab has (the device was full from its start) as in progress, and a further-on tab copy's state", () => {
    const { store, tab, saves } = setup();
    tab.set(pendingKey('a'), save('a', 2, '2026-12-01T10:00:00Z'));
    expect(saves.summary('a')).toMatchObject({ scenario: 'a', inProgress: true });
    expect(saves.mostRecent(['a', 'b'])?.scenario).toBe('a');
    store.set(saveKey('b'), save('b', 1, '2026-12-01T09:00:00Z'));
    tab.set(pendingKey('b'), save('b', 4, '2026-12-01T11:00:00Z', 'passed'));
    expect(saves.summary('b')).toMatchObject({ inProgress: false, outcome: { verdict: 'passed' } });
  });

  it("remove takes only the device save (this tab copy is the local save's to drop, once a save reaches the device)", () => {
    const { store, tab, saves } = setup();
    store.set(saveKey('a'), save('a', 2, '2026-12-01T10:00:00Z'));
    tab.set(pendingKey('a'), save('a', 3, '2026-12-01T10:00:00Z'));
    saves.remove('a');
    expect(store.get(saveKey('a'))).toBeNull();
    expect(tab.get(pendingKey('a'))).not.toBeNull();
  });
});
