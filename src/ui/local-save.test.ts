import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../tests/helpers.ts';
import { choicesOf } from '../core/decision-log.ts';
import { progressOf } from '../core/results-reporter.ts';
import { readSave } from '../core/save.ts';
import { Session } from '../core/session.ts';
import { LocalSave, type SaveFailure } from './local-save.ts';
import type { KeyValueStore } from './storage.ts';
import { pendingKey, saveKey } from './storage-keys.ts';

/** A store that holds at most `room` characters of values (a full device when small). */
function limitedStore(room: number): KeyValueStore & { room: number } {
  const data = new Map<string, string>();
  const used = () => [...data.values()].reduce((n, v) => n + v.length, 0);
  return {
    room,
    persistent: true,
    get: (k) => data.get(k) ?? null,
    set(k, v) {
      const before = data.get(k);
      data.delete(k);
      if (used() + v.length > this.room) {
        if (before !== undefined) data.set(k, before);
        return false;
      }
      data.set(k, v);
      return true;
    },
    remove: (k) => void data.delete(k),
    keys: () => [...data.keys()],
  };
}

const { json, manifest } = compileFixture('mini');

function play(save: LocalSave) {
  const s = new Session(json, manifest, 9);
  s.events.on('changed', () => save.progress(progressOf(s)));
  return s;
}

describe('LocalSave', () => {
  it('keeps the whole run after every change while there is room', () => {
    const device = limitedStore(10_000);
    const results: (SaveFailure | undefined)[] = [];
    const save = new LocalSave(device, limitedStore(10_000), (f) => results.push(f));
    save.begin('mini');
    const s = play(save);
    s.dispatch({ type: 'choose', choiceId: 'm-002' });
    s.dispatch({ type: 'choose', choiceId: 'm-008' });
    const kept = readSave(device.get(saveKey('mini')), 'mini');
    expect(kept.ok && kept.log).toEqual(s.log);
    expect(kept.ok && kept.save.outcome?.verdict).toBe(s.result().verdict);
    expect(results).toEqual([undefined, undefined]);
  });

  it('holds (writes nothing) once another tab has saved over the run, until released; its own last save does not hold it', () => {
    const device = limitedStore(10_000);
    const save = new LocalSave(device, undefined, () => undefined);
    save.begin('mini');
    const s = play(save);
    s.dispatch({ type: 'choose', choiceId: 'm-002' });
    const mine = device.get(saveKey('mini'));
    expect(save.holdIfChanged('mini', mine)).toBe(false); // what this tab wrote itself
    const theirs = '{"another":"tab"}';
    device.set(saveKey('mini'), theirs);
    expect(save.holdIfChanged('mini', theirs)).toBe(true);
    s.dispatch({ type: 'choose', choiceId: 'm-008' });
    expect(device.get(saveKey('mini'))).toBe(theirs);
    save.release();
    save.progress(progressOf(s));
    const kept = readSave(device.get(saveKey('mini')), 'mini');
    expect(kept.ok && kept.log).toEqual(s.log);
  });

  it('on a full device: the longest start that fits, marked with what it lacks; this tab keeps it all; then saving resumes', () => {
    const device = limitedStore(10_000);
    const tab = limitedStore(10_000);
    const calls: [SaveFailure | undefined, boolean][] = [];
    const save = new LocalSave(device, tab, (f, recovered) => calls.push([f, recovered]));
    save.begin('mini');
    const s = play(save);
    s.dispatch({ type: 'choose', choiceId: 'm-002' });
    // Room for the save as it is now, and not for a longer one.
    device.room = device.get(saveKey('mini'))!.length + 5;
    s.dispatch({ type: 'choose', choiceId: 'm-008' });
    const kept = readSave(device.get(saveKey('mini')), 'mini');
    expect(kept.ok).toBe(true);
    if (!kept.ok) return;
    expect(choicesOf(kept.log)).toEqual(['m-002']);
    expect(kept.save.unsaved).toBe(1);
    expect(save.failure).toEqual({ scenario: 'mini', decisions: 1 });
    expect(readSave(tab.get(pendingKey('mini')), 'mini')).toMatchObject({ ok: true, log: s.log });
    // Space is freed: the next attempt keeps everything, and says saving works again.
    device.room = 10_000;
    save.progress(progressOf(s));
    expect(save.failure).toBeUndefined();
    expect(calls.at(-1)).toEqual([undefined, true]);
    expect(tab.get(pendingKey('mini'))).toBeNull();
  });

  it('when nothing fits at all, the failure is reported at once and this tab keeps the whole run', () => {
    const device = limitedStore(10_000);
    const tab = limitedStore(10_000);
    const failures: (SaveFailure | undefined)[] = [];
    const save = new LocalSave(device, tab, (f) => failures.push(f));
    save.begin('mini');
    const s = play(save);
    s.dispatch({ type: 'choose', choiceId: 'm-002' });
    device.room = 10;
    s.dispatch({ type: 'choose', choiceId: 'm-008' });
    expect(failures.at(-1)).toMatchObject({ scenario: 'mini' });
    expect(readSave(tab.get(pendingKey('mini')), 'mini')).toMatchObject({ ok: true, log: s.log });
  });
});
