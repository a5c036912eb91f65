/**
 * A loopback LMS + LRS for the cmi5 browser test: the LMS side of a cmi5
 * launch (the one-time fetch URL that hands out the auth token, the
 * LMS.LaunchData state document, a learner preferences profile, a return
 * page) and an xAPI statements resource that checks the token, validates
 * every statement with Learning Locker's validator (@learninglocker/
 * xapi-validation, the library Learning Locker's own statements service
 * uses) and keeps statements by id as an LRS must (a resend of the same
 * statement is accepted once, 204; a different one with a used id is a 409).
 *
 * Not a real LRS: see the README ("xAPI and cmi5") for why none is started.
 */
import http from 'node:http';
import type { Statement } from '../../src/lms/xapi-statements.ts';
import { xapiProblems } from '../xapi-validation.ts';

export interface LaunchData {
  contextTemplate: object;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn: string;
  masteryScore?: number;
  returnURL?: string;
}

export interface LoopbackLrs {
  /** http://127.0.0.1:port */
  origin: string;
  /** Statements in the order they arrived, resends included. */
  received: Statement[];
  /** Statements kept, by id, in the order first kept. */
  stored: Map<string, Statement>;
  /** Validation problems and protocol errors seen (must stay empty). */
  problems: string[];
  /** How many times a fetch URL was called (all launches). */
  fetches: number;
  /** Answer statement requests this late (what arrives is kept at once): a slow LRS, or a slow network back. */
  statementDelayMs: number;
  close(): void;
}

const TOKEN = Buffer.from('cmi5-test:secret').toString('base64');

/** Start the LMS + LRS on 127.0.0.1. */
export async function startLoopbackLrs(launchData: (origin: string) => LaunchData): Promise<LoopbackLrs> {
  const lrs: LoopbackLrs = { origin: '', received: [], stored: new Map(), problems: [], fetches: 0, statementDelayMs: 0, close: () => undefined };
  const used = new Set<string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', lrs.origin);
    const send = (status: number, body?: unknown, type = 'application/json') => {
      res.writeHead(status, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
        'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version',
        'x-experience-api-version': '1.0.3',
        ...(body === undefined ? {} : { 'content-type': type }),
      });
      res.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') return send(204);
    if (url.pathname === '/return') return send(200, '<!doctype html><title>LMS</title><p id="lms-return">Back in the LMS</p>', 'text/html');
    if (url.pathname === '/fetch' && req.method === 'POST') {
      // Each launch's fetch URL works once (cmi5 spec 8.2.3); a second call gets an error.
      lrs.fetches++;
      const first = !used.has(url.search);
      used.add(url.search);
      return send(200, first ? { 'auth-token': TOKEN } : { 'error-code': '1', 'error-text': 'already used' });
    }
    if (!url.pathname.startsWith('/xapi/')) return send(404);
    if (req.headers.authorization !== `Basic ${TOKEN}`) {
      lrs.problems.push(`${req.method} ${url.pathname}: bad authorization ${req.headers.authorization}`);
      return send(401);
    }
    if (url.pathname === '/xapi/activities/state' && req.method === 'GET') {
      if (url.searchParams.get('stateId') !== 'LMS.LaunchData') return send(404);
      return send(200, launchData(lrs.origin));
    }
    if (url.pathname === '/xapi/agents/profile') return send(200, { languagePreference: 'ru' });
    if (url.pathname === '/xapi/statements' && req.method === 'POST') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const parsed = JSON.parse(body) as Statement | Statement[];
        const statements = Array.isArray(parsed) ? parsed : [parsed];
        for (const s of statements) {
          lrs.received.push(s);
          const problems = xapiProblems(s);
          if (problems.length) lrs.problems.push(`${s.verb?.id}: ${problems.join('; ')}`);
        }
        const conflict = statements.find((s) => s.id && lrs.stored.has(s.id) && JSON.stringify(lrs.stored.get(s.id)) !== JSON.stringify(s));
        if (conflict) return send(409, { error: `statement ${conflict.id} exists with other content` });
        for (const s of statements) if (s.id && !lrs.stored.has(s.id)) lrs.stored.set(s.id, s);
        const answer = () =>
          send(
            200,
            statements.map((s) => s.id),
          );
        if (lrs.statementDelayMs > 0) setTimeout(answer, lrs.statementDelayMs);
        else answer();
      });
      return;
    }
    send(404);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  lrs.origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  lrs.close = () => server.close();
  return lrs;
}
