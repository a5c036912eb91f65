import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyContext, type KeyInput } from './play-keys.ts';

const key = (k: string, code: string, more: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  code,
  repeat: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...more,
});
const screen: KeyContext = { dialogOpen: false, notebookOpen: false, shortcuts: true, moreShown: false, choicesShown: true, target: { tagName: 'DIV' } };

describe('keyCommand', () => {
  it('N opens the notebook by the physical key in any layout, and by the letter N', () => {
    expect(keyCommand(key('n', 'KeyN'), screen)).toEqual({ kind: 'notebook' });
    expect(keyCommand(key('т', 'KeyN'), screen)).toEqual({ kind: 'notebook' }); // Russian ЙЦУКЕН
    expect(keyCommand(key('ν', 'KeyN'), screen)).toEqual({ kind: 'notebook' }); // Greek
    expect(keyCommand(key('N', 'KeyB'), screen)).toEqual({ kind: 'notebook' }); // a layout that moves N
    expect(keyCommand(key('b', 'KeyB'), screen)).toBeUndefined();
  });

  it('H opens the history, except over the notebook', () => {
    expect(keyCommand(key('р', 'KeyH'), screen)).toEqual({ kind: 'history' });
    expect(keyCommand(key('h', 'KeyH'), { ...screen, notebookOpen: true })).toBeUndefined();
  });

  it('E opens the evidence only when there is some in the scene, and not over the notebook', () => {
    expect(keyCommand(key('у', 'KeyE'), { ...screen, evidenceShown: true })).toEqual({ kind: 'evidence' }); // Russian ЙЦУКЕН
    expect(keyCommand(key('e', 'KeyE'), screen)).toBeUndefined();
    expect(keyCommand(key('e', 'KeyE'), { ...screen, evidenceShown: true, notebookOpen: true })).toBeUndefined();
  });

  it('digits press the options on screen only', () => {
    expect(keyCommand(key('3', 'Digit3'), screen)).toEqual({ kind: 'choice', n: 3 });
    expect(keyCommand(key('3', 'Digit3'), { ...screen, choicesShown: false })).toBeUndefined();
    expect(keyCommand(key('0', 'Digit0'), screen)).toBeUndefined();
  });

  it('Space, Enter and PageDown turn the page when there is one, unless a button has focus', () => {
    const paged = { ...screen, moreShown: true, choicesShown: false };
    for (const k of [' ', 'Enter', 'PageDown']) expect(keyCommand(key(k, k), paged), k).toEqual({ kind: 'page' });
    expect(keyCommand(key(' ', 'Space'), { ...paged, target: { tagName: 'BUTTON' } })).toBeUndefined();
    expect(keyCommand(key(' ', 'Space'), screen)).toBeUndefined();
  });

  it('leaves keys alone in fields, in dialogs, with modifiers, held down, or with shortcuts off', () => {
    expect(keyCommand(key('n', 'KeyN'), { ...screen, target: { tagName: 'INPUT', type: 'text' } })).toBeUndefined();
    expect(keyCommand(key('n', 'KeyN'), { ...screen, target: { tagName: 'INPUT', type: 'checkbox' } })).toEqual({ kind: 'notebook' });
    expect(keyCommand(key('n', 'KeyN'), { ...screen, dialogOpen: true })).toBeUndefined();
    expect(keyCommand(key('n', 'KeyN', { ctrlKey: true }), screen)).toBeUndefined();
    expect(keyCommand(key('1', 'Digit1', { repeat: true }), screen)).toBeUndefined();
    expect(keyCommand(key('1', 'Digit1'), { ...screen, shortcuts: false })).toBeUndefined();
  });

  it('Escape closes the open notebook, even with shortcuts off', () => {
    expect(keyCommand(key('Escape', 'Escape'), { ...screen, notebookOpen: true, shortcuts: false })).toEqual({ kind: 'close-notebook' });
    expect(keyCommand(key('Escape', 'Escape'), screen)).toBeUndefined();
  });
});
