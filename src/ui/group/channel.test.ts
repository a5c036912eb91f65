import { afterEach, describe, expect, it } from 'vitest';
import { compileFixture } from '../../../tests/helpers.ts';
import { audienceView } from '../../core/group-audience.ts';
import { GroupSession } from '../../core/group-session.ts';
import { CHANNEL_NAME, GroupChannel, openChannelPort, readMessage, type ChannelPort, type GroupMessage } from './channel.ts';

// Node has a real BroadcastChannel: the two ends talk as two windows would.
const ports: ChannelPort[] = [];
const port = () => {
  const p = openChannelPort();
  if (!p) throw new Error('no BroadcastChannel here');
  ports.push(p);
  return p;
};
afterEach(() => {
  ports.splice(0).forEach((p) => p.close());
});

/** Wait until `received` has `n` messages (BroadcastChannel delivers asynchronously). */
async function until(received: unknown[], n: number): Promise<void> {
  for (let i = 0; i < 200 && received.length < n; i++) await new Promise((r) => setTimeout(r, 5));
}

const { json, manifest } = compileFixture('mini');

describe('group channel', () => {
  it('an audience window says hello and is sent the current view; the presenter answers only its own session', async () => {
    const group = GroupSession.create({ json, manifest }, { id: 'room-1', clock: () => 0, seed: 1 });
    group.start();
    group.setVotes(group.decision.options[0]!, 3);
    const atPresenter: GroupMessage[] = [];
    const atAudience: GroupMessage[] = [];
    const presenter = new GroupChannel(port(), 'room-1', (m) => {
      atPresenter.push(m);
      if (m.kind === 'hello') presenter.sendView(audienceView(group.state, manifest), 'ru', { 'm-001': 'I keep their passports' });
    });
    const audience = new GroupChannel(port(), 'room-1', (m) => atAudience.push(m));
    const stranger = new GroupChannel(port(), 'room-2', () => undefined);
    stranger.sendHello(); // another session's window: not answered
    audience.sendHello();
    await until(atAudience, 1);
    expect(atPresenter).toEqual([{ kind: 'hello', session: 'room-1' }]);
    expect(atAudience).toEqual([
      { kind: 'view', session: 'room-1', lang: 'ru', view: audienceView(group.state, manifest), lines: { 'm-001': 'I keep their passports' } },
    ]);
    // A running discussion timer travels with the view (when it ends: the projector counts down itself).
    presenter.sendView(audienceView(group.state, manifest), 'ru', {}, { timerEndsAt: 1_700_000_120_000 });
    await until(atAudience, 2);
    expect(atAudience[1]).toMatchObject({ kind: 'view', timerEndsAt: 1_700_000_120_000 });
    expect(atAudience[0]).not.toHaveProperty('timerEndsAt');
    audience.sendPause(true);
    await until(atPresenter, 2);
    expect(atPresenter[1]).toEqual({ kind: 'pause', session: 'room-1', paused: true });
  });

  it('ignores foreign and malformed messages on the same channel name, never throwing', async () => {
    const received: GroupMessage[] = [];
    new GroupChannel(port(), 'room-1', (m) => received.push(m));
    const raw = port();
    const junk: unknown[] = [
      'hello',
      null,
      { kind: 'hello' },
      { kind: 'hello', session: 'ROOM 1' },
      { kind: 'view', session: 'room-1', lang: 'de', view: { screen: 'paused', paused: true } },
      { kind: 'view', session: 'room-1', lang: 'en', view: { screen: 'decision', paused: false } },
      { kind: 'view', session: 'room-1', lang: 'en', view: { screen: 'paused', paused: 'yes' } },
      { kind: 'pause', session: 'room-1', paused: 1 },
      { kind: 'view', session: 'room-1', lang: 'en', view: { screen: 'paused', paused: true } }, // no lines
      { kind: 'view', session: 'room-1', lang: 'en', view: { screen: 'paused', paused: true }, lines: {}, focus: -1 },
      { kind: 'view', session: 'room-1', lang: 'en', view: { screen: 'paused', paused: true }, lines: { 'Not An Id': 'x' } },
      { kind: 'view', session: 'room-1', lang: 'en', view: { screen: 'paused', paused: true }, lines: {}, timerEndsAt: -5 },
      { kind: 'view', session: 'room-1', lang: 'en', view: { screen: 'paused', paused: true }, lines: {}, timerEndsAt: '12:00' },
      { kind: 'shutdown', session: 'room-1' },
    ];
    for (const j of junk) raw.postMessage(j);
    // A valid one after the junk arrives: the junk was read and dropped, not queued or thrown.
    raw.postMessage({ kind: 'hello', session: 'room-1' });
    await until(received, 1);
    expect(received).toEqual([{ kind: 'hello', session: 'room-1' }]);
    for (const j of junk) expect(readMessage(j)).toBeUndefined();
    expect(CHANNEL_NAME).toBe('safe-passage.group');
  });

  it('a closed end sends nothing and hands on nothing', async () => {
    const received: GroupMessage[] = [];
    const a = new GroupChannel(port(), 'room-1', (m) => received.push(m));
    const b = new GroupChannel(port(), 'room-1', () => undefined);
    a.close();
    b.sendHello();
    await new Promise((r) => setTimeout(r, 50));
    expect(received).toEqual([]);
    expect(() => a.sendHello()).not.toThrow();
  });
});
