/**
 * The xAPI outbox: any interleaving of queueing, network failures, lost
 * responses, successes and reloads delivers every statement to the LRS
 * exactly once, in the order queued; an unreadable stored queue is reported
 * and set aside, never thrown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../ui/storage.ts';
import { SendError, StatementQueue, type QueueProblem, type StatementSender, type Timers } from './xapi-queue.ts';
import { statementId, type Statement } from './xapi-statements.ts';

const statement = (n: number): Statement => ({
  id: statementId('ae3d0b5e-1f0a-4c2b-9d1e-7a6b5c4d3e2f', `s${n}`),
  actor: { mbox: 'mailto:trainee@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { objectType: 'Activity', id: `https://game.example.org/xapi/d${n}` },
});

/** A model LRS: keeps statements by id, answers 409 to an id it has (as an LRS may), and a network that can be down or lose responses. */
class ModelLrs implements StatementSender {
  readonly stored: string[] = [];
  network: 'up' | 'down' | 'lossy' = 'up';
  send(s: Statement): Promise<void> {
    if (this.network === 'down') return Promise.reject(new SendError('offline', 'retry'));
    if (this.stored.includes(s.id!)) return Promise.reject(new SendError('409 Conflict', 'duplicate'));
    this.stored.push(s.id!);
    // Lossy: the LRS kept it but the answer never came back.
    return this.network === 'lossy' ? Promise.reject(new Error('response lost')) : Promise.resolve();
  }
}

/** Timers that only run when the test says so. */
function manualTimers() {
  const due = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = { set: (fn) => (due.set(++next, fn), next), clear: (h) => due.delete(h as number) };
  return { timers, fire: () => [...due].forEach(([h, fn]) => (due.delete(h), fn())) };
}

type Op = { op: 'enqueue'; ns: number[] } | { op: 'network'; to: 'up' | 'down' | 'lossy' } | { op: 'flush' } | { op: 'timer' } | { op: 'reload' };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('enqueue' as const), ns: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 }) }),
  fc.record({ op: fc.constant('network' as const), to: fc.constantFrom('up' as const, 'down' as const, 'lossy' as const) }),
  fc.record({ op: fc.constant('flush' as const) }),
  fc.record({ op: fc.constant('timer' as const) }),
  fc.record({ op: fc.constant('reload' as const) }),
);

