/**
 * Render public/icons/icon.svg to the PNG sizes an installable web app needs
 * (192 and 512 px, and a 512 px maskable one with a safe margin), with the
 * headless Chromium the tests use. Run after changing the SVG:
 *   npx tsx scripts/make-icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/browser/chromium.ts';

const DIR = path.resolve(import.meta.dirname, '../public/icons');
const svg = fs.readFileSync(path.join(DIR, 'icon.svg'), 'utf8');
const browser = await launchChromium();
try {
  for (const [name, size, margin] of [
    ['icon-192.png', 192, 0],
    ['icon-512.png', 512, 0],
    ['icon-maskable-512.png', 512, 0.1],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inset = Math.round(size * margin);
    await page.setContent(
      `<html><body style="margin:0;background:#141a23"><div style="padding:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px">${svg.replace('<svg ', `<svg width="${size - 2 * inset}" height="${size - 2 * inset}" `)}</div></body></html>`,
    );
    await page.screenshot({ path: path.join(DIR, name), omitBackground: false });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('icons written to', path.relative(process.cwd(), DIR));
