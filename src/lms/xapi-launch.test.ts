/**
 * Reading an LRS launch from the URL (cmi5 and TinCan-style parameters),
 * and whether the page's security policy lets the game reach it.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../build/vite-plugin-ink.ts';
import { launchOrigins, originsBlocked, readLaunchParameters } from './xapi-launch.ts';

const actor = JSON.stringify({ objectType: 'Agent', name: 'Trainee', account: { homePage: 'https://lms.example.org', name: 't1' } });
const reg = 'ae3d0b5e-1f0a-4c2b-9d1e-7a6b5c4d3e2f';
const q = (o: Record<string, string>) => new URLSearchParams(o);

describe('LRS launch parameters', () => {
  it('no endpoint: no LRS (the game sends nothing)', () => {
    expect(readLaunchParameters(q({ scenario: 'hotline', lang: 'ru' }))).toBeUndefined();
  });

  it('cmi5: endpoint, fetch, actor, registration, activityId', () => {
    const p = readLaunchParameters(
      q({
        endpoint: 'https://lrs.example.org/xapi/',
        fetch: 'https://lms.example.org/fetch?k=1',
        actor,
        registration: reg,
        activityId: 'https://game.example.org/xapi/hotline',
      }),
    );
    expect(p).toMatchObject({ kind: 'cmi5', registration: reg, activityId: 'https://game.example.org/xapi/hotline', actor: { name: 'Trainee' } });
    expect(p && p.kind === 'cmi5' && launchOrigins(p)).toEqual(['https://lrs.example.org', 'https://lms.example.org']);
  });

  it('plain xAPI: endpoint, auth, actor (old TinCan one-element arrays unwrapped), optional registration and activity_id', () => {
    const p = readLaunchParameters(
      q({
        endpoint: 'https://lrs.example.org/xapi',
        auth: 'Basic dTpw',
        actor: JSON.stringify({ name: ['A'], mbox: ['mailto:a@example.org'] }),
        activity_id: 'https://game.example.org/xapi/',
      }),
    );
    expect(p).toEqual({
      kind: 'xapi',
      endpoint: 'https://lrs.example.org/xapi',
      auth: 'Basic dTpw',
      actor: { name: 'A', mbox: 'mailto:a@example.org' },
      registration: undefined,
      activityBase: 'https://game.example.org/xapi',
    });
  });

  for (const [what, params] of [
    ['an endpoint that is not http(s)', { endpoint: 'javascript:alert(1)', auth: 'Basic x', actor }],
    ['an actor that is not JSON', { endpoint: 'https://lrs.example.org/', auth: 'Basic x', actor: '{nope' }],
    [
      'an actor with two identifiers',
      { endpoint: 'https://lrs.example.org/', auth: 'Basic x', actor: JSON.stringify({ mbox: 'mailto:a@b.c', openid: 'https://x.example' }) },
    ],
    ['a registration that is not a UUID', { endpoint: 'https://lrs.example.org/', auth: 'Basic x', actor, registration: '42' }],
    ['no auth', { endpoint: 'https://lrs.example.org/', actor }],
    ['cmi5 without activityId', { endpoint: 'https://lrs.example.org/', fetch: 'https://lms.example.org/f', actor, registration: reg }],
  ] as const)
    it(`refuses ${what}, with a reason`, () => {
      expect(readLaunchParameters(q(params))).toMatchObject({ kind: 'invalid', reason: expect.any(String) });
    });
});

describe('LRS origins and the Content Security Policy', () => {
  const self = 'https://game.example.org';
  it("the default build's policy allows no LRS but the game's own site", () => {
    const policy = contentSecurityPolicy([]);
    expect(originsBlocked(policy, ['https://lrs.example.org'], self)).toEqual(['https://lrs.example.org']);
    expect(originsBlocked(policy, [self], self)).toEqual([]);
  });
  it('a policy that names the LRS allows it and nothing else', () => {
    const policy = "default-src 'self'; connect-src 'self' https://lrs.example.org";
    expect(originsBlocked(policy, ['https://lrs.example.org', 'https://other.example.org'], self)).toEqual(['https://other.example.org']);
  });
  it('no policy (the dev server) blocks nothing', () => {
    expect(originsBlocked(undefined, ['https://lrs.example.org'], self)).toEqual([]);
  });
});
