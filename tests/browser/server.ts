/** Build the game for production and serve it on loopback (vite preview), for browser tests and the benchmark. */
import { build, preview, type PreviewServer } from 'vite';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Build into `outDir` (relative to the repo) and serve it; returns the base URL and a close function. */
export async function buildAndServe(outDir = 'dist', port = 0): Promise<{ url: string; close: () => Promise<void>; server: PreviewServer }> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir } });
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { port, host: '127.0.0.1', strictPort: false } });
  const address = server.httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${actualPort}/`, server, close: () => server.close() };
}

/** Content types of the files a build serves (shared with the benchmark's server, scripts/bench/harness.ts). */
export const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
};

/**
 * Serve a folder on loopback with plain Node http, no caching, for tests that
 * must control what is served (`intercept` answers a request itself and returns true).
 */
export async function serveFolder(
  dir: string,
  intercept?: (req: http.IncomingMessage, res: http.ServerResponse, file: string) => boolean,
): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    let file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (intercept?.(req, res, file)) return;
    if (!file.startsWith(dir) || !fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() };
}
