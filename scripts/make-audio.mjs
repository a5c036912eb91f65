#!/usr/bin/env node
/**
 * Procedural audio for the training simulation (no samples, no downloads).
 *
 * Synthesises every sound as a mono 16-bit WAV in a temporary directory and
 * encodes it with ffmpeg to assets/audio/<name>.webm (Opus, ~32 kbps) and
 * assets/audio/<name>.mp3 (MP3, ~48 kbps).
 *
 *   node scripts/make-audio.mjs            # build everything
 *   node scripts/make-audio.mjs --keep-wav # also keep the WAVs (path printed)
 *   node scripts/make-audio.mjs ambient-office sfx-door   # only these
 *
 * Needs Node >= 20 and ffmpeg on PATH (Debian: apt-get install -y ffmpeg).
 * Importing the module (tests) only exposes the synthesis: SOUNDS, SR, LOOP_S.
 * Output is deterministic: every random source is seeded.
 *
 * Ambient loops are seamless: the noise bed is rendered longer than the loop
 * and its tail is crossfaded into its head; discrete events (clock ticks,
 * bird calls) are then written into the loop circularly, so an event near
 * the end wraps round to the start.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SR = 48000; // sample rate of the synthesised WAVs
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'assets', 'audio');

// ---------------------------------------------------------------- helpers --

/** Seeded PRNG (mulberry32) returning floats in [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const secs = (s) => Math.round(s * SR);
const dbToGain = (db) => Math.pow(10, db / 20);

function white(n, seed) {
  const r = rng(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = r() * 2 - 1;
  return out;
}

/** Pink noise (Paul Kellet's refined filter). */
function pink(n, seed) {
  const w = white(n, seed);
  const out = new Float32Array(n);
  let b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0,
    b4 = 0,
    b5 = 0,
    b6 = 0;
  for (let i = 0; i < n; i++) {
    const x = w[i];
    b0 = 0.99886 * b0 + x * 0.0555179;
    b1 = 0.99332 * b1 + x * 0.0750759;
    b2 = 0.969 * b2 + x * 0.153852;
    b3 = 0.8665 * b3 + x * 0.3104856;
    b4 = 0.55 * b4 + x * 0.5329522;
    b5 = -0.7616 * b5 - x * 0.016898;
    out[i] = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + x * 0.5362) * 0.11;
    b6 = x * 0.115926;
  }
  return out;
}

/** Brown (red) noise: leaky integration of white noise. */
function brown(n, seed) {
  const w = white(n, seed);
  const out = new Float32Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.998 * y + w[i] * 0.04;
    out[i] = y;
  }
  return out;
}

/** RBJ biquad coefficients. type: lowpass | highpass | bandpass. */
function biquadCoefs(type, freq, q) {
  const w0 = (2 * Math.PI * freq) / SR;
  const cos = Math.cos(w0);
  const alpha = Math.sin(w0) / (2 * q);
  let b0, b1, b2;
  if (type === 'lowpass') {
    b0 = (1 - cos) / 2;
    b1 = 1 - cos;
    b2 = (1 - cos) / 2;
  } else if (type === 'highpass') {
    b0 = (1 + cos) / 2;
    b1 = -(1 + cos);
    b2 = (1 + cos) / 2;
  } else {
    b0 = alpha;
    b1 = 0;
    b2 = -alpha; // band-pass, 0 dB peak gain
  }
  const a0 = 1 + alpha;
  return [b0 / a0, b1 / a0, b2 / a0, (-2 * cos) / a0, (1 - alpha) / a0];
}

/**
 * Filter a buffer with a biquad. freq may be a number or a function of the
 * sample index (coefficients are then refreshed every 64 samples).
 */
function biquad(x, type, freq, q = 0.707) {
  const out = new Float32Array(x.length);
  let c = biquadCoefs(type, typeof freq === 'function' ? freq(0) : freq, q);
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < x.length; i++) {
    if (typeof freq === 'function' && (i & 63) === 0) c = biquadCoefs(type, freq(i), q);
    const y = c[0] * x[i] + c[1] * x1 + c[2] * x2 - c[3] * y1 - c[4] * y2;
    x2 = x1;
    x1 = x[i];
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}

