/** How a failed send through the xAPI.js client (an axios error) is classified for the outbox. */
import { describe, expect, it } from 'vitest';
import { sendFailure } from './xapi-connection.ts';

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
