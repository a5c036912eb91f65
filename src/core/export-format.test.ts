import { describe, expect, it } from 'vitest';
import { compileFixture } from '../../tests/helpers.ts';
import { encodeLog } from './decision-log.ts';
import { readExport, serialiseExport, toExport } from './export-format.ts';
import { recordOf } from './results-reporter.ts';
import { Session } from './session.ts';

const { json, manifest } = compileFixture('mini');

/** A finished run of the mini fixture with a note, a better option missed, and an ending. */
function finishedRun() {
  const s = new Session(json, manifest, 7);
  s.dispatch({ type: 'note', indicator: 'retention-of-documents', lineId: s.lineOnScreen });
  s.dispatch({ type: 'choose', choiceId: 'm-003' });
  s.dispatch({ type: 'choose', choiceId: 'm-010' });
  return s;
}

const meta = { trainee: 'Cadet 7', language: 'ru', exportedAt: new Date('2026-12-01T10:00:00.000Z') };

describe('export format v1', () => {
  it('writes exactly what the debrief exported before it had a module: same fields, same order, same values', () => {
    const s = finishedRun();
    const result = s.result();
    // The debrief's `exportOf`, as it was written before this module existed.
    const before = {
      format: 'safe-passage-result',
      version: 1,
      trainee: meta.trainee || null,
      language: meta.language,
      scenario: 'mini',
      storyHash: s.manifest.storyHash,
      exportedAt: meta.exportedAt.toISOString(),
      log: encodeLog(s.log),
      result,
    };
    expect(serialiseExport(toExport(recordOf(s), meta))).toBe(JSON.stringify(before, null, 2));
    expect(toExport(recordOf(s), { ...meta, trainee: '' }).trainee).toBeNull();
  });

  it('round trip: what is written is read back equal, with the log decoded', () => {
    const s = finishedRun();
    const written = toExport(recordOf(s), meta);
    const read = readExport(serialiseExport(written));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    // JSON drops undefined fields (an optional `better`): compare with what JSON keeps.
    expect(read.data).toEqual(JSON.parse(JSON.stringify(written)));
    expect(read.log).toEqual(s.log);
    expect(read.data.result.verdict).toBe('not-passed');
  });

  it('rejects damaged input with a reason naming the problem', () => {
    const good = JSON.parse(serialiseExport(toExport(recordOf(finishedRun()), meta)));
    // The point is to damage any field of parsed JSON, whatever its type.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const damaged = (change: (x: Record<string, any>) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return readExport(JSON.stringify(copy));
    };
    const error = (r: ReturnType<typeof readExport>) => (r.ok ? 'accepted' : r.error);
    expect(error(readExport(''))).toBe('not valid JSON');
    expect(error(readExport('{"format":"safe-passage-result"'))).toBe('not valid JSON');
    expect(error(readExport('[1,2]'))).toBe('not a JSON object');
    expect(error(damaged((x) => (x.format = 'something-else')))).toMatch(/not a Safe Passage result/);
    expect(error(damaged((x) => (x.version = 2)))).toMatch(/newer version/);
    expect(error(damaged((x) => (x.version = '1')))).toMatch(/unknown export version/);
    expect(error(damaged((x) => (x.exportedAt = 'yesterday')))).toMatch(/^exportedAt: /);
    expect(error(damaged((x) => (x.log = 'c:m-003|%%%')))).toMatch(/^log: entry 2/);
    expect(error(damaged((x) => (x.result.verdict = 'excellent')))).toMatch(/^result\.verdict: /);
    expect(error(damaged((x) => (x.result.total.percent = 140)))).toMatch(/^result\.total\.percent: /);
    expect(error(damaged((x) => (x.result.indicators.noticed = ['no-such-indicator'])))).toMatch(/^result\.indicators\.noticed\.0: /);
    expect(error(damaged((x) => delete x.result.decisions))).toMatch(/^result\.decisions: /);
    expect(error(damaged((x) => (x.result.scenario = 'another')))).toMatch(/does not match/);
    expect(error(damaged(() => undefined))).toBe('accepted');
  });
});
