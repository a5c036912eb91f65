/**
 * How the game learns that an LRS wants its statements, from its launch URL
 * (pure: no DOM, no network, small enough for the main bundle; the xAPI
 * libraries load only when this finds a launch).
 *
 * - cmi5: the LMS appends `endpoint`, `fetch`, `actor`, `registration` and
 *   `activityId` to the AU's URL (cmi5 spec, section 8.1).
 * - plain xAPI, set up by a trainer: the common "TinCan launch" parameters
 *   `endpoint`, `auth` (the whole Authorization header, e.g. "Basic ..."),
 *   `actor` (an xAPI agent as JSON), optionally `registration` and
 *   `activity_id` (the IRI base of the scenarios' activities).
 */
import * as v from 'valibot';

const Account = v.object({ homePage: v.pipe(v.string(), v.url()), name: v.pipe(v.string(), v.minLength(1)) });
const AgentSchema = v.pipe(
  v.object({
    objectType: v.optional(v.literal('Agent')),
    name: v.optional(v.string()),
    mbox: v.optional(v.pipe(v.string(), v.regex(/^mailto:[^@\s]+@[^@\s]+$/))),
    mbox_sha1sum: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/i))),
    openid: v.optional(v.pipe(v.string(), v.url())),
    account: v.optional(Account),
  }),
  v.check((a) => [a.mbox, a.mbox_sha1sum, a.openid, a.account].filter((x) => x !== undefined).length === 1, 'an agent needs exactly one identifier'),
);
export type LaunchAgent = v.InferOutput<typeof AgentSchema>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The launch parameters found in the URL. */
export type LaunchParameters =
  | { kind: 'cmi5'; endpoint: string; fetch: string; actor: LaunchAgent; registration: string; activityId: string }
  | { kind: 'xapi'; endpoint: string; auth: string; actor: LaunchAgent; registration?: string; activityBase?: string };

/** What the URL says: no LRS (undefined), a launch, or a launch the game cannot use (and why, in English for the console). */
export type LaunchReading = undefined | LaunchParameters | { kind: 'invalid'; reason: string };

/** An http(s) URL, or undefined. */
function httpUrl(text: string | null): string | undefined {
  if (!text) return undefined;
  try {
    const u = new URL(text);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The actor parameter: JSON, with the one-element arrays old TinCan launchers send unwrapped. */
function readActor(text: string | null): LaunchAgent | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (raw && typeof raw === 'object')
    raw = Object.fromEntries(Object.entries(raw).map(([k, val]) => [k, Array.isArray(val) && val.length === 1 ? (val[0] as unknown) : val]));
  const parsed = v.safeParse(AgentSchema, raw);
  return parsed.success ? parsed.output : undefined;
}

/** Read the launch parameters of `params` (a page's query). */
export function readLaunchParameters(params: URLSearchParams): LaunchReading {
  if (!params.has('endpoint')) return undefined;
  const endpoint = httpUrl(params.get('endpoint'));
  const actor = readActor(params.get('actor'));
  const registration = params.get('registration') ?? undefined;
  if (!endpoint) return { kind: 'invalid', reason: 'endpoint is not an http(s) URL' };
  if (!actor) return { kind: 'invalid', reason: 'actor is not an xAPI agent with one identifier' };
  if (registration !== undefined && !UUID.test(registration)) return { kind: 'invalid', reason: 'registration is not a UUID' };
  if (params.has('fetch')) {
    const fetch = httpUrl(params.get('fetch'));
    const activityId = params.get('activityId');
    if (!fetch) return { kind: 'invalid', reason: 'fetch is not an http(s) URL' };
    if (!activityId || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(activityId)) return { kind: 'invalid', reason: 'activityId is not an IRI' };
    if (!registration) return { kind: 'invalid', reason: 'cmi5 needs a registration' };
    return { kind: 'cmi5', endpoint, fetch, actor, registration, activityId };
  }
  const auth = params.get('auth');
  if (!auth) return { kind: 'invalid', reason: 'auth is missing' };
  const activityBase = httpUrl(params.get('activity_id'))?.replace(/\/+$/, '');
  return { kind: 'xapi', endpoint, auth, actor, registration, activityBase };
}

/** The origins a launch talks to (the LRS, and cmi5's fetch URL). */
export function launchOrigins(p: LaunchParameters): string[] {
  const origins = [new URL(p.endpoint).origin];
  if (p.kind === 'cmi5') origins.push(new URL(p.fetch).origin);
  return [...new Set(origins)];
}

/**
 * The origins of `origins` that the page's Content Security Policy (its
 * `connect-src`, or `default-src` without one) does not allow. The
 * policy's text is given; `self` is the page's own origin. Only exact
 * origins, `'self'` and `*` are understood (what the game's builds write);
 * anything else counts as not allowed, so the trainee is told rather than
 * left waiting.
 */
export function originsBlocked(policy: string | undefined, origins: readonly string[], self: string): string[] {
  if (!policy) return [];
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .flatMap(([name, ...sources]) => (name ? [[name.toLowerCase(), sources] as const] : [])),
  );
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  if (!sources) return [];
  const allowed = (origin: string) => sources.some((s) => s === '*' || (s === "'self'" && origin === self) || s.replace(/\/+$/, '') === origin);
  return origins.filter((o) => !allowed(o));
}
