/**
 * Where the first-choice gap is: main-thread work against waiting, for the
 * bare inkjs page, the bare page behind the content note and the game, in
 * interleaved rounds. For each page it sums the renderer main thread's task
 * time on the thread's own clock (a Chrome trace's `tdur`: time the thread
 * ran, not time it waited) from navigation to the first choice painted, and
 * reports it beside the wall-clock figure; the difference is waiting (frames
 * presented, responses, the press). Without CPU throttling by default
 * (`THROTTLE=4` for the bench's setting: there the thread clock also counts
 * the throttler's pauses, so work and waiting no longer separate).
 *
 * Uses the benchmark's builds: run `npm run bench` once first.
 *
 *   npx tsx scripts/bench/breakdown.ts [rounds]
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { inside, probe, serveFiles } from './harness.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROUNDS = Number(process.argv[2] ?? 15);
const THROTTLE = Number(process.env.THROTTLE ?? 1);
const PAGES = [
  { name: 'bare page', dir: '.cache/bench-bare', path: '/scripts/bench/bare.html' },
  { name: 'bare page behind the note', dir: '.cache/bench-bare', path: '/scripts/bench/bare-note.html' },
  { name: 'game', dir: '.cache/bench-game', path: '/?scenario=departure-gate' },
] as const;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/** Both builds on one loopback server: /0/... the bare builds, /1/... the game's. */
const serve = () =>
  serveFiles((pathname) => {
    const [, which, ...rest] = pathname.split('/');
    return inside(path.join(ROOT, which === '0' ? '.cache/bench-bare' : '.cache/bench-game'), ...rest);
  });

/** One page load: wall-clock ms to the first choice, and the main thread's own time up to then. */
async function measure(browser: Browser, url: string): Promise<{ wall: number; work: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(probe());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __marks: { choice?: number } }).__marks.choice !== undefined, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  const choice = await page.evaluate(() => (window as unknown as { __marks: { choice: number } }).__marks.choice);
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  await context.close();
  // The renderer's main thread: the one that parsed the page.
  const parser = events.find((e) => e.name === 'ParseHTML');
  if (!parser) throw new Error(`no ParseHTML in the trace of ${url}`);
  const start = events.find((e) => e.name === 'navigationStart' && e.pid === parser.pid)?.ts ?? parser.ts;
  let work = 0;
  let until = 0;
  const tasks = events
    .filter((e) => e.pid === parser.pid && e.tid === parser.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
  for (const t of tasks) {
    if (t.ts < until || t.ts < start || (t.ts - start) / 1000 > choice) continue; // nested, before, or after the choice
    until = t.ts + (t.dur ?? 0);
    work += (t.tdur ?? 0) / 1000;
  }
  return { wall: choice, work };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  for (const p of PAGES) if (!fs.existsSync(path.join(ROOT, p.dir))) throw new Error(`${p.dir} is missing: run npm run bench first`);
  const { url, close } = await serve();
  const browser = await launchChromium();
  const results = PAGES.map(() => ({ wall: [] as number[], work: [] as number[] }));
  const urlOf = (i: number) => `${url}/${PAGES[i]!.dir.endsWith('bare') ? 0 : 1}${PAGES[i]!.path}`;
  try {
    for (let i = 0; i < PAGES.length; i++) await measure(browser, urlOf(i)); // warm-up, not counted
    for (let r = 0; r < ROUNDS; r++)
      for (let j = 0; j < PAGES.length; j++) {
        const i = (r + j) % PAGES.length; // rotate the order, as the bench does
        const m = await measure(browser, urlOf(i));
        results[i]!.wall.push(m.wall);
        results[i]!.work.push(m.work);
      }
  } finally {
    await browser.close();
    close();
  }
  console.log(`Medians over ${ROUNDS} rounds, CPU throttling ${THROTTLE}x, navigation to the first choice painted:`);
  const base = { wall: median(results[0]!.wall), work: median(results[0]!.work) };
  PAGES.forEach((p, i) => {
    const wall = median(results[i]!.wall);
    const work = median(results[i]!.work);
    console.log(
      `  ${p.name.padEnd(27)} wall ${wall.toFixed(0).padStart(4)} ms (${(wall / base.wall).toFixed(2)}x)   main-thread work ${work.toFixed(1).padStart(6)} ms (${(work / base.work).toFixed(2)}x)   waiting ${(wall - work).toFixed(0).padStart(4)} ms`,
    );
  });
}

void main();
