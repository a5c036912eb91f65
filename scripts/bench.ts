/**
 * npm run bench
 *
 * Time from navigation to the first choice on screen, for a link that opens
 * departure-gate directly, against a bare inkjs page showing the same first
 * choice, in the same run: production builds served on loopback, headless
 * Chromium with 4x CPU throttling, several alternating rounds, medians and
 * their ratio. Also the gzipped JavaScript loaded before the first choice.
 *
 * For the game, two moments are recorded: the content note's "Begin" button
 * (the first thing a trainee can choose) and the story's first choice, which
 * needs that button pressed: an in-page observer presses it as soon as it is
 * painted (the earliest a person could), so the harness adds no round trip.
 * Both moments are paint times from the Element Timing API.
 *
 * A second baseline, the bare inkjs page behind the same content note
 * (scripts/bench/bare-note.ts), is timed the same way: it shows what the
 * note itself costs any page, and so what the game adds on top of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium.ts';
import { inside, probe, serveFiles } from './bench/harness.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const THROTTLE = 4;
const IDLE_SAMPLE_MS = 3000;
/**
 * How long the in-page observer waits after "Begin" is painted before pressing it (BENCH_READ_MS,
 * default 0: at once, the headline figure). A person reads the note first; with a delay the run
 * shows what "Begin" costs a reader (the press to the first choice).
 */
const READ_MS = Number(process.env.BENCH_READ_MS ?? 0);
const GAME_DIR = path.join(ROOT, '.cache/bench-game');
const BARE_DIR = path.join(ROOT, '.cache/bench-bare');

/** Both builds on one loopback server: /bare/... the baselines, anything else the game. */
const serve = () =>
  serveFiles((pathname) => {
    const [, site, ...rest] = pathname.split('/');
    return inside(site === 'bare' ? BARE_DIR : GAME_DIR, ...rest);
  });

interface Round {
  begin?: number;
  /** When the probe pressed "Begin". */
  pressed?: number;
  choice: number;
  canvas?: number;
  jsGzip: number;
  jsFiles: number;
  heapAtChoice: number;
  heapAtCanvas?: number;
  idleCpuMsPerSec?: number;
}

async function measure(browser: Browser, url: string, waitCanvas: boolean): Promise<Round> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(probe(READ_MS));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const scripts: { url: string; at: number; body: Promise<Buffer> }[] = [];
  page.on('response', (r) => {
    // Scripts, and the story data the game fetches as JSON (the bare page has it inside its script).
    const type = r.request().resourceType();
    if (type === 'script' || (type === 'fetch' && /story-.*\.js$/.test(r.url())))
      scripts.push({ url: r.url(), at: Date.now(), body: r.body().catch(() => Buffer.alloc(0)) });
  });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __marks: { choice?: number } }).__marks.choice !== undefined, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
  // JS heap in use once the first choice is up (after a forced GC, so it is what the page keeps).
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const heapAtChoice = await heap();
  // The app's own performance marks (sp:*), for a breakdown of where the time goes.
  const appMarks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('sp:'))
        .map((m) => [m.name, Math.round(m.startTime)]),
    ),
  );
  if (process.env.BENCH_VERBOSE)
    console.log(url, JSON.stringify({ ...Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v)])), ...appMarks }));
  // Scripts whose response arrived before the first choice (wall clock; the probe's clock starts at navigation).
  const cutoff = t0 + marks.choice! + 50;
  const early = scripts.filter((s) => s.at <= cutoff);
  let jsGzip = 0;
  for (const s of early) jsGzip += zlib.gzipSync(await s.body).length;
  if (waitCanvas)
    await page
      .waitForFunction(() => (window as unknown as { __marks: { canvas?: number } }).__marks.canvas !== undefined, undefined, { timeout: 60_000 })
      .catch(() => undefined);
  const after = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
  const heapAtCanvas = waitCanvas && after.canvas !== undefined ? await heap() : undefined;
  // Main-thread CPU while the trainee reads: settle, then sample busy time over a few seconds.
  await cdp.send('Performance.enable');
  await page.waitForTimeout(2500);
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const b0 = await busy();
  await page.waitForTimeout(IDLE_SAMPLE_MS);
  const idleCpuMsPerSec = (((await busy()) - b0) * 1000) / (IDLE_SAMPLE_MS / 1000);
  await context.close();
  return {
    begin: marks.begin,
    pressed: marks.pressed,
    choice: marks.choice!,
    canvas: after.canvas,
    jsGzip,
    jsFiles: early.length,
    heapAtChoice,
    heapAtCanvas,
    idleCpuMsPerSec,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The p-quantile of `xs` (linear between the two nearest ranks). */
const quantile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * p;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
};

