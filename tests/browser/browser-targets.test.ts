/**
 * What old classroom PCs run: Chrome 109 (the last for Windows 7) and Firefox
 * 115 ESR. Every script of the production build (the one the browser tests
 * serve) and of the offline build is parsed by es-check, which fails on any
 * syntax or built-in those browsers lack (and also holds them to ES2020, the
 * build's target). CSS is not checked this way; see the README.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { build } from 'vite';
import { ROOT } from './server.ts';

const ES_CHECK = path.join(ROOT, 'node_modules/.bin/es-check');
const SERVED = path.join(ROOT, '.cache/dist-test');
const OFFLINE = path.join(ROOT, '.cache/dist-offline-targets');

beforeAll(async () => {
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.offline.config.ts'), logLevel: 'warn', build: { outDir: OFFLINE } });
});

/** Run es-check; returns its exit status and output. */
function esCheck(args: string[]): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(ES_CHECK, [...args, '--noColor'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

const scripts = (dir: string) => path.join(path.relative(ROOT, dir), 'assets/*.js');

it('the served build runs on Chrome 109 and Firefox 115 (and is ES2020)', () => {
  expect(fs.readdirSync(path.join(SERVED, 'assets')).filter((f) => f.endsWith('.js')).length).toBeGreaterThan(5);
  const browsers = esCheck(['checkBrowser', scripts(SERVED), '--module', '--checkFeatures', '--browserslistQuery=chrome 109, firefox 115']);
  expect(browsers.status, browsers.output).toBe(0);
  const es2020 = esCheck(['es2020', scripts(SERVED), '--module', '--checkFeatures']);
  expect(es2020.status, es2020.output).toBe(0);
});

it('the offline build (a classic script, not a module) runs on Chrome 109 and Firefox 115 (and is ES2020)', () => {
  const browsers = esCheck(['checkBrowser', scripts(OFFLINE), '--checkFeatures', '--browserslistQuery=chrome 109, firefox 115']);
  expect(browsers.status, browsers.output).toBe(0);
  const es2020 = esCheck(['es2020', scripts(OFFLINE), '--checkFeatures']);
  expect(es2020.status, es2020.output).toBe(0);
});

it('the check can fail: the same scripts are not ES2019', () => {
  const older = esCheck(['es2019', scripts(SERVED), '--module', '--checkFeatures']);
  expect(older.status).not.toBe(0);
  expect(older.output).toMatch(/OptionalChaining|NullishCoalescing/);
});
