/**
 * xAPI statements about a run: pure functions of the run's progress, its
 * record and the launch, with no DOM and no network (see xapi-queue.ts for
 * sending, xapi-reporter.ts for when each is built).
 *
 * Under cmi5 the "defined" statements (initialized, completed, passed,
 * failed, terminated) follow the cmi5 rules: the AU's activity id as object,
 * the LMS's context template (it carries the session id extension and the
 * publisher grouping), the registration, the cmi5 category (and moveOn for
 * completed / passed / failed), the mastery score extension on passed /
 * failed, and result.duration. The "allowed" statements (each decision,
 * each indicator noted) carry the context template and the registration but
 * not the cmi5 category, as cmi5 requires.
 *
 * Every statement has a deterministic id (a name-based UUID of the
 * registration, the run and what it says), so a statement built twice -
 * after a reload, a resume, a resend - is the same statement, and an LRS
 * that receives it twice keeps one.
 */
import type { Agent, Context, ContextActivity, Statement } from '@xapi/xapi';
import { v5 as uuidv5 } from 'uuid';
import type { IndicatorId } from '../core/indicators.ts';
import type { DecisionReview, ScenarioResult } from '../core/scoring.ts';
import { STANDARDS, type StandardId } from '../core/standards.ts';

export type { Statement };

/** How the game was launched: who the learner is, which registration, which activity. */
export interface XapiLaunch {
  /** 'cmi5': launched by an LMS through cmi5; 'xapi': an LRS configured by the trainer (no LMS). */
  mode: 'cmi5' | 'xapi';
  actor: Agent;
  /** The registration (a UUID) every statement of this attempt carries. */
  registration: string;
  /**
   * The IRI of the scenario's activity (cmi5: the AU's activityId from the
   * launch). Decisions are activities under it, so reports can group them.
   */
  activityId: (scenario: string) => string;
  /** IRI base of the game's own vocabulary: standards, indicators and the "noted" verb. */
  vocabulary: string;
  /** This page load's session (cmi5: the LMS's session id; xapi: a random UUID). */
  sessionId: string;
  /** cmi5's LMS.LaunchData context template (session id extension, publisher grouping). */
  contextTemplate?: Context;
  /** cmi5's mastery score (0..1), if the LMS gave one. */
  masteryScore?: number;
  /** The language the game is played in (context.language). */
  language: string;
}

/** The cmi5 context categories and extensions (cmi5 spec, section 9.6). */
export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
} as const;

/** ADL verbs (the cmi5 defined verbs are these same IRIs). */
export const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

/**
 * The verb of an indicator noted in the notebook. No ADL verb says "noticed
 * and wrote down a sign of trafficking" ("experienced" means the learner
 * went through the object, "commented" needs a comment), so the game
 * defines its own under its vocabulary base; the README documents it.
 */
export const notedVerb = (vocabulary: string) => `${vocabulary}/verbs/noted`;

/** The namespace of the game's name-based statement ids (a fixed random UUID). */
const ID_NAMESPACE = '6f1d3c2e-8a4b-4f5e-9c7d-2b1a0e9f8d76';

/** A deterministic statement id: the same registration and key always give the same UUID. */
export function statementId(registration: string, key: string): string {
  return uuidv5(`${registration}|${key}`, ID_NAMESPACE);
}

/** The key of a run: its scenario and its log's seed (a restarted run has a new seed, so its statements are new ones). */
export const runKey = (scenario: string, seed: number) => `${scenario}:${seed.toString(36)}`;

/** An ISO 8601 duration of `ms` (xAPI's result.duration), to the hundredth of a second. */
export function isoDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 10)) / 100;
  return `PT${s}S`;
}

const display = (id: string) => ({ 'en-US': id.slice(id.lastIndexOf('/') + 1) });
const verb = (id: string) => ({ id, display: display(id) });

/** Deep copy of a JSON value (the context template is shared by every statement). */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The context of every statement: the template (cmi5), the registration, the language, plus `extra`. */
function contextOf(launch: XapiLaunch, categories: string[], extra: Context = {}): Context {
  const context: Context = { ...copy(launch.contextTemplate ?? {}), registration: launch.registration, language: launch.language };
  const activities = { ...context.contextActivities };
  const category: ContextActivity[] = [...(activities.category ?? []), ...categories.map((id) => ({ id, objectType: 'Activity' as const }))];
  if (category.length) activities.category = category;
  if (extra.contextActivities?.other) activities.other = [...(activities.other ?? []), ...extra.contextActivities.other];
  if (Object.keys(activities).length) context.contextActivities = activities;
  const extensions = { ...context.extensions, ...extra.extensions };
  // Outside cmi5 the session id goes in the same extension, so every statement of a page load can be grouped alike.
  if (launch.mode === 'xapi') extensions[CMI5.sessionId] = launch.sessionId;
  if (Object.keys(extensions).length) context.extensions = extensions;
  return context;
}

/** A statement about the scenario's own activity (cmi5: the AU). */
function aboutScenario(launch: XapiLaunch, scenario: string, key: string, verbId: string, now: Date, parts: Pick<Statement, 'result' | 'context'>): Statement {
  return {
    id: statementId(launch.registration, key),
    actor: launch.actor,
    verb: verb(verbId),
    object: { objectType: 'Activity', id: launch.activityId(scenario) },
    ...parts,
    timestamp: now.toISOString(),
  };
}

/** The categories of a defined statement (cmi5 only; plain xAPI statements carry none). */
const defined = (launch: XapiLaunch, moveOn = false) => (launch.mode === 'cmi5' ? [CMI5.category, ...(moveOn ? [CMI5.moveOn] : [])] : []);

