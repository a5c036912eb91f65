/**
 * The core's portability rules (core-rules.ts) over every file in src/core,
 * and proof that the check finds each kind of break it is meant to find.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { checkCoreSource, isRuntimeFile } from './core-rules.ts';

/** Every .ts file under src/core, repo-relative with forward slashes. */
function coreFiles(): string[] {
  const dir = path.join(ROOT, 'src/core');
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/core/${f.split(path.sep).join('/')}`)
    .sort();
}

describe('src/core', () => {
  const files = coreFiles();

  it('is found whole: runtime, build-time and test files', () => {
    // An empty or partial listing would make the next test pass vacuously.
    expect(files).toEqual(
      expect.arrayContaining([
        'src/core/session.ts',
        'src/core/scoring.ts',
        'src/core/i18n.ts',
        'src/core/build-time/story-graph.ts',
        'src/core/session.test.ts',
      ]),
    );
    expect(files.filter(isRuntimeFile).length).toBeGreaterThan(15);
  });

  it('imports no Phaser, Howler, Vite, UI, scenes or audio, uses no DOM global, and its runtime imports no build-time code', () => {
    const findings = files.flatMap((f) => checkCoreSource(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(findings).toEqual([]);
  });
});

describe('checkCoreSource finds', () => {
  const messages = (file: string, source: string) => checkCoreSource(file, source).map((f) => `${f.line}: ${f.message}`);

  it.each([
    ["import Phaser from 'phaser';", /imports "phaser"/],
    ["import { Howl } from 'howler';", /imports "howler"/],
    ["import type { Plugin } from 'vite';", /imports "vite"/],
    ["import { h } from '../ui/dom.ts';", /imports "..\/ui\/dom.ts": the core must not depend on the UI/],
    ["export { game } from '../scenes/game.ts';", /imports "..\/scenes\/game.ts"/],
    ["const m = await import('../audio/sound.ts');", /imports "..\/audio\/sound.ts"/],
    ["type Bus = import('../app-events.ts').AppBus;", /imports "..\/app-events.ts"/],
    ['export const title = () => document.title;', /DOM global "document"/],
    ["export const saved = localStorage.getItem('x');", /DOM global "localStorage"/],
    ['export function draw(el: HTMLCanvasElement) { return el; }', /DOM global "HTMLCanvasElement"/],
    ['export const w = window.innerWidth;', /DOM global "window"/],
    ["export const files = import.meta.glob('./*.json');", /import\.meta\.glob/],
    ['export const dev = import.meta.env.DEV;', /import\.meta\.env/],
  ])('%s', (source, expected) => {
    expect(messages('src/core/example.ts', `// a comment\n${source}\n`)).toEqual([expect.stringMatching(new RegExp(`^2: .*${expected.source}`))]);
  });

  it('build-time code imported by runtime code, but not by build-time code or tests', () => {
    const source = "import { analyseStory } from './build-time/story-graph.ts';\n";
    expect(messages('src/core/scoring.ts', source)).toEqual([expect.stringMatching(/runtime code must not depend on build-time code/)]);
    expect(messages('src/core/build-time/story-report.ts', "import { analyseStory } from './story-graph.ts';\n")).toEqual([]);
    expect(messages('src/core/scoring.test.ts', source)).toEqual([]);
    expect(messages('src/core/session.ts', "import { Compiler } from 'inkjs/full';\n")).toEqual([expect.stringMatching(/build-time code/)]);
  });

  it('Node built-ins in runtime code, but not in build-time code or tests', () => {
    const source = "import fs from 'node:fs';\nimport path from 'path';\nconst here = import.meta.dirname;\n";
    expect(messages('src/core/save.ts', source)).toHaveLength(3);
    expect(messages('src/core/build-time/story-graph.ts', source)).toEqual([]);
    expect(messages('src/core/save.test.ts', source)).toEqual([]);
  });

  it('nothing in comments, strings or property names that merely share a name', () => {
    const source = [
      '// the window scene; document.title; import Phaser from "phaser"',
      "export const label = 'open the window, read the document, import.meta.glob';",
      'export const view = { window: 1, document: 2 };',
      'export const size = (screen: { window: number }) => screen.window;',
      "import { ok } from './tags.ts';",
    ].join('\n');
    expect(messages('src/core/example.ts', source)).toEqual([]);
  });
});
