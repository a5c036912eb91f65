/**
 * The group session kept on the device: written after every change, read
 * back for "Resume" on the title screen. One at a time, apart from the
 * single-player saves (an audience window never reads or writes either).
 * An unreadable record is set aside (kept for download), never trusted.
 */
import { readGroupRecord, type GroupRecord } from '../../core/group-record.ts';
import type { SetAside } from '../set-aside.ts';
import type { KeyValueStore } from '../storage.ts';
import { GROUP_KEY } from '../storage-keys.ts';

/** Keep the record; false if the device did not keep it (full, or no storage). */
export function saveGroupRecord(store: KeyValueStore, record: GroupRecord): boolean {
  return store.set(GROUP_KEY, JSON.stringify(record));
}

/** The record on this device, if any and readable; an unreadable one is set aside. */
export function loadGroupRecord(store: KeyValueStore, setAside: SetAside): GroupRecord | undefined {
  const text = store.get(GROUP_KEY);
  if (text === null) return undefined;
  const read = readGroupRecord(text);
  if (read.ok) return read.record;
  setAside.put(GROUP_KEY, text, `group session: ${read.error}`);
  return undefined;
}

/** Forget the group session on this device (a new one starts, or the facilitator ends it). */
export function clearGroupRecord(store: KeyValueStore): void {
  store.remove(GROUP_KEY);
}
