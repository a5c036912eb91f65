import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../tests/helpers.ts';
import { choose, leave, note, readAction, unnote, type Dispatcher, type PlayAction } from './actions.ts';
import { Session } from './session.ts';

const { json, manifest } = compileFixture('mini');

describe('actions', () => {
  it('are plain data: each survives JSON and is read back equal', () => {
    const actions: PlayAction[] = [choose('m-002'), note('debt-bondage', 'm-007'), unnote('debt-bondage'), leave()];
    for (const a of actions) expect(readAction(JSON.stringify(a))).toEqual({ ok: true, action: a });
  });

  it('what is not an action is refused with a reason, never thrown', () => {
    const error = (text: string) => {
      const r = readAction(text);
      return r.ok ? 'accepted' : r.error;
    };
    expect(error('{')).toBe('not valid JSON');
    expect(error('{"type":"seed","seed":1}')).toMatch(/type/);
    expect(error('{"type":"choose"}')).toMatch(/choiceId/);
    expect(error('{"type":"choose","choiceId":"Not An Id"}')).toMatch(/^choiceId: /);
    expect(error('{"type":"note","indicator":"made-up","lineId":"m-001"}')).toMatch(/^indicator: /);
    expect(error('{"type":"leave","extra":1}')).toMatch(/extra/);
  });

  it('a wrapping dispatcher stands between the sender and the session (e.g. a log of what was sent)', () => {
    const session = new Session(json, manifest, 1);
    const sent: PlayAction[] = [];
    const wrapped: Dispatcher = { dispatch: (a) => (sent.push(a), session.dispatch(a)) };
    expect(wrapped.dispatch(note('retention-of-documents', session.lineOnScreen))).toBe(true);
    expect(wrapped.dispatch(choose('m-999'))).toBe(false); // not on offer: refused, nothing changes
    expect(wrapped.dispatch(choose('m-002'))).toBe(true);
    expect(sent.map((a) => a.type)).toEqual(['note', 'choose', 'choose']);
    expect(session.log.filter((a) => a.type !== 'seed')).toEqual([note('retention-of-documents', 'm-001'), choose('m-002')]);
  });
});
