/**
 * Sound with Howler: one ambient loop per setting (cross-faded), one-shot
 * effects and UI sounds. Volume and mute come from the saved preferences.
 * Loaded lazily after the first screen; every file exists as WebM/Opus and
 * MP3 so old browsers still play it.
 */
import { Howl, Howler } from 'howler';
import type { AppBus, LatestState } from '../app-events.ts';
import type { Ambient, Sfx } from '../core/vocabulary.ts';

const files = import.meta.glob<string>('../../assets/audio/*.{webm,mp3}', { query: '?url', import: 'default', eager: true });

/** The [webm, mp3] URLs of a sound, or undefined if it is not shipped. */
function sources(name: string): string[] | undefined {
  const find = (ext: string) => Object.entries(files).find(([p]) => p.endsWith(`/${name}.${ext}`))?.[1];
  const list = [find('webm'), find('mp3')].filter((u): u is string => !!u);
  return list.length ? list : undefined;
}

const AMBIENT_VOLUME = 0.5;
const FADE_MS = 800;

export class SoundBoard {
  private readonly cache = new Map<string, Howl>();
  private ambient?: { name: Ambient; howl: Howl; id: number };

  private howl(name: string, loop = false): Howl | undefined {
    let h = this.cache.get(name);
    if (!h) {
      const src = sources(name);
      if (!src) return undefined;
      h = new Howl({ src, loop, preload: true, format: ['webm', 'mp3'] });
      this.cache.set(name, h);
    }
    return h;
  }

  /** Set master volume (0-1) and mute. */
  setVolume(volume: number, muted: boolean): void {
    Howler.volume(volume);
    Howler.mute(muted);
  }

  /** Cross-fade to an ambient loop, or fade out with null. */
  playAmbient(name: Ambient | null): void {
    if (this.ambient?.name === name) return;
    const old = this.ambient;
    if (old) {
      old.howl.fade(AMBIENT_VOLUME, 0, FADE_MS, old.id);
      old.howl.once('fade', () => old.howl.stop(old.id), old.id);
    }
    this.ambient = undefined;
    if (!name) return;
    const howl = this.howl(`ambient-${name}`, true);
    if (!howl) return;
    const id = howl.play();
    howl.volume(0, id);
    howl.fade(0, AMBIENT_VOLUME, FADE_MS, id);
    this.ambient = { name, howl, id };
  }

  /** Play a one-shot effect or UI sound. */
  play(name: `sfx-${Sfx}` | 'ui-select' | 'ui-note'): void {
    this.howl(name)?.play();
  }
}

/** Connect a sound board to the app's events. */
export function startAudio(bus: AppBus, latest: LatestState): SoundBoard {
  const board = new SoundBoard();
  if (latest.prefs) board.setVolume(latest.prefs.volume, latest.prefs.muted);
  if (latest.ambient) board.playAmbient(latest.ambient);
  bus.on('prefs', (p) => board.setVolume(p.volume, p.muted));
  bus.on('ambient', (a) => board.playAmbient(a));
  bus.on('sfx', (s) => board.play(`sfx-${s}`));
  bus.on('ui', (u) => board.play(`ui-${u}`));
  return board;
}
