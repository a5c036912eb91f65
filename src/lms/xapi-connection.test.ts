/** How a failed send through the xAPI.js client (an axios error) is classified for the outbox. */
import { describe, expect, it } from 'vitest';
import { sendFailure, sendKeepalive } from './xapi-connection.ts';
import { statementId, type Statement } from './xapi-statements.ts';

const answered = (status: number) => Object.assign(new Error(`Request failed with status code ${status}`), { response: { status } });

describe('xAPI send failures', () => {
  it('409: the LRS has the statement already (counts as sent)', () => {
    expect(sendFailure(answered(409)).kind).toBe('duplicate');
  });
  it('400 and 403: refused for good (reported, not retried, so later statements still go)', () => {
    expect([sendFailure(answered(400)).kind, sendFailure(answered(403)).kind]).toEqual(['rejected', 'rejected']);
  });
  it('no answer (offline, blocked), 401, 429 and 5xx: kept and retried', () => {
    for (const e of [new Error('Network Error'), answered(401), answered(429), answered(500), answered(503), 'weird'])
      expect(sendFailure(e).kind).toBe('retry');
  });
});

describe('statements sent while the page goes away', () => {
  const statement = (n: number, size = 0): Statement => ({
    id: statementId('ae3d0b5e-1f0a-4c2b-9d1e-7a6b5c4d3e2f', `s${n}`),
    actor: { mbox: 'mailto:trainee@example.org' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/terminated' },
    object: { objectType: 'Activity', id: `https://game.example.org/xapi/d${n}${'x'.repeat(size)}` },
  });
  const recorder = () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchFn = ((url: string, init: RequestInit) => (calls.push({ url, init }), Promise.resolve(new Response(null, { status: 200 })))) as typeof fetch;
    return { calls, fetchFn };
  };

  it('one POST that outlives the page, with the headers the xAPI.js client sends, the statements in order', () => {
    const { calls, fetchFn } = recorder();
    expect(sendKeepalive({ endpoint: 'https://lrs.example.org/xapi', auth: 'Basic dDpz' }, [statement(1), statement(2)], { fetch: fetchFn })).toBe(true);
    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [{ url: string; init: RequestInit }];
    expect(url).toBe('https://lrs.example.org/xapi/statements');
    expect(init).toMatchObject({
      method: 'POST',
      keepalive: true,
      headers: { Authorization: 'Basic dDpz', 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    });
    expect((JSON.parse(init.body as string) as Statement[]).map((s) => s.id)).toEqual([statement(1).id, statement(2).id]);
    // An endpoint given with its slash is not doubled.
    sendKeepalive({ endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic dDpz' }, [statement(1)], { fetch: fetchFn });
    expect(calls[1]!.url).toBe('https://lrs.example.org/xapi/statements');
  });

  it('too large for a request that outlives the page (browsers allow 64 KiB), or no fetch: not sent (they wait in the outbox)', () => {
    const { calls, fetchFn } = recorder();
    expect(sendKeepalive({ endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic dDpz' }, [statement(1, 70_000)], { fetch: fetchFn })).toBe(false);
    expect(sendKeepalive({ endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic dDpz' }, [statement(1)], {})).toBe(false);
    expect(calls).toEqual([]);
  });
});
