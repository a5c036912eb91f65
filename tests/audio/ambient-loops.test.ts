/**
 * The ambient loops. Nobody can listen to them in CI, so the synthesis of
 * scripts/make-audio.mjs is rendered here (no ffmpeg needed) and measured:
 * every AMBIENTS entry has a loop, twelve seconds long, seamless at the loop
 * point, as loud as the loops already shipped and with no event that jumps
 * out of it; the shipped files exist in both formats, under the size limit,
 * and are listed in docs/assets.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMBIENTS, SCENE_AMBIENT, type Ambient } from '../../src/core/vocabulary.ts';
import { LOOP_S, SOUNDS, SR } from '../../scripts/make-audio.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const AUDIO = path.join(ROOT, 'assets', 'audio');
/** The loops of issue 8, measured against the four that were there before them. */
const NEW: readonly Ambient[] = ['market', 'building-site'];
/** Near-silent room tone: quieter on purpose (docs/assets.md), so not a reference for loudness. */
const REFERENCE: readonly Ambient[] = ['airport', 'office', 'countryside'];

const db = (v: number) => 20 * Math.log10(Math.max(v, 1e-9));

function rms(x: Float32Array, from = 0, to = x.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += x[i]! * x[i]!;
  return Math.sqrt(sum / Math.max(1, to - from));
}

/** Level of each 400 ms block (dBFS RMS), as EBU R 128's momentary loudness is measured. */
function blocks(x: Float32Array): number[] {
  const size = Math.round(0.4 * SR);
  const out: number[] = [];
  for (let i = 0; i + size <= x.length; i += size) out.push(db(rms(x, i, i + size)));
  return out;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

interface Measure {
  samples: Float32Array;
  /** RMS level of the whole loop, dBFS. */
  level: number;
  peak: number;
  /** How far the loudest 400 ms block stands above the median block (dB): events jumping out. */
  spread: number;
}

const cache = new Map<Ambient, Measure>();
function measure(name: Ambient): Measure {
  let m = cache.get(name);
  if (!m) {
    const make = SOUNDS[`ambient-${name}`];
    if (!make) throw new Error(`scripts/make-audio.mjs has no ambient-${name}`);
    const samples = make();
    let peak = 0;
    for (const v of samples) peak = Math.max(peak, Math.abs(v));
    const b = blocks(samples);
    m = { samples, level: db(rms(samples)), peak: db(peak), spread: Math.max(...b) - median(b) };
    cache.set(name, m);
  }
  return m;
}

describe('ambient loops', () => {
  it('every AMBIENTS entry is synthesised, shipped as WebM and MP3 under 80 KB, and listed in docs/assets.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'assets.md'), 'utf8');
    for (const name of AMBIENTS) {
      expect(SOUNDS, name).toHaveProperty(`ambient-${name}`);
      for (const ext of ['webm', 'mp3']) {
        const file = path.join(AUDIO, `ambient-${name}.${ext}`);
        expect(fs.existsSync(file), file).toBe(true);
        expect(fs.statSync(file).size, file).toBeLessThan(80 * 1024);
      }
      // The Matroska DURATION tag ffmpeg writes: the shipped file is the twelve-second loop.
      const webm = fs.readFileSync(path.join(AUDIO, `ambient-${name}.webm`)).toString('latin1');
      expect(webm.match(/00:00:(\d\d\.\d+)/)?.[1], `ambient-${name}.webm duration`).toMatch(/^12\.0/);
      expect(doc, `docs/assets.md row for ambient-${name}`).toMatch(new RegExp(`^\\| \`ambient-${name}\` \\| loop`, 'm'));
    }
  });

  it('the market and the winter building site have loops of their own', () => {
    expect(SCENE_AMBIENT.market).toBe('market');
    expect(SCENE_AMBIENT['construction-site']).toBe('building-site');
  });

  it.each(NEW)('%s is a seamless twelve-second loop', (name) => {
    const { samples } = measure(name);
    expect(samples.length).toBe(LOOP_S * SR);
    // The step from the last sample to the first is no bigger than the steps inside the loop.
    const steps: number[] = [];
    for (let i = 1; i < samples.length; i++) steps.push(Math.abs(samples[i]! - samples[i - 1]!));
    steps.sort((a, b) => a - b);
    const joint = Math.abs(samples[0]! - samples[samples.length - 1]!);
    expect(joint).toBeLessThanOrEqual(steps[Math.floor(steps.length * 0.999)]!);
    // And the level does not jump there: the last and first 100 ms are within 3 dB of each other.
    const w = Math.round(0.1 * SR);
    expect(Math.abs(db(rms(samples, samples.length - w)) - db(rms(samples, 0, w)))).toBeLessThan(3);
  });

  it.each(NEW)('%s is as loud as the shipped loops, and nothing in it jumps out', (name) => {
    const refs = REFERENCE.map(measure);
    const m = measure(name);
    const low = Math.min(...refs.map((r) => r.level));
    const high = Math.max(...refs.map((r) => r.level));
    expect(m.level).toBeGreaterThanOrEqual(low - 1);
    expect(m.level).toBeLessThanOrEqual(high + 1);
    // Peaks at or below the others' -18 dBFS.
    expect(m.peak).toBeLessThanOrEqual(-18 + 0.01);
    expect(m.peak).toBeGreaterThan(-21);
    // A cart, a crate or a hammer blow stands out of the bed no more than a bird call or a clock tick does.
    expect(m.spread).toBeLessThanOrEqual(Math.max(...refs.map((r) => r.spread)) + 1);
  });
});
