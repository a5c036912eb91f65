/**
 * Time spent playing, for the debrief's "Time" line: a run can be resumed
 * hours or days later, so the time from start to finish says nothing about
 * the time spent. This clock counts time on the play screen while the page
 * is in view, one stretch between inputs at a time, and counts a stretch
 * with no key or pointer input for longer than `idleCapMs` as `idleCapMs`
 * (a trainee who walks away from an open page is not playing; one reading
 * a long passage for a minute or two is). Pure: the caller gives the time.
 */
export const IDLE_CAP_MS = 5 * 60_000;

export class ActiveClock {
  /** When the stretch being counted began; undefined while the page is out of view. */
  private since: number | undefined;

  constructor(
    now: number,
    private readonly idleCapMs = IDLE_CAP_MS,
  ) {
    this.since = now;
  }

  /** The stretch up to `now` (at most the cap), and a new one begins: call on every input. */
  take(now: number): number {
    if (this.since === undefined) return 0;
    const counted = Math.min(Math.max(0, now - this.since), this.idleCapMs);
    this.since = now;
    return counted;
  }

  /** The page went out of view (another tab, a closed lid): the stretch up to now, then nothing until `resume`. */
  pause(now: number): number {
    const counted = this.take(now);
    this.since = undefined;
    return counted;
  }

  /** The page is in view again. */
  resume(now: number): void {
    this.since ??= now;
  }
}
