/**
 * The real xAPI connections, through the xAPI.js libraries: @xapi/cmi5 for a
 * cmi5 launch (the auth token from the LMS's fetch URL, the LMS.LaunchData
 * state document, the learner preferences, the "initialized" statement) and
 * @xapi/xapi for an LRS a trainer configured. Both send each statement
 * with the library's client. Loaded only when the launch URL names an LRS
 * (see xapi-launch.ts): without one the game never loads this module and
 * makes no request.
 */
import type XAPI from '@xapi/xapi';
import type { Agent, Statement } from '@xapi/xapi';
import { v4 as uuidv4 } from 'uuid';
import * as v from 'valibot';
import type { KeyValueStore } from '../ui/storage.ts';
import type { LaunchParameters } from './xapi-launch.ts';
import { SendError, type StatementSender } from './xapi-queue.ts';
import { CMI5, type XapiLaunch } from './xapi-statements.ts';

/** A started xAPI session: who and what to report, and how to send. */
export interface XapiSession {
  launch: XapiLaunch;
  sender: StatementSender;
  /** cmi5's launch mode ('Normal', 'Browse', 'Review'); 'Normal' outside cmi5. */
  launchMode: string;
  /** When this session was initialized (cmi5: kept across a reload of the same launch). */
  startedAt: number;
  /** cmi5: where the LMS wants the learner to go when the activity is over. */
  returnUrl?: string;
  /** True when the library already sent "initialized" (cmi5), so the reporter must not. */
  initialized: boolean;
  /**
   * cmi5: this launch's session was terminated already (the page was
   * reloaded or restored after it ended): only what waits in the outbox may
   * still be sent; nothing new belongs to the session.
   */
  ended: boolean;
}

