/**
 * A class of exported results for the class report's tests (unit and
 * browser): trainees playing random paths through the real `Session`
 * (seeded), plus a file from an older version of departure-gate that this
 * version can still re-score, one it cannot (a choice since renamed), a
 * broken file, a foreign JSON file and a tampered one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compileStory, type CompiledStory } from '../src/build/compile-story.ts';
import { serialiseExport, toExport } from '../src/core/export-format.ts';
import { INDICATOR_IDS } from '../src/core/indicators.ts';
import { recordOf } from '../src/core/results-reporter.ts';
import { Session } from '../src/core/session.ts';
import { mulberry32 } from '../src/core/option-order.ts';
import { SEED_FILES } from '../src/core/sources.ts';
import { bestShownIndex } from './best-play.ts';
import { compileReal, ROOT } from './helpers.ts';

/** A small seeded random generator: the game's own (option-order.ts). */
export const random = mulberry32;

/**
 * Play a random path: at each step, sometimes note a random indicator (a third of notes are on what the
 * line shows), rarely leave early, else pick the best option shown with chance `skill`, a random one otherwise.
 */
export function playRandom(
  story: { json: string; manifest: CompiledStory['manifest'] },
  seed: number,
  opts: { avoid?: string; prefer?: string; skill?: number } = {},
): Session {
  const skill = opts.skill ?? 0;
  const rnd = random(seed);
  const session = new Session(story.json, story.manifest, seed);
  for (let i = 0; i < 200 && !session.finished; i++) {
    const line = story.manifest.lines[session.lineOnScreen];
    const shows = line?.indicators ?? [];
    if (rnd() < 0.35 || (shows.length && rnd() < skill)) {
      const pick = shows.length && rnd() < 0.7 + skill ? shows[Math.floor(rnd() * shows.length)]! : INDICATOR_IDS[Math.floor(rnd() * INDICATOR_IDS.length)]!;
      session.note(pick);
    }
    if (rnd() < 0.02) {
      session.leave();
      break;
    }
    const ids = session.step.choices.map((c) => c.id);
    const preferred = opts.prefer && ids.includes(opts.prefer) ? opts.prefer : undefined;
    const allowed = ids.filter((id) => id !== opts.avoid);
    const choices = allowed.length ? allowed : ids;
    const skilled = rnd() < skill ? choices[bestShownIndex(choices, story.manifest)] : undefined;
    session.choose(preferred ?? skilled ?? choices[Math.floor(rnd() * choices.length)]!);
  }
  return session;
}

/** The export file of a finished session. */
export function exportText(session: Session, trainee: string, language: string, when = new Date('2026-12-01T09:00:00Z')): string {
  return serialiseExport(toExport(recordOf(session), { trainee, language, exportedAt: when }));
}

/** departure-gate as it was before a choice's id was renamed (dg-009 was then dg-909): an older story version. */
export function olderDepartureGate(): CompiledStory {
  const file = 'stories/departure-gate.ink';
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace('#id:dg-009 ', '#id:dg-909 ');
  return compileStory(file, text, SEED_FILES);
}

export interface ClassFixture {
  files: { fileName: string; text: string }[];
  /** The sessions behind the valid files of the current version, by file name. */
  sessions: Map<string, Session>;
  /** Files from the older version: re-scorable, and not. */
  olderRescorable: string;
  olderNotRescorable: string;
  broken: string;
  foreign: string;
  tampered: string;
}

/** 36 trainees (24 departure-gate, 12 hotline), 2 from an older version, a broken, a foreign and a tampered file. */
export function classFixture(): ClassFixture {
  const dg = compileReal('departure-gate');
  const hotline = compileReal('hotline');
  const files: ClassFixture['files'] = [];
  const sessions = new Map<string, Session>();
  for (let i = 1; i <= 36; i++) {
    const story = i <= 24 ? dg : hotline;
    // Four levels of skill: the chance of taking the best option shown (and of noting what a line shows).
    const session = playRandom(story, 1000 + i, { skill: [0, 0.5, 0.85, 1][i % 4] });
    const fileName = `${story.manifest.meta.scenario}-trainee-${String(i).padStart(2, '0')}.json`;
    files.push({ fileName, text: exportText(session, i % 5 === 0 ? `Курсант ${i}` : `Cadet ${i}, "B" group`, i % 2 ? 'ru' : 'en') });
    sessions.set(fileName, session);
  }
  const older = olderDepartureGate();
  const olderRescorable = 'older-version-rescorable.json';
  files.push({ fileName: olderRescorable, text: exportText(playRandom(older, 77, { avoid: 'dg-909' }), 'Cadet older A', 'en') });
  const olderNotRescorable = 'older-version-renamed-choice.json';
  files.push({ fileName: olderNotRescorable, text: exportText(playRandom(older, 78, { prefer: 'dg-909' }), 'Cadet older B', 'ru') });
  const broken = 'broken.json';
  files.push({ fileName: broken, text: files[0]!.text.slice(0, 300) });
  const foreign = 'package.json';
  files.push({ fileName: foreign, text: JSON.stringify({ name: 'something-else', version: '1.0.0' }) });
  // A passed-looking total written into an honest run's file.
  const tampered = 'tampered.json';
  const honest = JSON.parse(files[1]!.text) as { result: { total: { percent: number; points: number } } };
  honest.result.total.percent = honest.result.total.percent === 100 ? 99 : 100;
  files.push({ fileName: tampered, text: JSON.stringify({ ...honest, trainee: 'Cadet tampered' }) });
  return { files, sessions, olderRescorable, olderNotRescorable, broken, foreign, tampered };
}

/** The stories this build has. */
export function currentStories() {
  return [compileReal('departure-gate'), compileReal('hotline'), compileReal('farm-call')];
}
