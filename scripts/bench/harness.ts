/**
 * What the benchmark scripts share (scripts/bench.ts, trace.ts, breakdown.ts):
 * the in-page probe that times paints and presses "Begin", and a tiny static
 * server for the builds. One copy, so every script measures the same way.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { TYPES } from '../../tests/browser/server.ts';

/**
 * The in-page probe (an init script). Times are when the browser actually painted the element
 * (Element Timing API: elements marked `elementtiming="begin"` / `"choice"`), in ms since
 * navigation start, the same for every page, in `window.__marks`. "Begin" is pressed `readMs`
 * after it has been painted (0: at once, the earliest a person could; the time is `pressed`);
 * `canvas` is when the Phaser canvas appeared.
 */
export function probe(readMs = 0): string {
  return `
(() => {
  window.__marks = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const k = e.identifier;
      if (window.__marks[k] !== undefined) continue;
      window.__marks[k] = e.renderTime || e.loadTime;
      if (k === 'begin')
        setTimeout(() => {
          window.__marks.pressed = performance.now();
          document.getElementById('content-begin').click();
        }, ${readMs});
    }
  }).observe({ type: 'element', buffered: true });
  new MutationObserver(() => {
    if (window.__marks.canvas === undefined && document.querySelector('#stage canvas')) window.__marks.canvas = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();
`;
}

/**
 * Serve files on 127.0.0.1 (no compression, no caching: the same for every page).
 * `fileFor` maps a request's path to a file, or undefined (403) for one outside the builds;
 * a directory gets its `index.html`.
 */
export function serveFiles(fileFor: (pathname: string) => string | undefined): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    let file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
    if (file === undefined) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`, close: () => server.close() });
    }),
  );
}

/** `rest` joined under `dir`, or undefined if it would leave it. */
export function inside(dir: string, ...rest: string[]): string | undefined {
  const file = path.join(dir, ...rest);
  return file.startsWith(dir) ? file : undefined;
}