/** The status an axios error carries, if the LRS answered at all. */
function statusOf(e: unknown): number | undefined {
  const status = (e as { response?: { status?: unknown } } | null)?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Classify a failed send: 409 = the LRS has this id already; 400 = invalid,
 * 403 = refused for good (cmi5: a statement of a session the LMS closed) -
 * retrying cannot help and would block every later statement; anything else
 * (no network, 401, 5xx, 429) = try again later.
 */
export function sendFailure(e: unknown): SendError {
  const status = statusOf(e);
  const message = status ? `LRS answered ${status}` : e instanceof Error ? e.message : 'network error';
  return new SendError(message, status === 409 ? 'duplicate' : status === 400 || status === 403 ? 'rejected' : 'retry');
}

/** Browsers let requests that outlive their page carry 64 KiB in all; leave room for the headers. */
const KEEPALIVE_BODY_LIMIT = 60_000;

/**
 * POST `statements` to the LRS's statements resource in one request that outlives the page
 * (`keepalive`), with the same headers the xAPI.js client sends. False when there is no `fetch`
 * or the statements are too large for such a request (they then wait in the outbox).
 */
export function sendKeepalive(
  lrs: { endpoint: string; auth: string },
  statements: readonly Statement[],
  deps: { fetch?: typeof fetch } = { fetch: globalThis.fetch },
): boolean {
  const fetchFn = deps.fetch;
  const body = JSON.stringify(statements);
  if (!fetchFn || new TextEncoder().encode(body).length > KEEPALIVE_BODY_LIMIT) return false;
  const endpoint = lrs.endpoint.endsWith('/') ? lrs.endpoint : `${lrs.endpoint}/`;
  fetchFn(`${endpoint}statements`, {
    method: 'POST',
    keepalive: true,
    headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body,
  }).catch(() => undefined); // the page is gone by then; the outbox keeps them
  return true;
}

/** A sender through an xAPI.js client (`lrs`: the same endpoint and Authorization header, for the request sent while the page goes away). */
function senderOf(xapi: XAPI, lrs: { endpoint: string; auth: string }): StatementSender {
  return {
    send: (statement) =>
      xapi.sendStatement({ statement: statement as Statement }).then(
        () => undefined,
        (e: unknown) => {
          throw sendFailure(e);
        },
      ),
    sendWhileLeaving: (statements) => sendKeepalive(lrs, statements),
  };
}

/** Parsed JSON, or undefined when it is not JSON (checked by the caller's schema). */
function readJson(text: string | null): unknown {
  try {
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

const SessionState = v.object({ fetch: v.string(), authToken: v.string(), initializedDate: v.string(), ended: v.optional(v.boolean()) });

const sessionKey = (registration: string) => `cmi5.session.${registration}`;

/** Record in the tab that this launch's session was terminated (a reload must not continue it). */
export function endCmi5Session(tabStore: KeyValueStore, p: Extract<LaunchParameters, { kind: 'cmi5' }>): void {
  const kept = v.safeParse(SessionState, readJson(tabStore.get(sessionKey(p.registration))));
  if (kept.success && kept.output.fetch === p.fetch) tabStore.set(sessionKey(p.registration), JSON.stringify({ ...kept.output, ended: true }));
}

/**
 * Launch through cmi5. The fetch URL gives its token once only, so the token
 * and the start time are kept in this tab's storage: a reload of the same
 * launch continues the same session (no second "initialized").
 */
export async function startCmi5(p: Extract<LaunchParameters, { kind: 'cmi5' }>, tabStore: KeyValueStore, language: string): Promise<XapiSession> {
  // Each library only for its own kind of launch (each bundles its own HTTP client: ~25 KB gzipped apiece).
  const { default: Cmi5 } = await import('@xapi/cmi5');
  const cmi5 = new Cmi5({ endpoint: p.endpoint, fetch: p.fetch, actor: p.actor as Agent, registration: p.registration, activityId: p.activityId });
  const key = sessionKey(p.registration);
  const kept = v.safeParse(SessionState, readJson(tabStore.get(key)));
  const resumed = kept.success && kept.output.fetch === p.fetch;
  if (resumed) await cmi5.initialize({ authToken: kept.output.authToken, initializedDate: new Date(kept.output.initializedDate) });
  else {
    await cmi5.initialize();
    tabStore.set(key, JSON.stringify({ fetch: p.fetch, authToken: cmi5.getAuthToken(), initializedDate: cmi5.getInitializedDate().toISOString() }));
  }
  const xapi = cmi5.xapi;
  if (!xapi) throw new Error('cmi5 launch did not authenticate');
  // The library's own client authenticates with the token as Basic credentials (cmi5 spec 8.2.3).
  const auth = `Basic ${resumed ? kept.output.authToken : cmi5.getAuthToken()}`;
  const data = cmi5.getLaunchData();
  const template = data.contextTemplate ?? {};
  const sessionId = template.extensions?.[CMI5.sessionId];
  return {
    launch: {
      mode: 'cmi5',
      actor: p.actor as Agent,
      registration: p.registration,
      activityId: () => p.activityId,
      // The game's cmi5 package names its AUs <base>/<scenario>; the base is the game's vocabulary.
      vocabulary: p.activityId.replace(/\/[^/]*$/, ''),
      sessionId: typeof sessionId === 'string' ? sessionId : uuidv4(),
      contextTemplate: template,
      masteryScore: typeof data.masteryScore === 'number' ? data.masteryScore : undefined,
      language,
    },
    sender: senderOf(xapi, { endpoint: p.endpoint, auth }),
    launchMode: data.launchMode ?? 'Normal',
    startedAt: cmi5.getInitializedDate().getTime(),
    returnUrl: data.returnURL,
    initialized: true,
    ended: resumed && kept.output.ended === true,
  };
}

/**
 * Report to an LRS a trainer configured. Without a registration in the
 * URL, one is kept on the device per LRS and learner, so a run resumed
 * after a reload keeps its statement ids (and nothing is sent twice).
 */
export async function startXapi(p: Extract<LaunchParameters, { kind: 'xapi' }>, store: KeyValueStore, pageUrl: string, language: string): Promise<XapiSession> {
  const { default: XAPI } = await import('@xapi/xapi');
  const key = `xapi.registration.${p.endpoint}|${JSON.stringify(p.actor)}`;
  let registration = p.registration ?? store.get(key) ?? undefined;
  if (!registration) {
    registration = uuidv4();
    store.set(key, registration);
  }
  const base = p.activityBase ?? new URL('xapi', pageUrl).href;
  return {
    launch: { mode: 'xapi', actor: p.actor as Agent, registration, activityId: (s) => `${base}/${s}`, vocabulary: base, sessionId: uuidv4(), language },
    sender: senderOf(new XAPI({ endpoint: p.endpoint, auth: p.auth }), { endpoint: p.endpoint, auth: p.auth }),
    launchMode: 'Normal',
    startedAt: Date.now(),
    initialized: false,
    ended: false,
  };
}

/** The device-storage key of the outbox for this LRS and learner. */
export const queueKey = (p: LaunchParameters) => `xapi.queue.${p.endpoint}|${JSON.stringify(p.actor)}`;
