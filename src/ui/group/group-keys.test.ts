import { describe, expect, it } from 'vitest';
import { groupKey } from './group-keys.ts';

const key = (k: string, code: string, extra: Partial<{ repeat: boolean; ctrlKey: boolean }> = {}) => ({
  key: k,
  code,
  repeat: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

describe('group keys', () => {
  it('P pauses and N toggles the panel, in a Latin or a Russian layout', () => {
    expect(groupKey(key('p', 'KeyP'), { shortcuts: true })).toBe('pause');
    expect(groupKey(key('з', 'KeyP'), { shortcuts: true })).toBe('pause');
    expect(groupKey(key('n', 'KeyN'), { shortcuts: true })).toBe('panel');
    expect(groupKey(key('т', 'KeyN'), { shortcuts: true })).toBe('panel');
    expect(groupKey(key('x', 'KeyX'), { shortcuts: true })).toBeUndefined();
  });
  it('leaves typing in fields, held keys, modifiers and turned-off shortcuts alone', () => {
    expect(groupKey(key('p', 'KeyP'), { shortcuts: true, target: { tagName: 'TEXTAREA' } })).toBeUndefined();
    expect(groupKey(key('p', 'KeyP'), { shortcuts: true, target: { tagName: 'INPUT', type: 'text' } })).toBeUndefined();
    expect(groupKey(key('n', 'KeyN'), { shortcuts: true, target: { tagName: 'INPUT' } })).toBeUndefined();
    expect(groupKey(key('p', 'KeyP', { repeat: true }), { shortcuts: true })).toBeUndefined();
    expect(groupKey(key('p', 'KeyP', { ctrlKey: true }), { shortcuts: true })).toBeUndefined();
    expect(groupKey(key('p', 'KeyP'), { shortcuts: false })).toBeUndefined();
    expect(groupKey(key('p', 'KeyP'), { shortcuts: true, target: { tagName: 'BUTTON' } })).toBe('pause');
  });
  it('P and N work from a show-of-hands box (it takes only numbers), in either layout', () => {
    const votes = { tagName: 'INPUT', type: 'number' };
    expect(groupKey(key('p', 'KeyP'), { shortcuts: true, target: votes })).toBe('pause');
    expect(groupKey(key('з', 'KeyP'), { shortcuts: true, target: votes })).toBe('pause');
    expect(groupKey(key('n', 'KeyN'), { shortcuts: true, target: votes })).toBe('panel');
    expect(groupKey(key('7', 'Digit7'), { shortcuts: true, target: votes })).toBeUndefined();
  });
});