describe('xAPI statement queue', () => {
  it('any interleaving of enqueue / failure / lost response / success / reload delivers each statement once, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 40 }), async (ops) => {
        const store = openStorage(undefined);
        const lrs = new ModelLrs();
        const clock = manualTimers();
        const open = () => {
          const q = new StatementQueue({ store, key: 'xapi.test', timers: clock.timers, baseDelay: 1 });
          void q.connect(lrs);
          return q;
        };
        let queue = open();
        const queued: string[] = [];
        for (const o of ops) {
          if (o.op === 'enqueue') {
            const batch = o.ns.map(statement);
            for (const s of batch) if (!queued.includes(s.id!)) queued.push(s.id!);
            await queue.enqueue(batch);
          } else if (o.op === 'network') lrs.network = o.to;
          else if (o.op === 'flush') await queue.flush();
          else if (o.op === 'timer') clock.fire();
          else {
            // The page reloads: a new queue over the same device storage (a send in flight is lost with the page).
            queue.stop();
            queue = open();
          }
          await queue.flush();
        }
        lrs.network = 'up';
        await queue.flush();
        expect(queue.unsent).toEqual([]);
        // Every statement once, none lost, in the order first queued.
        expect(lrs.stored).toEqual(queued);
      }),
      { numRuns: 300 },
    );
  });

  it('a statement sent is never queued again, even after a reload', async () => {
    const store = openStorage(undefined);
    const lrs = new ModelLrs();
    const sends: string[] = [];
    const sender: StatementSender = { send: (s) => (sends.push(s.id!), lrs.send(s)) };
    const q = new StatementQueue({ store, key: 'k' });
    await q.connect(sender);
    await q.enqueue([statement(1), statement(2)]);
    const again = new StatementQueue({ store, key: 'k' });
    await again.connect(sender);
    await again.enqueue([statement(1), statement(2), statement(3)]);
    expect(sends).toEqual([statement(1).id, statement(2).id, statement(3).id]);
    expect(again.hasSent(statement(1).id!)).toBe(true);
  });

  it('retries after a failure on a timer with backoff, and not before', async () => {
    const store = openStorage(undefined);
    const lrs = new ModelLrs();
    const delays: number[] = [];
    let pending: (() => void) | undefined;
    const timers: Timers = { set: (fn, ms) => (delays.push(ms), (pending = fn)), clear: () => (pending = undefined) };
    const q = new StatementQueue({ store, key: 'k', timers, baseDelay: 1000, maxDelay: 3000 });
    lrs.network = 'down';
    await q.connect(lrs);
    await q.enqueue([statement(1)]);
    for (let i = 0; i < 3; i++) {
      const fire = pending!;
      pending = undefined;
      fire();
      await q.flush();
    }
    expect(delays).toEqual([1000, 2000, 3000, 3000]);
    expect(lrs.stored).toEqual([]);
    lrs.network = 'up';
    pending!();
    await q.flush();
    expect(lrs.stored).toEqual([statement(1).id]);
  });

  it('a statement the LRS rejects as invalid is reported and does not block the ones after it', async () => {
    const problems: QueueProblem[] = [];
    const sent: string[] = [];
    const sender: StatementSender = {
      send: (s) => (s.id === statement(1).id ? Promise.reject(new SendError('400 Bad Request', 'rejected')) : (sent.push(s.id!), Promise.resolve())),
    };
    const q = new StatementQueue({ store: openStorage(undefined), key: 'k', onProblem: (p) => problems.push(p) });
    await q.connect(sender);
    await q.enqueue([statement(1), statement(2)]);
    expect(sent).toEqual([statement(2).id]);
    expect(problems.map((p) => p.kind)).toEqual(['rejected']);
  });

  for (const [what, text] of [
    ['not JSON', '{"version":1,"pend'],
    ['the wrong shape', JSON.stringify({ version: 1, pending: [{ id: 'not-a-uuid' }], sent: [] })],
    ['another version', JSON.stringify({ version: 2, pending: [], sent: [] })],
  ] as const)
    it(`a stored queue that is ${what} is reported (to be set aside) and the queue starts empty`, async () => {
      const store = openStorage(undefined);
      store.set('k', text);
      const problems: QueueProblem[] = [];
      const q = new StatementQueue({ store, key: 'k', onProblem: (p) => problems.push(p) });
      expect(q.unsent).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ kind: 'corrupt', key: 'k', value: text })]);
      const lrs = new ModelLrs();
      await q.connect(lrs);
      await q.enqueue([statement(5)]);
      expect(lrs.stored).toEqual([statement(5).id]);
    });

  it('the page going away: everything unsent, in order, goes to the request that outlives the page, and stays queued until confirmed', async () => {
    const store = openStorage(undefined);
    const leaving: string[][] = [];
    // The first statement's answer never comes (the page is closing): the rest wait behind it.
    const sender: StatementSender = { send: () => new Promise(() => undefined), sendWhileLeaving: (st) => (leaving.push(st.map((s) => s.id!)), true) };
    const { timers } = manualTimers();
    const q = new StatementQueue({ store, key: 'k', timers });
    void q.connect(sender);
    void q.enqueue([statement(1), statement(2)]);
    void q.enqueue([statement(3)]);
    expect(q.sendWhileLeaving()).toBe(true);
    expect(leaving).toEqual([[statement(1).id, statement(2).id, statement(3).id]]);
    // Still in the outbox: the next page sends them again (the LRS keeps each once), and they are in storage for it.
    expect(q.unsent.map((s) => s.id)).toEqual([statement(1).id, statement(2).id, statement(3).id]);
    const next = new StatementQueue({ store, key: 'k' });
    const lrs = new ModelLrs();
    await next.connect(lrs);
    expect(lrs.stored).toEqual([statement(1).id, statement(2).id, statement(3).id]);
  });

  it('the page going away with nothing unsent, or a sender that cannot outlive the page: nothing is sent', async () => {
    const calls: number[] = [];
    const q = new StatementQueue({ store: openStorage(undefined), key: 'k' });
    await q.connect({ send: () => Promise.resolve(), sendWhileLeaving: (st) => (calls.push(st.length), true) });
    await q.enqueue([statement(1)]);
    expect(q.sendWhileLeaving()).toBe(false);
    const plain = new StatementQueue({ store: openStorage(undefined), key: 'k2' });
    void plain.connect({ send: () => new Promise(() => undefined) });
    void plain.enqueue([statement(2)]);
    expect(plain.sendWhileLeaving()).toBe(false);
    expect(calls).toEqual([]);
  });
});