/** Smooth random control signal: cosine-interpolated random points at `rate` Hz, in [0, 1]. */
function drift(n, rate, seed) {
  const r = rng(seed);
  const step = SR / rate;
  const pts = [];
  for (let k = 0; k <= Math.ceil(n / step) + 1; k++) pts.push(r());
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const p = i / step;
    const k = Math.floor(p);
    const f = (1 - Math.cos((p - k) * Math.PI)) / 2;
    out[i] = pts[k] * (1 - f) + pts[k + 1] * f;
  }
  return out;
}

/** Small Schroeder reverb (4 combs + 2 all-passes), returns wet signal only. */
function reverb(x, size = 1, damp = 0.4, feedback = 0.78) {
  const combs = [1557, 1617, 1491, 1422].map((d) => Math.round(d * size * (SR / 44100)));
  const wet = new Float32Array(x.length);
  for (const d of combs) {
    const buf = new Float32Array(d);
    let idx = 0,
      lp = 0;
    for (let i = 0; i < x.length; i++) {
      const y = buf[idx];
      lp = y * (1 - damp) + lp * damp;
      buf[idx] = x[i] + lp * feedback;
      idx = (idx + 1) % d;
      wet[i] += y * 0.25;
    }
  }
  for (const d of [225, 556].map((v) => Math.round(v * size * (SR / 44100)))) {
    const buf = new Float32Array(d);
    let idx = 0;
    for (let i = 0; i < wet.length; i++) {
      const b = buf[idx];
      const y = -wet[i] + b;
      buf[idx] = wet[i] + b * 0.5;
      idx = (idx + 1) % d;
      wet[i] = y;
    }
  }
  return wet;
}

function mix(target, src, gain = 1, offset = 0, circular = false) {
  for (let i = 0; i < src.length; i++) {
    let j = i + offset;
    if (circular) j = ((j % target.length) + target.length) % target.length;
    else if (j < 0 || j >= target.length) continue;
    target[j] += src[i] * gain;
  }
  return target;
}

function mul(a, b) {
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] * (typeof b === 'function' ? b(i) : b[i]);
  return out;
}

function peak(x) {
  let p = 0;
  for (let i = 0; i < x.length; i++) p = Math.max(p, Math.abs(x[i]));
  return p;
}

function normalise(x, peakDb) {
  const p = peak(x) || 1;
  const g = dbToGain(peakDb) / p;
  for (let i = 0; i < x.length; i++) x[i] *= g;
  return x;
}

/** Short linear fades at both ends (avoid clicks in one-shots). */
function fadeEnds(x, inS = 0.003, outS = 0.02) {
  const a = secs(inS),
    b = secs(outS);
  for (let i = 0; i < a && i < x.length; i++) x[i] *= i / a;
  for (let i = 0; i < b && i < x.length; i++) x[x.length - 1 - i] *= i / b;
  return x;
}

/**
 * Make a seamless loop of `len` samples from a buffer of at least
 * len + fade samples: the part after `len` is crossfaded (equal power,
 * suitable for uncorrelated noise) into the start.
 */
function loopify(x, len, fade) {
  const out = x.slice(0, len);
  for (let i = 0; i < fade; i++) {
    const t = i / fade;
    out[i] = x[i] * Math.sin((t * Math.PI) / 2) + x[len + i] * Math.cos((t * Math.PI) / 2);
  }
  return out;
}

/** Sine oscillator with frequency (Hz) and amplitude given per sample by functions of time (s). */
function osc(durS, freqFn, ampFn, phase0 = 0) {
  const n = secs(durS);
  const out = new Float32Array(n);
  let ph = phase0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    ph += (2 * Math.PI * freqFn(t)) / SR;
    out[i] = Math.sin(ph) * ampFn(t);
  }
  return out;
}

