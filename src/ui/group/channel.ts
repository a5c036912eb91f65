/**
 * Two windows of one browser kept in step without a server: the presenter's
 * window (the only authority) posts the audience view on every change; an
 * audience window says "hello" when it opens and is sent the current view.
 * Either may ask for a pause (the audience window's P key). Every message is
 * read with a valibot schema on receipt: a foreign or malformed message (any
 * other page or version on the same channel name) is ignored, never thrown.
 */
import * as v from 'valibot';
import { PHASES } from '../../core/group-record.ts';
import type { AudienceView } from '../../core/group-audience.ts';
import { isLanguage, type Language } from '../../core/i18n.ts';
import { ID_PATTERN } from '../../core/tags.ts';

/** The BroadcastChannel name every group window uses; messages carry the session id. */
export const CHANNEL_NAME = 'safe-passage.group';

const Id = v.pipe(v.string(), v.maxLength(100), v.regex(ID_PATTERN));
const Ids = v.pipe(v.array(Id), v.maxLength(2_000));
const SessionId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
const Points = v.pipe(v.number(), v.integer(), v.minValue(-1_000), v.maxValue(1_000));

const RubricSchema = v.object({
  choiceId: Id,
  score: v.object({ identification: Points, protection: Points, procedure: Points }),
  feedback: v.optional(v.pipe(v.string(), v.maxLength(120))),
  standards: Ids,
  critical: Ids,
});

/** The shape of an audience view arriving from the presenter's window. */
const AudienceViewSchema = v.variant('screen', [
  v.object({ screen: v.literal('paused'), paused: v.literal(true) }),
  v.object({ screen: v.literal('content-note'), paused: v.literal(false), scenario: Id }),
  v.object({
    screen: v.literal('decision'),
    paused: v.literal(false),
    scenario: Id,
    number: v.pipe(v.number(), v.integer(), v.minValue(1)),
    branch: v.pipe(v.number(), v.integer(), v.minValue(1)),
    phase: v.picklist(PHASES),
    passage: Ids,
    options: v.pipe(v.array(Id), v.maxLength(50)),
    tally: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(50))),
    chosen: v.optional(Id),
    decidedBy: v.optional(v.picklist(['majority', 'facilitator'])),
    consequence: v.optional(Ids),
    rubric: v.optional(v.pipe(v.array(RubricSchema), v.maxLength(50))),
  }),
  v.object({
    screen: v.literal('ended'),
    paused: v.literal(false),
    scenario: Id,
    branch: v.pipe(v.number(), v.integer(), v.minValue(1)),
    ending: v.optional(Id),
    endingLine: v.optional(Id),
  }),
]);

const Lang = v.custom<Language>((x) => typeof x === 'string' && isLanguage(x), 'not a language');

const MessageSchema = v.variant('kind', [
  /** Presenter -> audience: what the room sees now, and in which language. */
  v.object({
    kind: v.literal('view'),
    session: SessionId,
    lang: Lang,
    view: AudienceViewSchema,
    /** Revealed: the option whose rubric is explained in full (the others show their points). */
    focus: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(49))),
    /**
     * The discussion timer, when it runs: when it ends (ms since the epoch; both windows are on one
     * computer, so one clock). The projector counts down by itself between views.
     */
    timerEndsAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    lines: v.pipe(
      v.record(Id, v.pipe(v.string(), v.maxLength(5_000))),
      v.check((r) => Object.keys(r).length <= 2_000, 'too many lines'),
    ),
  }),
  /** Audience -> presenter: a window has opened (or reloaded) and wants the current view. */
  v.object({ kind: v.literal('hello'), session: SessionId }),
  /** Audience -> presenter: pause (or carry on), from the projector's keyboard. */
  v.object({ kind: v.literal('pause'), session: SessionId, paused: v.boolean() }),
]);

/**
 * A view message carries, beside the view, the English text of the lines it
 * names (the shipped manifest has only their ids; the presenter's story has
 * the text). The audience translates by id, with this as the fallback.
 */
export type GroupMessage =
  | { kind: 'view'; session: string; lang: Language; view: AudienceView; lines: Record<string, string>; focus?: number; timerEndsAt?: number }
  | { kind: 'hello'; session: string }
  | { kind: 'pause'; session: string; paused: boolean };

/** Read a message received on the channel: the message, or undefined for anything else. Never throws. */
export function readMessage(data: unknown): GroupMessage | undefined {
  const parsed = v.safeParse(MessageSchema, data);
  return parsed.success ? (parsed.output as GroupMessage) : undefined;
}

/** The part of BroadcastChannel used here (a fake in tests, none where the browser lacks it). */
export interface ChannelPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  close(): void;
}

/** Open the group channel, or undefined where the browser has no BroadcastChannel (one window still works). */
export function openChannelPort(): ChannelPort | undefined {
  const Ctor = (globalThis as { BroadcastChannel?: new (name: string) => ChannelPort }).BroadcastChannel;
  return Ctor ? new Ctor(CHANNEL_NAME) : undefined;
}

/** One end of the channel, bound to one session id: sends typed messages, hands on only valid ones of this session. */
export class GroupChannel {
  private closed = false;

  constructor(
    private readonly port: ChannelPort | undefined,
    readonly session: string,
    onMessage: (message: GroupMessage) => void,
  ) {
    port?.addEventListener('message', (e) => {
      const message = readMessage(e.data);
      if (!this.closed && message && message.session === this.session) onMessage(message);
    });
  }

  /** Presenter: what the room sees now (`focus`: the option explained in full; `timerEndsAt`: a running discussion timer). */
  sendView(view: AudienceView, lang: Language, lines: Record<string, string>, extra: { focus?: number; timerEndsAt?: number } = {}): void {
    const message: Extract<GroupMessage, { kind: 'view' }> = { kind: 'view', session: this.session, lang, view, lines };
    if (extra.focus !== undefined) message.focus = extra.focus;
    if (extra.timerEndsAt !== undefined) message.timerEndsAt = extra.timerEndsAt;
    this.post(message);
  }

  /** Audience: ask for the current view. */
  sendHello(): void {
    this.post({ kind: 'hello', session: this.session });
  }

  /** Audience: ask the presenter to pause or carry on. */
  sendPause(paused: boolean): void {
    this.post({ kind: 'pause', session: this.session, paused });
  }

  close(): void {
    this.closed = true;
    this.port?.close();
  }

  private post(message: GroupMessage): void {
    if (this.closed) return;
    try {
      this.port?.postMessage(message);
    } catch {
      // A channel closed under us (the window is closing): nothing to tell anyone.
    }
  }
}
