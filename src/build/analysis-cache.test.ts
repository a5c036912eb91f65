import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../core/build-time/story-graph.ts';
import { compileFixture } from '../../tests/helpers.ts';
import { analyserVersion, CACHE_DIR, cachedAnalysis } from './analysis-cache.ts';

const entryOf = (json: string) => path.join(CACHE_DIR, `${crypto.createHash('sha256').update(`${analyserVersion()}\0${json}`).digest('hex')}.json`);

describe('the analysis cache', () => {
  const { json } = compileFixture('mini');
  const fresh = JSON.parse(JSON.stringify(analyseStory(json)));

  it('gives the analysis the analyser gives, cold and warm', () => {
    fs.rmSync(entryOf(json), { force: true });
    expect(cachedAnalysis(json)).toEqual(fresh);
    expect(fs.existsSync(entryOf(json))).toBe(true);
    expect(cachedAnalysis(json)).toEqual(fresh);
  });

  it('misses for another story, and for another analyser version (the key hashes both)', () => {
    const other = compileFixture('fair').json;
    expect(entryOf(other)).not.toBe(entryOf(json));
    expect(cachedAnalysis(other).manifest.meta.scenario).toBe('fair');
    expect(analyserVersion()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never answers from a damaged or foreign entry', () => {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    fs.writeFileSync(entryOf(json), '{"key":"not this one","analysis":{}}');
    expect(cachedAnalysis(json)).toEqual(fresh);
    fs.writeFileSync(entryOf(json), '{"trunc');
    expect(cachedAnalysis(json)).toEqual(fresh);
  });
});
