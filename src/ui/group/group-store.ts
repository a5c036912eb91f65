/**
 * The group sessions kept on this device: each written after every change
 * under its own key, read back for "Resume" on the title screen and on the
 * "Lead a group" screen. Several are kept (a morning and an afternoon group),
 * so starting a new one never overwrites another; the facilitator deletes
 * one explicitly. Apart from the single-player saves (an audience window
 * never reads or writes either). An unreadable record is set aside (kept for
 * download), never trusted.
 */
import { readGroupRecord, type GroupRecord } from '../../core/group-record.ts';
import type { SetAside } from '../set-aside.ts';
import type { KeyValueStore } from '../storage.ts';
import { GROUP_KEY, groupSessionKey } from '../storage-keys.ts';

/** Keep the record; false if the device did not keep it (full, or no storage). */
export function saveGroupRecord(store: KeyValueStore, record: GroupRecord): boolean {
  return store.set(groupSessionKey(record.id), JSON.stringify(record));
}

/** Read one stored record; an unreadable one is set aside (and removed) and gives undefined. */
function readStored(store: KeyValueStore, setAside: SetAside, key: string): GroupRecord | undefined {
  const text = store.get(key);
  if (text === null) return undefined;
  const read = readGroupRecord(text);
  if (read.ok) return read.record;
  setAside.put(key, text, `group session: ${read.error}`);
  return undefined;
}

/**
 * Every readable group session on this device, the most recently changed
 * first. The first version's single record is moved under its own key here
 * (kept where it was if the device has no room to move it).
 */
export function loadGroupRecords(store: KeyValueStore, setAside: SetAside): GroupRecord[] {
  const legacy = readStored(store, setAside, GROUP_KEY);
  if (legacy && saveGroupRecord(store, legacy)) store.remove(GROUP_KEY);
  const prefix = groupSessionKey('');
  const records = store
    .keys()
    .filter((k) => k.startsWith(prefix))
    .flatMap((k) => readStored(store, setAside, k) ?? []);
  if (legacy && !records.some((r) => r.id === legacy.id)) records.push(legacy);
  return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The most recently changed group session on this device, if any (what the title screen offers to resume). */
export function loadGroupRecord(store: KeyValueStore, setAside: SetAside): GroupRecord | undefined {
  return loadGroupRecords(store, setAside)[0];
}

/** Forget the group session `id` on this device (the facilitator deleted it, or it could not be replayed). */
export function clearGroupRecord(store: KeyValueStore, id: string): void {
  store.remove(groupSessionKey(id));
  // A first-version record of the same id (not moved: the device was full) goes too.
  const legacy = store.get(GROUP_KEY);
  if (legacy !== null) {
    const read = readGroupRecord(legacy);
    if (read.ok && read.record.id === id) store.remove(GROUP_KEY);
  }
}