const expDecay = (tau) => (t) => Math.exp(-t / tau);
/** Attack-then-exponential-decay envelope. */
const ad = (attack, tau) => (t) => (t < attack ? t / attack : Math.exp(-(t - attack) / tau));
/** Smooth bell-shaped window over [0, dur]. */
const hann = (dur) => (t) => (t < 0 || t > dur ? 0 : Math.sin((Math.PI * t) / dur) ** 2);

// ---------------------------------------------------------------- ambients --

const LOOP_S = 12; // 12 s keeps the 48 kbps MP3 under 80 KB
const FADE_S = 2;

function ambientAirport() {
  const len = secs(LOOP_S),
    n = len + secs(FADE_S);
  // Hall hum: deep brown noise plus softer air-handling hiss.
  const hum = biquad(biquad(brown(n, 11), 'lowpass', 180), 'highpass', 35);
  const air = biquad(pink(n, 12), 'lowpass', 700);
  const bed = new Float32Array(n);
  mix(bed, hum, 1.0);
  mix(bed, air, 0.35);
  // Distant murmurs: band-passed noise "voices" with syllable-rate and
  // phrase-rate envelopes, blurred by a hall reverb. No words, no chimes.
  const crowd = new Float32Array(n);
  for (let v = 0; v < 7; v++) {
    const centre = 320 + 70 * v;
    let voice = biquad(pink(n, 100 + v), 'bandpass', centre, 1.4);
    const syl = drift(n, 4 + (v % 3), 200 + v);
    const phrase = drift(n, 0.35, 300 + v);
    voice = mul(voice, (i) => Math.max(0, syl[i] - 0.35) * 1.6 * Math.max(0, phrase[i] - 0.3) * 1.4);
    mix(crowd, voice, 1);
  }
  const crowdLp = biquad(crowd, 'lowpass', 1400);
  const hall = reverb(crowdLp, 1.3, 0.5, 0.82);
  mix(bed, crowdLp, 0.5);
  mix(bed, hall, 0.9);
  const swell = drift(n, 0.12, 13);
  const out = mul(bed, (i) => 0.85 + 0.15 * swell[i]);
  return normalise(loopify(out, len, secs(FADE_S)), -18);
}

function clockTick(tock) {
  const dur = 0.06;
  const click = mul(white(secs(dur), tock ? 21 : 22), (i) => Math.exp(-i / SR / 0.0015));
  const body = biquad(click, 'bandpass', tock ? 1900 : 2300, 2.5);
  const ring = osc(dur, () => (tock ? 1500 : 1750), expDecay(0.007));
  const x = new Float32Array(body.length);
  mix(x, body, 1);
  mix(x, ring, 0.12);
  return biquad(x, 'lowpass', 3500);
}

function ambientOffice() {
  const len = secs(LOOP_S),
    n = len + secs(FADE_S);
  const room = biquad(pink(n, 31), 'lowpass', 900);
  const vent = biquad(biquad(brown(n, 32), 'lowpass', 140), 'highpass', 30);
  const bed = new Float32Array(n);
  mix(bed, room, 0.5);
  mix(bed, vent, 1.0);
  const loop = normalise(loopify(bed, len, secs(FADE_S)), -30);
  // A slow, soft clock: one tick per second (tick, tock), periodic in the loop.
  for (let s = 0; s < LOOP_S; s++) {
    const t = clockTick(s % 2 === 1);
    mix(loop, normalise(t, -27), 1, secs(s + 0.25), true);
  }
  return normalise(loop, -18);
}

