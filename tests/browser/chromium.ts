/**
 * Launch a real headless Chromium for browser tests and the benchmark.
 * Uses CHROMIUM_PATH, else Debian's /usr/bin/chromium if installed, else the
 * Chromium shipped inside the npm package @sparticuz/chromium (so
 * `npm install && npm test` works on a fresh machine with no other download).
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags this environment needs (no sandbox as root, no network chatter) plus software WebGL for Phaser. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** Path of the Chromium binary to use. */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

/** Launch headless Chromium. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}
