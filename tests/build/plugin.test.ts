/** The Vite plugin in a real `vite build`: a broken story stops the build naming file and line; a good one ships as a hashed module with a prefetch script file and no inline script. */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { inkPlugin } from '../../src/build/vite-plugin-ink.ts';
import { ROOT } from '../helpers.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A tiny site whose page imports the scenario list, with the given stories. */
function site(stories: Record<string, string>): string {
  // Inside the repo (git-ignored .cache) so that 'inkjs' resolves from node_modules.
  fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, '.cache', 'ink-plugin-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'stories'));
  for (const [name, source] of Object.entries(stories)) fs.writeFileSync(path.join(dir, 'stories', name), source);
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body><script type="module" src="./main.js"></script></body></html>',
  );
  fs.writeFileSync(
    path.join(dir, 'main.js'),
    "import { Story } from 'inkjs';\nimport { scenarios } from 'virtual:scenarios';\ndocument.title = String(scenarios.length) + typeof Story;\n",
  );
  return dir;
}

const mini = fs.readFileSync(path.join(ROOT, 'tests/fixtures/mini.ink'), 'utf8');
// mini gives its answers away (the best option is always the longest); fair does not.
const fair = fs.readFileSync(path.join(ROOT, 'tests/fixtures/fair.ink'), 'utf8').replace('# scenario: fair', '# scenario: mini');
const buildSite = (dir: string) =>
  build({ root: dir, configFile: false, logLevel: 'silent', plugins: [inkPlugin()], build: { outDir: path.join(dir, 'dist'), write: true } });

describe('vite build with the ink plugin', () => {
  it('fails on a broken story, naming file and line', async () => {
    const dir = site({ 'mini.ink': mini.replace('#std:seed-001-400', '#std:made-up') });
    await expect(buildSite(dir)).rejects.toThrow(/stories\/mini\.ink:28: unknown standard "made-up"/);
  });

  it('fails on a story whose best option is always the longest, naming file and line', async () => {
    const dir = site({ 'mini.ink': mini });
    await expect(buildSite(dir)).rejects.toThrow(/stories\/mini\.ink:11: assessment: \[en\] the best option is the longest in 100% of decisions/);
  });

  it('ships a good story as a hashed module and prefetches a direct link', async () => {
    const dir = site({ 'mini.ink': fair });
    await buildSite(dir);
    const assets = fs.readdirSync(path.join(dir, 'dist/assets'));
    const story = assets.find((f) => /^story-mini-[0-9a-f]{10}\.js$/.test(f));
    expect(story).toBeDefined();
    const code = fs.readFileSync(path.join(dir, 'dist/assets', story!), 'utf8');
    expect(code).toMatch(/^export const json = /);
    // The runtime ships (Story is used), the compiler never does: no ink parser in any emitted script.
    const scripts = assets
      .filter((a) => a.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(dir, 'dist/assets', f), 'utf8'))
      .join('\n');
    expect(scripts).toMatch(/ChooseChoiceIndex/);
    expect(scripts).not.toMatch(/InkParser/);
    const html = fs.readFileSync(path.join(dir, 'dist/index.html'), 'utf8');
    // The prefetch is a classic script file of its own (async, right after <title>), not inline.
    expect(html).not.toMatch(/<script>|<script(?![^>]*\ssrc=)[^>]*>/);
    const prefetchSrc = /<script src="(?:\.)?\/(assets\/prefetch-[0-9a-f]{10}\.js)" async><\/script>/.exec(html)?.[1];
    expect(prefetchSrc).toBeDefined();
    const prefetch = fs.readFileSync(path.join(dir, 'dist', prefetchSrc!), 'utf8');
    expect(prefetch).toContain(`"mini":"assets/${story}"`);
    expect(prefetch).toContain("k.rel='modulepreload'");
    // The prefetch is found before the page's own module is even requested.
    expect(html.indexOf('prefetch-')).toBeLessThan(html.indexOf('<script type="module"'));
    // Names from a link are looked up as own properties only.
    expect(prefetch).toContain('Object.prototype.hasOwnProperty.call(m,k)');
    // The same script carries the notice for a build opened from a folder: no second classic script.
    expect(prefetch).toContain('data-opened-from-file');
    expect(html.match(/<script\b/g)).toHaveLength(2);
    // A strict CSP ships in the page, first in <head>: scripts from the site only, no inline script, no eval.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self';/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|sha256-/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('bundles the stories into the script when asked (the offline build): no story files, no inline script', async () => {
    const dir = site({ 'mini.ink': fair });
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkPlugin({ bundled: true })],
      build: { outDir: path.join(dir, 'dist'), write: true },
    });
    const assets = fs.readdirSync(path.join(dir, 'dist/assets'));
    expect(assets.filter((f) => f.startsWith('story-'))).toEqual([]);
    const scripts = assets.filter((a) => a.endsWith('.js')).map((f) => fs.readFileSync(path.join(dir, 'dist/assets', f), 'utf8'));
    // The story's compiled JSON is in a script the page itself loads (a chunk here; inlined by the offline config).
    expect(scripts.join('\n')).toMatch(/inkVersion[\s\S]*storyHash/);
    const html = fs.readFileSync(path.join(dir, 'dist/index.html'), 'utf8');
    expect(html).not.toMatch(/<script>/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self';/);
  });
});