/** One bird phrase: a few quick sine chirps with frequency glides. */
function birdCall(kind, seed) {
  const r = rng(seed);
  const notes = [];
  if (kind === 'tweet') {
    const count = 3 + Math.floor(r() * 2);
    for (let k = 0; k < count; k++) {
      const f0 = 3600 + r() * 500,
        f1 = f0 + 700 + r() * 300;
      notes.push({ at: k * 0.13, dur: 0.075, f: (t, d) => f0 + (f1 - f0) * Math.sin((Math.PI * t) / d) });
    }
  } else if (kind === 'down') {
    for (let k = 0; k < 2; k++) {
      const f0 = 5000 + r() * 300,
        f1 = 3200 + r() * 200;
      notes.push({ at: k * 0.22, dur: 0.12, f: (t, d) => f0 + (f1 - f0) * (t / d) });
    }
  } else {
    // 'whistle': two soft longer notes, the second lower.
    const f0 = 2600 + r() * 200;
    notes.push({ at: 0, dur: 0.22, f: (t) => f0 + 120 * Math.sin(2 * Math.PI * 9 * t) });
    notes.push({ at: 0.3, dur: 0.26, f: (t, d) => f0 * 0.84 - 150 * (t / d) });
  }
  const total = Math.max(...notes.map((nn) => nn.at + nn.dur)) + 0.02;
  const out = new Float32Array(secs(total));
  for (const nn of notes) {
    const tone = osc(nn.dur, (t) => nn.f(t, nn.dur), hann(nn.dur));
    mix(out, tone, 1, secs(nn.at));
  }
  return out;
}

function ambientCountryside() {
  const len = secs(LOOP_S),
    n = len + secs(FADE_S);
  // Wind: pink noise through a slowly moving low-pass, with gusts.
  const cut = drift(n, 0.18, 41);
  const gust = drift(n, 0.22, 42);
  let wind = biquad(pink(n, 43), 'lowpass', (i) => 260 + 700 * cut[i], 0.9);
  wind = biquad(wind, 'highpass', 60);
  wind = mul(wind, (i) => 0.45 + 0.55 * gust[i]);
  // Leaves: faint high rustle that follows the gusts.
  const rustle = mul(biquad(pink(n, 44), 'bandpass', 3200, 0.8), (i) => 0.15 * gust[i] ** 2);
  const bed = new Float32Array(n);
  mix(bed, wind, 1);
  mix(bed, rustle, 1);
  const loop = normalise(loopify(bed, len, secs(FADE_S)), -21);
  // Sparse, soft bird calls, spread over the loop (written circularly).
  const calls = [
    { at: 1.1, kind: 'tweet', db: -26 },
    { at: 3.9, kind: 'down', db: -30 },
    { at: 6.4, kind: 'whistle', db: -28 },
    { at: 8.7, kind: 'tweet', db: -31 },
    { at: 11.3, kind: 'down', db: -29 },
  ];
  calls.forEach((c, k) => {
    const dry = biquad(birdCall(c.kind, 50 + k), 'lowpass', 6000);
    const withTail = new Float32Array(dry.length + secs(0.6));
    mix(withTail, dry, 1);
    mix(withTail, reverb(withTail, 0.6, 0.5, 0.6), 0.35);
    mix(loop, normalise(withTail, c.db), 1, secs(c.at), true);
  });
  return normalise(loop, -18);
}

function ambientQuiet() {
  const len = secs(LOOP_S),
    n = len + secs(FADE_S);
  const low = biquad(biquad(brown(n, 61), 'lowpass', 300), 'highpass', 25);
  const air = biquad(pink(n, 62), 'lowpass', 1200);
  const bed = new Float32Array(n);
  mix(bed, low, 1);
  mix(bed, air, 0.12);
  const swell = drift(n, 0.1, 63);
  const out = mul(bed, (i) => 0.8 + 0.2 * swell[i]);
  // Near-silent room tone: deliberately quieter than the other loops.
  return normalise(loopify(out, len, secs(FADE_S)), -26);
}

/**
 * Murmur of a crowd: band-passed noise "voices" with syllable-rate and
 * phrase-rate envelopes (no formants that could read as words), summed.
 */
function murmur(n, voices, seed, centre0, step) {
  const crowd = new Float32Array(n);
  for (let v = 0; v < voices; v++) {
    let voice = biquad(pink(n, seed + v), 'bandpass', centre0 + step * v, 1.4);
    const syl = drift(n, 3.5 + (v % 4) * 0.6, seed + 100 + v);
    const phrase = drift(n, 0.3 + (v % 3) * 0.05, seed + 200 + v);
    voice = mul(voice, (i) => Math.max(0, syl[i] - 0.35) * 1.6 * Math.max(0, phrase[i] - 0.3) * 1.4);
    mix(crowd, voice, 1);
  }
  return crowd;
}

