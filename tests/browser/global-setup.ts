/** Vitest global setup for the browser project: one production build, served on loopback for all browser tests. */
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { url, close } = await buildAndServe('.cache/dist-test');
  project.provide('baseUrl', url);
  return close;
}
