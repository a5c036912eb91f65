/**
 * The outbox of xAPI statements: kept in device storage, sent in order, one
 * statement per request, kept on failure and retried (on `online` events,
 * which the caller forwards with `flush`, and on a timer with backoff).
 * Statement ids are deterministic (xapi-statements.ts), so the queue keeps
 * the ids it has sent and never queues one twice, and a statement the LRS
 * already has (a resend after a lost response: 409 Conflict) counts as sent.
 *
 * What is read back from storage is checked (valibot); an unreadable queue
 * is handed to `onProblem` (the caller sets it aside and says so) and the
 * queue starts empty: it never stops the game.
 */
import * as v from 'valibot';
import type { KeyValueStore } from '../ui/storage.ts';
import type { Statement } from './xapi-statements.ts';

/** Why a send failed: 'retry' (network, LRS busy or refusing for now), 'duplicate' (the LRS has it), 'rejected' (the LRS says it is invalid). */
export type SendFailure = 'retry' | 'duplicate' | 'rejected';

/** A failed send, classified by the sender. */
export class SendError extends Error {
  constructor(
    message: string,
    readonly kind: SendFailure,
  ) {
    super(message);
  }
}

/** Sends one statement to the LRS; rejects with a `SendError` (anything else counts as 'retry'). */
export interface StatementSender {
  send(statement: Statement): Promise<void>;
  /**
   * The page is going away: send `statements` in one request that outlives it (fetch with
   * `keepalive`). Whether they arrive is not known here, so they stay in the outbox and a later
   * page sends them again (the LRS keeps a statement once by id). False if nothing was sent.
   */
  sendWhileLeaving?(statements: readonly Statement[]): boolean;
}

/** Something the trainee's trainer should know about: the stored queue was unreadable, or the LRS refused a statement. */
export type QueueProblem = { kind: 'corrupt'; key: string; value: string; reason: string } | { kind: 'rejected'; statement: Statement; reason: string };

/** Timers, injectable for tests. */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface QueueOptions {
  store: KeyValueStore;
  /** The storage key (one per LRS endpoint and registration: a queue is only ever sent where it belongs). */
  key: string;
  onProblem?: (p: QueueProblem) => void;
  timers?: Timers;
  /** First retry delay; doubles on every failure, up to `maxDelay`. */
  baseDelay?: number;
  maxDelay?: number;
}

// Statements are checked by the validator before they are queued; what comes back needs an id and to be an object.
const StoredSchema = v.object({
  version: v.literal(1),
  pending: v.array(v.looseObject({ id: v.pipe(v.string(), v.uuid()) })),
  sent: v.array(v.string()),
});

const browserTimers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

/** The persistent, ordered, de-duplicating outbox of one LRS and registration. */
export class StatementQueue {
  private pending: Statement[] = [];
  private readonly sent = new Set<string>();
  private sender?: StatementSender;
  private running?: Promise<void>;
  private failures = 0;
  private retry?: unknown;
  private readonly timers: Timers;

  constructor(private readonly opts: QueueOptions) {
    this.timers = opts.timers ?? browserTimers;
    this.load();
  }

  /** The statements not yet sent, in order. */
  get unsent(): readonly Statement[] {
    return this.pending;
  }

  /** True once a statement with this id was sent (or the LRS said it has it). */
  hasSent(id: string): boolean {
    return this.sent.has(id);
  }

  /** Start sending through `sender` (until then statements only accumulate). */
  connect(sender: StatementSender): Promise<void> {
    this.sender = sender;
    return this.flush();
  }

  /** Queue the statements not sent or queued already (by id), keep them, and try to send. */
  enqueue(statements: readonly Statement[]): Promise<void> {
    const queued = new Set(this.pending.map((s) => s.id));
    const fresh = statements.filter((s) => s.id && !this.sent.has(s.id) && !queued.has(s.id) && queued.add(s.id));
    if (fresh.length) {
      this.pending.push(...fresh);
      this.save();
    }
    return this.flush();
  }

  /** Send what is pending, in order; resolves when sent or when a failure put the rest off until the next retry. */
  flush(): Promise<void> {
    if (!this.sender) return Promise.resolve();
    this.running ??= this.sendAll(this.sender).finally(() => (this.running = undefined));
    return this.running;
  }

  /** Stop the retry timer (the page is going away). */
  stop(): void {
    if (this.retry !== undefined) this.timers.clear(this.retry);
    this.retry = undefined;
  }

  /**
   * The page is going away: everything pending goes in one request that outlives the page, in
   * order. Why: the queue sends one statement at a time and waits for each answer, so whatever
   * waits behind a request still in flight (cmi5's terminated, queued as the window closes) would
   * otherwise stay in the outbox until the learner's next launch, and the LMS would meanwhile
   * count the session as abandoned. The statements stay queued: the next page confirms them. A
   * statement whose own request is still in flight goes in the batch too: an LRS keeps an id once
   * and accepts a matching copy (xAPI 1.0.3, 2.1.3); one that refused the batch for it would leave
   * the batch to the next launch, which is where it went before.
   */
  sendWhileLeaving(): boolean {
    this.stop();
    if (!this.sender?.sendWhileLeaving || this.pending.length === 0) return false;
    return this.sender.sendWhileLeaving(this.pending);
  }

  private async sendAll(sender: StatementSender): Promise<void> {
    for (let next = this.pending[0]; next; next = this.pending[0]) {
      let failure: SendFailure | undefined;
      let reason = '';
      try {
        await sender.send(next);
      } catch (e) {
        failure = e instanceof SendError ? e.kind : 'retry';
        reason = e instanceof Error ? e.message : String(e);
      }
      if (failure === 'retry') {
        this.scheduleRetry();
        return;
      }
      // Sent, already there, or refused for good (reported: retrying an invalid statement would block every later one).
      if (failure === 'rejected') this.opts.onProblem?.({ kind: 'rejected', statement: next, reason });
      this.pending = this.pending.filter((s) => s.id !== next.id);
      if (next.id) this.sent.add(next.id);
      this.failures = 0;
      this.save();
    }
  }

  private scheduleRetry(): void {
    this.failures++;
    if (this.retry !== undefined) return;
    const base = this.opts.baseDelay ?? 2000;
    const delay = Math.min(base * 2 ** (this.failures - 1), this.opts.maxDelay ?? 300_000);
    this.retry = this.timers.set(() => {
      this.retry = undefined;
      void this.flush();
    }, delay);
  }

  private load(): void {
    const text = this.opts.store.get(this.opts.key);
    if (text === null) return;
    let reason: string;
    try {
      const parsed = v.safeParse(StoredSchema, JSON.parse(text));
      if (parsed.success) {
        this.pending = parsed.output.pending as unknown as Statement[];
        parsed.output.sent.forEach((id) => this.sent.add(id));
        return;
      }
      reason = parsed.issues.map((i) => i.message).join('; ');
    } catch (e) {
      reason = e instanceof Error ? e.message : String(e);
    }
    this.opts.onProblem?.({ kind: 'corrupt', key: this.opts.key, value: text, reason: `unreadable xAPI queue: ${reason}` });
  }

  private save(): void {
    // A full device keeps the statements in memory for this page (still sent while it is open).
    this.opts.store.set(this.opts.key, JSON.stringify({ version: 1, pending: this.pending, sent: [...this.sent] }));
  }
}