/** A wooden crate set down on stone: a low knock with a falling pitch and a short woody rattle. */
function crateDown(seed) {
  const out = new Float32Array(secs(0.5));
  const knock = osc(0.3, (t) => 95 + 60 * Math.exp(-t / 0.015), ad(0.002, 0.05));
  const wood = mul(biquad(white(secs(0.12), seed), 'bandpass', 650, 1.2), (i) => Math.exp(-i / SR / 0.018));
  // A second, smaller knock: the crate settles.
  const settle = osc(0.2, (t) => 120 + 40 * Math.exp(-t / 0.01), ad(0.002, 0.03));
  mix(out, knock, 1, 0);
  mix(out, wood, 0.7, 0);
  mix(out, settle, 0.4, secs(0.09));
  mix(out, biquad(white(secs(0.06), seed + 1), 'bandpass', 900, 1.5), 0.15, secs(0.09));
  return fadeEnds(biquad(out, 'lowpass', 2200), 0.001, 0.08);
}

/**
 * A hand cart rolling past on cobbles: low rumble with a bump per wheel turn,
 * swelling in and out over `durS` seconds.
 */
function cartPass(durS, seed) {
  const n = secs(durS);
  const rumble = biquad(biquad(brown(n, seed), 'lowpass', 260), 'highpass', 50);
  const r = rng(seed + 1);
  const bumps = new Float32Array(n);
  // Irregular cobble bumps, about five a second.
  for (let t = 0.05; t < durS - 0.1; t += 0.16 + r() * 0.08) {
    const b = mul(biquad(white(secs(0.05), seed + 2 + Math.floor(t * 100)), 'bandpass', 420 + r() * 120, 1.4), (i) => Math.exp(-i / SR / 0.008));
    mix(bumps, b, 0.5 + r() * 0.5, secs(t));
  }
  const x = new Float32Array(n);
  mix(x, rumble, 1);
  mix(x, bumps, 0.35);
  return mul(x, (i) => Math.sin((Math.PI * i) / n) ** 2);
}

function ambientMarket() {
  const len = secs(LOOP_S),
    n = len + secs(FADE_S);
  // Under a roof, open at the sides: a little low rumble, some air, a short room.
  const hum = biquad(biquad(brown(n, 111), 'lowpass', 150), 'highpass', 35);
  const air = biquad(pink(n, 112), 'lowpass', 900);
  // A near crowd and a farther one, both wordless; drier than the airport hall.
  const near = biquad(murmur(n, 6, 120, 300, 85), 'lowpass', 1600);
  const far = biquad(murmur(n, 6, 140, 260, 60), 'lowpass', 900);
  const room = reverb(near, 0.8, 0.55, 0.7);
  const bed = new Float32Array(n);
  mix(bed, hum, 0.6);
  mix(bed, air, 0.3);
  mix(bed, near, 0.45);
  mix(bed, far, 0.5);
  mix(bed, room, 0.45);
  const swell = drift(n, 0.15, 113);
  const loop = normalise(
    loopify(
      mul(bed, (i) => 0.85 + 0.15 * swell[i]),
      len,
      secs(FADE_S),
    ),
    -20,
  );
  // Now and then a cart rolls past and a crate is set down (written circularly).
  const events = [
    { at: 1.6, make: () => cartPass(3.2, 150), db: -27 },
    { at: 5.3, make: () => crateDown(160), db: -27 },
    { at: 8.1, make: () => crateDown(162), db: -30 },
    { at: 9.4, make: () => cartPass(2.6, 155), db: -29 },
  ];
  for (const e of events) {
    const dry = e.make();
    const withTail = new Float32Array(dry.length + secs(0.5));
    mix(withTail, dry, 1);
    mix(withTail, reverb(withTail, 0.8, 0.5, 0.65), 0.3);
    mix(loop, normalise(withTail, e.db), 1, secs(e.at), true);
  }
  return normalise(loop, -18);
}

