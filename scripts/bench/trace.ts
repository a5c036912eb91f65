/**
 * Where the time goes before the first story choice: a Chrome trace of the
 * game's start (a direct link to departure-gate, "Begin" pressed as soon as it
 * is painted) at the benchmark's 4x CPU throttling, or of the bare inkjs page.
 * Prints the main thread's tasks (with their largest parts) and the JavaScript
 * self and inclusive time by function, from navigation to "Begin" painted and
 * from "Begin" pressed to the first choice painted. The game is built
 * minified but not mangled (functions keep their names; unminified, Phaser's
 * chunk is too big for the service worker's precache) into .cache/bench-trace; the bare
 * page is read from the benchmark's build (run `npm run bench` once first).
 * Durations are wall-clock: on a loaded machine they swell; compare shares.
 *
 *   npx tsx scripts/bench/trace.ts [rounds] [game|bare]
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { inside, probe, serveFiles } from './harness.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BARE = process.argv[3] === 'bare';
const DIR = path.join(ROOT, BARE ? '.cache/bench-bare' : '.cache/bench-trace');
const PAGE = BARE ? '/scripts/bench/bare.html' : '/?scenario=departure-gate';
const ROUNDS = Number(process.argv[2] ?? 3);
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { functionName?: string; url?: string; frame?: string }; name?: string };
}

const serve = () => serveFiles((pathname) => inside(DIR, pathname));

/** The renderer main thread: the thread with the most layout events. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const counts = new Map<string, number>();
  for (const e of events) if (e.name === 'Layout' || e.name === 'EvaluateScript') counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  const [pid, tid] = best![0].split(':').map(Number);
  return { pid: pid!, tid: tid! };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  parent?: number;
}

/** A sampled function: its name and where it is (file, line and column of the built script). */
const where = (f: ProfileNode['callFrame']) =>
  f.url ? `${f.functionName || '(anonymous)'} ${path.basename(new URL(f.url).pathname)}:${f.lineNumber + 1}` : f.functionName;

/** Self time by source location in two windows: navigation to "Begin" painted, and Begin pressed to the first choice painted. */
function profileSummary(events: TraceEvent[], pid: number, t0: number, marks: Record<string, number>): void {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  let ts = 0;
  for (const e of events) {
    if (e.pid !== pid) continue;
    const data = (e.args as { data?: { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } } | undefined)
      ?.data;
    if (e.name === 'Profile') ts = data?.startTime ?? ts;
    if (e.name !== 'ProfileChunk') continue;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, node: id });
    });
  }
  const windows: [string, number, number][] = [
    ['to Begin painted', 0, marks.begin ?? 0],
    ['Begin pressed to first choice', marks['sp:begin'] ?? (marks.begin ?? 0) + 5, marks.choice ?? 0],
  ];
  for (const [label, from, to] of windows) {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < samples.length - 1; i++) {
      const s = samples[i]!;
      const at = (s.ts - t0) / 1000;
      if (at < from || at > to) continue;
      const dt = (samples[i + 1]!.ts - s.ts) / 1000;
      const n = nodes.get(s.node);
      const f = n?.callFrame;
      if (!f || f.functionName === '(idle)' || f.functionName === '(program)') continue;
      const key = where(f);
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
      const seen = new Set<string>();
      for (let p: ProfileNode | undefined = n; p; p = p.parent !== undefined ? nodes.get(p.parent) : undefined) {
        const cf = p.callFrame;
        const k = where(cf);
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      }
    }
    console.log(`  JS self time ${label}: ${total.toFixed(0)} ms`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${v.toFixed(1).padStart(6)} ${k}`);
    console.log(`  inclusive:`);
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`    ${v.toFixed(1).padStart(6)} ${k}`);
  }
}

// Over 60 lines: one straight script (build, trace each round, summarise), like scripts/bench.ts.
async function main(): Promise<void> {
  if (!BARE)
    await build({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: DIR, emptyOutDir: true, rolldownOptions: { output: { minify: { mangle: false, compress: true } } } },
    });
  const { url, close } = await serve();
  const browser = await launchChromium();
  try {
    for (let round = 0; round < ROUNDS + 1; round++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      await context.addInitScript(probe());
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'blink.user_timing',
          'loading',
          'toplevel',
          'v8',
          'disabled-by-default-v8.cpu_profiler',
        ],
      });
      await page.goto(`${url}${PAGE}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __marks: { choice?: number } }).__marks.choice !== undefined, undefined, {
        timeout: 60_000,
        polling: 50,
      });
      const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
      const appMarks = await page.evaluate(() =>
        Object.fromEntries(
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('sp:'))
            .map((m) => [m.name, Math.round(m.startTime)]),
        ),
      );
      const buf = await browser.stopTracing();
      await context.close();
      if (round === 0) continue; // warm-up
      const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
      const { pid, tid } = mainThread(events);
      const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
      // Navigation start in trace time: the first 'navigationStart' mark, else the first event.
      const navEvent = events.find((e) => e.name === 'navigationStart' && e.pid === pid);
      const t0 = navEvent?.ts ?? Math.min(...main.map((e) => e.ts));
      const end = t0 + (marks.choice ?? 0) * 1000 + 30_000;
      console.log(`\nround ${round}: ${JSON.stringify(Object.fromEntries(Object.entries({ ...marks, ...appMarks }).map(([k, v]) => [k, Math.round(v)])))}`);
      // Top-level tasks over 2 ms (a task nested in the one before is part of it).
      let shownUntil = 0;
      const tasks = main.filter((e) => {
        const top =
          (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= t0 && e.ts <= end && e.ts >= shownUntil && (e.dur ?? 0) > 2000;
        if (top) shownUntil = e.ts + (e.dur ?? 0);
        return top;
      });
      for (const task of tasks) {
        const inside = main.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && e !== task);
        const byName = new Map<string, number>();
        for (const e of inside) {
          if (['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) continue;
          const key =
            e.name === 'FunctionCall'
              ? `FunctionCall ${e.args?.data?.functionName ?? ''}`
              : e.name === 'EvaluateScript'
                ? `EvaluateScript ${path.basename(e.args?.data?.url ?? '')}`
                : e.name;
          byName.set(key, Math.max(byName.get(key) ?? 0, 0) + (e.dur ?? 0));
        }
        const parts = [...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
          .join(', ');
        console.log(`  ${((task.ts - t0) / 1000).toFixed(0).padStart(5)} ms +${((task.dur ?? 0) / 1000).toFixed(1).padStart(5)}: ${parts}`);
      }
      profileSummary(events, pid, t0, { ...marks, ...appMarks });
      if (process.env.TRACE_OUT) fs.writeFileSync(`${process.env.TRACE_OUT}-${round}.json`, buf);
    }
  } finally {
    await browser.close();
    close();
  }
}

void main();
