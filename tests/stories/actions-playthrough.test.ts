/**
 * The browser playthrough (tests/browser/play-through.test.ts) played in
 * Node through actions alone: no DOM, no screen, only serialisable actions
 * sent to a `Dispatcher`. It must reach the debrief the browser reaches;
 * the browser test compares its export with this same function's result.
 */
import { describe, expect, it } from 'vitest';
import { leave } from '../../src/core/actions.ts';
import { choicesOf, encodeLog } from '../../src/core/decision-log.ts';
import { readExport, serialiseExport, toExport } from '../../src/core/export-format.ts';
import { INDICATOR_IDS } from '../../src/core/indicators.ts';
import { recordOf } from '../../src/core/results-reporter.ts';
import { Session } from '../../src/core/session.ts';
import { compileReal } from '../helpers.ts';
import { playBestByActions } from '../best-play.ts';

const { json, manifest } = compileReal('departure-gate');

describe('departure-gate through actions alone', () => {
  it('reaches the debrief the browser playthrough reaches, whatever the option order', () => {
    const results = [1, 2, 0xdeadbeef, 123456789].map((seed) => playBestByActions(json, manifest, seed));
    for (const { session, chosen } of results) {
      expect(session.finished).toBe(true);
      const r = session.result();
      // What the browser test asserts of its debrief: an ending, at least 8 decisions reviewed, no critical error.
      expect(r.ending).toBeDefined();
      expect(r.decisions.length).toBeGreaterThanOrEqual(8);
      expect(r.critical).toEqual([]);
      expect(choicesOf(session.log)).toEqual(chosen);
      // The best choices every time: every decision's best option, the graph's best total.
      expect(r.decisions.every((d) => d.better === undefined)).toBe(true);
      expect(r.verdict).toBe('passed');
      // The one note: the notebook's first indicator, on the first screen (the browser's N, Space).
      expect(session.notebook.has(INDICATOR_IDS[0]!)).toBe(true);
    }
    // The option order differs by seed; the path and the result do not.
    const first = results[0]!.session.result();
    for (const { session } of results.slice(1)) {
      const r = session.result();
      expect(choicesOf(session.log)).toEqual(choicesOf(results[0]!.session.log));
      expect({ verdict: r.verdict, total: r.total, dimensions: r.dimensions, indicators: r.indicators }).toEqual({
        verdict: first.verdict,
        total: first.total,
        dimensions: first.dimensions,
        indicators: first.indicators,
      });
    }
  });

  it('its export reads back and its log, replayed through actions, gives the same result', () => {
    const { session } = playBestByActions(json, manifest, 42);
    const read = readExport(serialiseExport(toExport(recordOf(session), { trainee: 'Курсант 7', language: 'ru' })));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const replay = new Session(json, manifest, null);
    for (const action of read.log) expect(replay.dispatch(action), JSON.stringify(action)).toBe(true);
    expect(encodeLog(replay.log)).toBe(read.data.log);
    expect(JSON.parse(JSON.stringify(replay.result()))).toEqual(read.data.result);
  });

  it('a finished run refuses further actions', () => {
    const { session } = playBestByActions(json, manifest, 5);
    const before = encodeLog(session.log);
    expect(session.dispatch(leave())).toBe(false);
    expect(session.dispatch({ type: 'note', indicator: INDICATOR_IDS[1]!, lineId: session.lineOnScreen })).toBe(false);
    expect(encodeLog(session.log)).toBe(before);
  });
});