/** A far hammer blow on steel: a dull knock with a short metallic ring, blurred by distance. */
function hammerBlow(seed) {
  const out = new Float32Array(secs(0.4));
  const knock = mul(biquad(white(secs(0.05), seed), 'bandpass', 1100, 1.2), (i) => Math.exp(-i / SR / 0.006));
  const ring = osc(0.35, () => 1480, expDecay(0.05));
  const ring2 = osc(0.35, () => 2310, expDecay(0.03));
  mix(out, knock, 1, 0);
  mix(out, ring, 0.12, 0);
  mix(out, ring2, 0.05, 0);
  // Distance takes the top off: far and soft, not a clang.
  return fadeEnds(biquad(biquad(out, 'lowpass', 1800), 'lowpass', 2400), 0.001, 0.05);
}

/**
 * A generator or compressor somewhere across the site: a low hum whose
 * partials complete whole cycles in the loop, so it joins seamlessly.
 */
function machineHum(len) {
  const out = new Float32Array(len);
  // Frequencies are multiples of 1/LOOP_S Hz: each partial returns to its start phase at the loop point.
  const partials = [
    [49.5, 1],
    [99, 0.5],
    [148.5, 0.22],
    [198, 0.08],
  ];
  const wobble = 3 / LOOP_S; // a slow beat in the engine's load, three per loop
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    let s = 0;
    for (const [f, a] of partials) s += a * Math.sin(2 * Math.PI * f * t);
    out[i] = s * (0.8 + 0.2 * Math.sin(2 * Math.PI * wobble * t));
  }
  return out;
}

function ambientBuildingSite() {
  const len = secs(LOOP_S),
    n = len + secs(FADE_S);
  // Winter wind: a darker, steadier wind than the countryside's, with slow gusts
  // and a faint hollow whistle riding on them (kept low: it is heard for a quarter of an hour).
  const cut = drift(n, 0.15, 201);
  const gust = drift(n, 0.2, 202);
  let wind = biquad(pink(n, 203), 'lowpass', (i) => 220 + 480 * cut[i], 0.8);
  wind = biquad(wind, 'highpass', 45);
  wind = mul(wind, (i) => 0.6 + 0.4 * gust[i]);
  const whistle = mul(
    biquad(pink(n, 204), 'bandpass', (i) => 620 + 160 * cut[i], 6),
    (i) => 0.25 * gust[i] ** 3,
  );
  const bed = new Float32Array(n);
  mix(bed, wind, 1);
  mix(bed, whistle, 1);
  const loop = normalise(loopify(bed, len, secs(FADE_S)), -21);
  // Machinery hum far away, under the wind.
  // (Pure low partials, unfiltered: a filter's start-up would break the join at the loop point.)
  mix(loop, normalise(machineHum(len), -33), 1);
  // Two short runs of far hammering, a few blows each, with a cold outdoor echo.
  const runs = [
    { at: 2.2, blows: 4, gap: 0.55, db: -29, seed: 210 },
    { at: 8.3, blows: 3, gap: 0.62, db: -31, seed: 220 },
  ];
  for (const run of runs) {
    for (let b = 0; b < run.blows; b++) {
      const dry = hammerBlow(run.seed + b);
      const withTail = new Float32Array(dry.length + secs(0.8));
      mix(withTail, dry, 1);
      mix(withTail, reverb(withTail, 1.2, 0.6, 0.6), 0.4);
      // The last blow of a run is a little softer, as if the work pauses.
      const db = run.db - (b === run.blows - 1 ? 2 : 0);
      mix(loop, normalise(withTail, db), 1, secs(run.at + b * run.gap), true);
    }
  }
  // Wind is denser than the other beds (less quiet between peaks): a lower peak gives it
  // the same integrated loudness as the countryside and airport loops (about -35 LUFS).
  return normalise(loop, -19.5);
}