/**
 * The game's first choice over a baseline's, round by round (the pages of a round
 * run back to back, so they share the machine's load): median and quartiles. The
 * spread says how far a single run's ratio of medians can be trusted on this machine.
 */
const pairedRatios = (game: Round[], base: Round[]) => {
  const r = game.map((g, i) => g.choice / base[i]!.choice);
  return { median: median(r), q1: quantile(r, 0.25), q3: quantile(r, 0.75), ci90: bootstrapMedianInterval(r) };
};

/**
 * A 90% interval for the median of `xs` (percentile bootstrap, 2000 resamples, fixed seed so a
 * rerun on the same rounds prints the same interval). With 15 rounds it says how far the median
 * itself can be trusted: a target inside the interval is not met or missed by this run alone.
 */
function bootstrapMedianInterval(xs: number[]): { low: number; high: number } {
  let seed = 0x5eed;
  // mulberry32: a small, well-known PRNG; Math.random cannot be seeded.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const medians = Array.from({ length: 2000 }, () => median(xs.map(() => xs[Math.floor(random() * xs.length)]!)));
  return { low: quantile(medians, 0.05), high: quantile(medians, 0.95) };
}

// Over 60 lines on purpose: one straight script - build, serve, measure in alternating rounds, report - easier to read top to bottom than split.
async function main(): Promise<void> {
  console.log('Building the game and the bare inkjs baseline (production)...');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: GAME_DIR, emptyOutDir: true } });
  await build({
    root: ROOT,
    logLevel: 'warn',
    base: './',
    build: {
      outDir: BARE_DIR,
      emptyOutDir: true,
      rollupOptions: { input: [path.join(ROOT, 'scripts/bench/bare.html'), path.join(ROOT, 'scripts/bench/bare-note.html')] },
    },
  });
  const { url, close } = await serve();
  const browser = await launchChromium();
  const game: Round[] = [];
  const bare: Round[] = [];
  const bareNote: Round[] = [];
  const bareUrl = `${url}/bare/scripts/bench/bare.html`;
  const bareNoteUrl = `${url}/bare/scripts/bench/bare-note.html`;
  const gameUrl = `${url}/game/?scenario=departure-gate`;
  try {
    // Warm-up round of each (not counted): first launch costs are not the page's.
    await measure(browser, bareUrl, false);
    await measure(browser, bareNoteUrl, false);
    await measure(browser, gameUrl, false);
    const pages = [
      () => measure(browser, bareUrl, false).then((r) => bare.push(r)),
      () => measure(browser, bareNoteUrl, false).then((r) => bareNote.push(r)),
      () => measure(browser, gameUrl, true).then((r) => game.push(r)),
    ];
    for (let i = 0; i < ROUNDS; i++) {
      // Rotate the order so drift on a shared machine hits all three alike.
      for (let j = 0; j < pages.length; j++) await pages[(i + j) % pages.length]!();
      process.stdout.write(
        `round ${i + 1}/${ROUNDS}: bare ${bare.at(-1)!.choice.toFixed(0)} ms, bare with note ${bareNote.at(-1)!.choice.toFixed(0)} ms, game begin ${game.at(-1)!.begin?.toFixed(0)} ms, first choice ${game.at(-1)!.choice.toFixed(0)} ms\n`,
      );
    }
  } finally {
    await browser.close();
    close();
  }
  const result = {
    date: new Date().toISOString(),
    rounds: ROUNDS,
    cpuThrottling: THROTTLE,
    bareFirstChoiceMs: median(bare.map((r) => r.choice)),
    bareNoteBeginMs: median(bareNote.map((r) => r.begin ?? NaN)),
    bareNoteFirstChoiceMs: median(bareNote.map((r) => r.choice)),
    gameBeginButtonMs: median(game.map((r) => r.begin ?? NaN)),
    gameFirstChoiceMs: median(game.map((r) => r.choice)),
    readMs: READ_MS,
    gamePressToChoiceMs: median(game.map((r) => r.choice - (r.pressed ?? NaN))),
    gameCanvasMs: median(game.filter((r) => r.canvas !== undefined).map((r) => r.canvas!)),
    bareJsGzipBytes: median(bare.map((r) => r.jsGzip)),
    gameJsGzipBytes: median(game.map((r) => r.jsGzip)),
    gameJsFilesBeforeChoice: median(game.map((r) => r.jsFiles)),
    bareHeapMiB: median(bare.map((r) => r.heapAtChoice)) / 2 ** 20,
    gameHeapWithPhaserMiB: median(game.filter((r) => r.heapAtCanvas !== undefined).map((r) => r.heapAtCanvas!)) / 2 ** 20,
    bareIdleCpuMsPerSec: median(bare.map((r) => r.idleCpuMsPerSec ?? NaN)),
    gameIdleCpuMsPerSec: median(game.map((r) => r.idleCpuMsPerSec ?? NaN)),
    ratioFirstChoice: 0,
    ratioBeginButton: 0,
    ratioFirstChoiceVsNoteBaseline: 0,
    pairedRatioFirstChoice: pairedRatios(game, bare),
    pairedRatioFirstChoiceVsNoteBaseline: pairedRatios(game, bareNote),
  };
  result.ratioFirstChoice = result.gameFirstChoiceMs / result.bareFirstChoiceMs;
  result.ratioBeginButton = result.gameBeginButtonMs / result.bareFirstChoiceMs;
  result.ratioFirstChoiceVsNoteBaseline = result.gameFirstChoiceMs / result.bareNoteFirstChoiceMs;
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench-results/first-choice.json'), JSON.stringify({ ...result, game, bare, bareNote }, null, 2));
  console.log('\nMedians over %d rounds, CPU throttled %dx:', ROUNDS, THROTTLE);
  console.log(
    `  bare inkjs, first choice:            ${result.bareFirstChoiceMs.toFixed(0)} ms   (JS incl. story ${(result.bareJsGzipBytes / 1024).toFixed(1)} KiB gzip)`,
  );
  console.log(
    `  bare inkjs behind the content note:  "Begin" ${result.bareNoteBeginMs.toFixed(0)} ms, first choice ${result.bareNoteFirstChoiceMs.toFixed(0)} ms`,
  );
  console.log(`  game, content note "Begin" on screen: ${result.gameBeginButtonMs.toFixed(0)} ms   ratio ${result.ratioBeginButton.toFixed(2)}x`);
  console.log(
    `  game, first story choice on screen:   ${result.gameFirstChoiceMs.toFixed(0)} ms   ratio ${result.ratioFirstChoice.toFixed(2)}x${READ_MS ? ` (with the ${READ_MS} ms read: not comparable)` : ''}   (JS + story module ${(result.gameJsGzipBytes / 1024).toFixed(1)} KiB gzip in ${result.gameJsFilesBeforeChoice} files)`,
  );
  console.log(
    `  game's first story choice against the bare page behind the same note: ratio ${result.ratioFirstChoiceVsNoteBaseline.toFixed(2)}x${READ_MS ? ' (with the read: not comparable)' : ''}`,
  );
  const spread = (p: ReturnType<typeof pairedRatios>) =>
    `${p.median.toFixed(2)}x (quartiles ${p.q1.toFixed(2)}-${p.q3.toFixed(2)}x; 90% interval of the median ${p.ci90.low.toFixed(2)}-${p.ci90.high.toFixed(2)}x)`;
  // The target figure: a round's pages run back to back and share the machine's load, so their ratio
  // is not moved by drift between rounds, which moves a ratio of medians (measured: 1.37x round by
  // round against 1.60x for the medians in one run, session 19).
  console.log(`  round by round, game's first choice over the bare page (the target figure): ${spread(result.pairedRatioFirstChoice)}`);
  console.log(`  round by round, game's first choice over the bare page behind the note: ${spread(result.pairedRatioFirstChoiceVsNoteBaseline)}`);
  console.log(`  game, "Begin" pressed (${READ_MS} ms after it was painted) to the first choice on screen: ${result.gamePressToChoiceMs.toFixed(0)} ms`);
  console.log(`  game, Phaser canvas on screen:        ${result.gameCanvasMs.toFixed(0)} ms (after the first choice; not part of the ratio)`);
  console.log(
    `  JS heap after GC: bare page at its first choice ${result.bareHeapMiB.toFixed(1)} MiB; game with Phaser running ${result.gameHeapWithPhaserMiB.toFixed(1)} MiB (${(result.gameHeapWithPhaserMiB / result.bareHeapMiB).toFixed(1)}x)`,
  );
  console.log(
    `  main-thread CPU while reading (throttled ms per second): bare ${result.bareIdleCpuMsPerSec.toFixed(1)}, game with Phaser ${result.gameIdleCpuMsPerSec.toFixed(1)}`,
  );
  console.log('Written to bench-results/first-choice.json');
}

void main();