/** The game was launched (plain xAPI only: under cmi5 the LMS says so itself). */
export function launchedStatement(launch: XapiLaunch, scenario: string, now: Date): Statement {
  return aboutScenario(launch, scenario, `session:${launch.sessionId}:launched`, VERBS.launched, now, { context: contextOf(launch, []) });
}

/** The session started (cmi5: the first statement of every session). */
export function initializedStatement(launch: XapiLaunch, scenario: string, now: Date): Statement {
  return aboutScenario(launch, scenario, `session:${launch.sessionId}:initialized`, VERBS.initialized, now, { context: contextOf(launch, defined(launch)) });
}

/** The session ended, after `ms` (cmi5: the last statement of every session). */
export function terminatedStatement(launch: XapiLaunch, scenario: string, ms: number, now: Date): Statement {
  return aboutScenario(launch, scenario, `session:${launch.sessionId}:terminated`, VERBS.terminated, now, {
    result: { duration: isoDuration(ms) },
    context: contextOf(launch, defined(launch)),
  });
}

/** The IRI of a standard in the game's vocabulary. */
export const standardIri = (vocabulary: string, id: StandardId) => `${vocabulary}/standards/${id}`;

/** The IRI of an indicator in the game's vocabulary. */
export const indicatorIri = (vocabulary: string, id: IndicatorId) => `${vocabulary}/indicators/${id}`;

/** The IRI of a decision point: the situation it answered (stable across paths), else its position. */
export function decisionIri(launch: XapiLaunch, scenario: string, d: DecisionReview): string {
  return `${launch.activityId(scenario)}/${d.situation ? `situation/${d.situation}` : `decision/${d.index}`}`;
}

/**
 * One decision: the option chosen (result.response), whether it was the best
 * on offer (result.success), the options shown and the best one (a cmi
 * "choice" interaction), and the standards it was judged against, each an
 * activity in contextActivities.other with its short title and reference
 * (so an LRS report can group decisions by standard).
 */
export function answeredStatement(launch: XapiLaunch, scenario: string, seed: number, d: DecisionReview, now: Date): Statement {
  const best = d.better ?? d.chosen;
  return {
    id: statementId(launch.registration, `run:${runKey(scenario, seed)}:answered:${d.index}`),
    actor: launch.actor,
    verb: verb(VERBS.answered),
    object: {
      objectType: 'Activity',
      id: decisionIri(launch, scenario, d),
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        choices: d.shown.map((id) => ({ id, description: { 'en-US': id } })),
        correctResponsesPattern: [best.id],
      },
    },
    result: { response: d.chosen.id, success: !d.better },
    context: contextOf(launch, [], {
      contextActivities: {
        other: d.standards.map((id) => ({
          objectType: 'Activity',
          id: standardIri(launch.vocabulary, id),
          definition: {
            type: `${launch.vocabulary}/activitytypes/standard`,
            name: { 'en-US': STANDARDS[id].short },
            description: { 'en-US': STANDARDS[id].reference },
          },
        })),
      },
    }),
    timestamp: now.toISOString(),
  };
}

/** An indicator noted in the notebook, while `lineId` was on screen (once per run and indicator). */
export function notedStatement(launch: XapiLaunch, scenario: string, seed: number, indicator: IndicatorId, lineId: string, now: Date): Statement {
  return {
    id: statementId(launch.registration, `run:${runKey(scenario, seed)}:noted:${indicator}`),
    actor: launch.actor,
    verb: { id: notedVerb(launch.vocabulary), display: { 'en-US': 'noted' } },
    object: { objectType: 'Activity', id: indicatorIri(launch.vocabulary, indicator), definition: { name: { 'en-US': indicator } } },
    context: contextOf(launch, [], {
      contextActivities: { other: [{ objectType: 'Activity', id: launch.activityId(scenario) }] },
      extensions: { [`${launch.vocabulary}/extensions/line`]: lineId },
    }),
    timestamp: now.toISOString(),
  };
}

/**
 * What the end of a run says: completed, then passed or failed as the
 * debrief's verdict says. A run left before an ending is neither (an empty
 * list). Under cmi5 with a mastery score, "passed" also needs the score to
 * reach it (cmi5 forbids passed below mastery); the verdict's own rule (pass
 * mark, no critical error) must hold too, else it is "failed".
 */
export function endStatements(launch: XapiLaunch, result: ScenarioResult, seed: number, ms: number, now: Date): Statement[] {
  if (result.verdict === 'incomplete') return [];
  const key = `run:${runKey(result.scenario, seed)}`;
  const duration = isoDuration(ms);
  const scaled = result.total.percent / 100;
  const passed = result.verdict === 'passed' && (launch.masteryScore === undefined || scaled >= launch.masteryScore);
  const mastery = launch.mode === 'cmi5' && launch.masteryScore !== undefined ? { extensions: { [CMI5.masteryScore]: launch.masteryScore } } : {};
  return [
    aboutScenario(launch, result.scenario, `${key}:completed`, VERBS.completed, now, {
      result: { completion: true, duration },
      context: contextOf(launch, defined(launch, true)),
    }),
    aboutScenario(launch, result.scenario, `${key}:verdict`, passed ? VERBS.passed : VERBS.failed, now, {
      result: { success: passed, score: { scaled, raw: result.total.percent, min: 0, max: 100 }, duration },
      context: contextOf(launch, defined(launch, true), mastery),
    }),
  ];
}