// ------------------------------------------------------------------- sfx --

/** Soft bell-like tone: a few decaying partials. */
function bell(freq, durS, tau) {
  const partials = [
    [1, 1],
    [2, 0.18],
    [3, 0.06],
    [4.2, 0.03],
  ];
  const out = new Float32Array(secs(durS));
  for (const [m, a] of partials) {
    mix(
      out,
      osc(
        durS,
        () => freq * m,
        (t) => a * (t < 0.008 ? t / 0.008 : Math.exp(-t / (tau / m ** 0.5))),
      ),
      1,
    );
  }
  return out;
}

function sfxAnnouncement() {
  // Two-tone "ding - dong" (G5, then E5) with a small hall tail.
  const out = new Float32Array(secs(1.4));
  mix(out, bell(784, 1.0, 0.35), 1, 0);
  mix(out, bell(659.25, 0.9, 0.35), 1, secs(0.42));
  const dry = biquad(out, 'lowpass', 5000);
  const wet = reverb(dry, 1.0, 0.5, 0.7);
  const x = new Float32Array(dry.length);
  mix(x, dry, 1);
  mix(x, wet, 0.25);
  return normalise(fadeEnds(x, 0.002, 0.25), -14);
}

function sfxPhoneRing() {
  // Two gentle pulses of a soft warble (two sines, slow trill).
  const pulse = (dur) =>
    osc(
      dur,
      (t) => 1040 + 40 * Math.sin(2 * Math.PI * 14 * t),
      (t) => Math.min(1, t / 0.03, (dur - t) / 0.06),
    );
  const pulse2 = (dur) =>
    osc(
      dur,
      (t) => 1300 + 50 * Math.sin(2 * Math.PI * 14 * t),
      (t) => 0.5 * Math.min(1, t / 0.03, (dur - t) / 0.06),
    );
  const out = new Float32Array(secs(1.25));
  for (const at of [0, 0.6]) {
    mix(out, pulse(0.42), 1, secs(at));
    mix(out, pulse2(0.42), 1, secs(at));
  }
  const soft = biquad(out, 'lowpass', 3000);
  return normalise(fadeEnds(soft, 0.002, 0.05), -16);
}

function sfxDoor() {
  // A soft thud (low sine with falling pitch + muffled noise) and a small latch click.
  const out = new Float32Array(secs(0.7));
  const thud = osc(0.4, (t) => 55 + 45 * Math.exp(-t / 0.04), ad(0.004, 0.08));
  const body = mul(biquad(white(secs(0.3), 71), 'lowpass', 350), (i) => Math.exp(-i / SR / 0.04));
  mix(out, thud, 1, 0);
  mix(out, body, 1.2, 0);
  const click = biquad(
    mul(white(secs(0.03), 72), (i) => Math.exp(-i / SR / 0.003)),
    'bandpass',
    2400,
    2,
  );
  mix(out, click, 0.5, secs(0.16));
  const room = reverb(out, 0.5, 0.6, 0.55);
  mix(out, room, 0.15);
  return normalise(fadeEnds(biquad(out, 'lowpass', 4000), 0.002, 0.1), -14);
}

function sfxStamp() {
  // A short muted thump of a rubber stamp on paper on a desk.
  const out = new Float32Array(secs(0.35));
  const thump = osc(0.25, (t) => 70 + 90 * Math.exp(-t / 0.02), ad(0.002, 0.045));
  const tap = mul(biquad(white(secs(0.06), 81), 'bandpass', 900, 0.8), (i) => Math.exp(-i / SR / 0.008));
  mix(out, thump, 1, 0);
  mix(out, tap, 0.6, 0);
  return normalise(fadeEnds(biquad(out, 'lowpass', 2500), 0.001, 0.05), -14);
}

// -------------------------------------------------------------------- ui --

