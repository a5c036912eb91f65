/** Build the game for production and serve it on loopback (vite preview), for browser tests and the benchmark. */
import { build, preview, type PreviewServer } from 'vite';
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