function uiSelect() {
  // Soft click: a tiny filtered noise tick plus a very short wooden-ish tone.
  const out = new Float32Array(secs(0.08));
  const tick = biquad(
    mul(white(secs(0.02), 91), (i) => Math.exp(-i / SR / 0.0025)),
    'bandpass',
    2600,
    1.5,
  );
  const tone = osc(0.06, () => 1250, ad(0.001, 0.012));
  mix(out, tick, 1, 0);
  mix(out, tone, 0.35, 0);
  return normalise(fadeEnds(biquad(out, 'lowpass', 5000), 0.001, 0.02), -20);
}

function uiNote() {
  // Gentle blip: a short rising sine, like a soft "noted" tick.
  const dur = 0.14;
  const blip = osc(
    dur,
    (t) => 880 + 220 * Math.min(1, t / 0.05),
    (t) => Math.min(1, t / 0.006) * Math.exp(-t / 0.035),
  );
  const out = new Float32Array(secs(0.16));
  mix(out, blip, 1, 0);
  return normalise(fadeEnds(out, 0.001, 0.03), -20);
}

// ------------------------------------------------------------ encoding --

const SOUNDS = {
  'ambient-airport': ambientAirport,
  'ambient-office': ambientOffice,
  'ambient-countryside': ambientCountryside,
  'ambient-quiet': ambientQuiet,
  'ambient-market': ambientMarket,
  'ambient-building-site': ambientBuildingSite,
  'sfx-announcement': sfxAnnouncement,
  'sfx-phone-ring': sfxPhoneRing,
  'sfx-door': sfxDoor,
  'sfx-stamp': sfxStamp,
  'ui-select': uiSelect,
  'ui-note': uiNote,
};

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]));
    data.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(SR, 24);
  h.writeUInt32LE(SR * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

function ffmpeg(args) {
  const r = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ffmpeg failed (${args.join(' ')}):\n${r.stderr}`);
}

function main() {
  const argv = process.argv.slice(2);
  const keep = argv.includes('--keep-wav');
  const only = argv.filter((a) => !a.startsWith('--'));
  for (const name of only) {
    if (!(name in SOUNDS)) {
      console.error(`Unknown sound "${name}". Known: ${Object.keys(SOUNDS).join(', ')}`);
      process.exit(2);
    }
  }

  const probe = spawnSync('ffmpeg', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    console.error(
      'make-audio: ffmpeg was not found on PATH.\n' +
        'Install it (Debian/Ubuntu: apt-get install -y ffmpeg) and run again:\n' +
        '  node scripts/make-audio.mjs',
    );
    process.exit(1);
  }

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'make-audio-'));
  const names = only.length ? only : Object.keys(SOUNDS);
  try {
    for (const name of names) {
      const samples = SOUNDS[name]();
      const wavPath = path.join(tmp, `${name}.wav`);
      fs.writeFileSync(wavPath, wav(samples));
      const webm = path.join(OUT_DIR, `${name}.webm`);
      const mp3 = path.join(OUT_DIR, `${name}.mp3`);
      const common = ['-i', wavPath, '-map_metadata', '-1', '-ac', '1'];
      ffmpeg([...common, '-c:a', 'libopus', '-b:a', '32k', '-vbr', 'on', '-application', 'audio', '-fflags', '+bitexact', webm]);
      ffmpeg([...common, '-c:a', 'libmp3lame', '-b:a', '48k', '-ar', '44100', '-id3v2_version', '0', '-fflags', '+bitexact', mp3]);
      const kb = (p) => (fs.statSync(p).size / 1024).toFixed(1).padStart(5);
      const dur = (samples.length / SR).toFixed(2);
      const pk = (20 * Math.log10(peak(samples) || 1e-9)).toFixed(1);
      console.log(`${name.padEnd(20)} ${dur.padStart(5)} s  peak ${pk} dBFS  webm ${kb(webm)} KB  mp3 ${kb(mp3)} KB`);
    }
  } finally {
    if (keep) console.log(`WAV files kept in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The synthesis, for tests (tests/audio/ambient-loops.test.ts): no ffmpeg needed to render the samples. */
export { SOUNDS, SR, LOOP_S };

// Encode only when run as a script, not when a test imports the synthesis.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
