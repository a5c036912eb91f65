/** The product's requirements for every scenario, checked on the real stories. */
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/core/vocabulary.ts';
import { DISCUSSION_END } from '../../src/core/discussion.ts';
import { compileReal, storyIds } from '../helpers.ts';

describe('the shipped scenarios', () => {
  it('include the seven of the library so far', () => {
    expect(storyIds()).toEqual(
      expect.arrayContaining(['departure-gate', 'farm-call', 'hotline', 'winter-site', 'tobacco-harvest', 'market-debt', 'aktobe-case']),
    );
  });

  it('cover every role: each role on the title screen has at least one scenario', () => {
    const covered = new Set(storyIds().flatMap((id) => compileReal(id).manifest.meta.roles));
    expect(ROLES.filter((r) => !covered.has(r))).toEqual([]);
  });
});

describe.each(storyIds())('scenario %s', (id) => {
  const { manifest } = compileReal(id);

  it('has at least 8 decision points on its full paths and at least 3 distinct endings', () => {
    expect(manifest.stats.maxDecisions).toBeGreaterThanOrEqual(8);
    expect(Object.keys(manifest.endings).length).toBeGreaterThanOrEqual(3);
  });

  it('shows at least 4 distinct observable indicators', () => {
    expect(manifest.stats.indicators.length).toBeGreaterThanOrEqual(4);
  });

  it('declares 10-20 minutes, content notes, roles and sources', () => {
    expect(manifest.meta.minutes).toBeGreaterThanOrEqual(10);
    expect(manifest.meta.minutes).toBeLessThanOrEqual(20);
    expect(manifest.meta.contentNotes.length).toBeGreaterThan(0);
    expect(manifest.meta.roles.length).toBeGreaterThan(0);
    expect(manifest.meta.sources.length).toBeGreaterThan(0);
  });

  it('has a best score above zero on every dimension, so percentages mean something', () => {
    expect(manifest.max.identification).toBeGreaterThan(0);
    expect(manifest.max.protection).toBeGreaterThan(0);
    expect(manifest.max.procedure).toBeGreaterThan(0);
  });

  it('has 3-6 discussion questions for a group: at 2-4 decisions, and 1-2 after the ending (docs/authoring.md)', () => {
    const discussion = manifest.discussion ?? {};
    const all = Object.values(discussion).flat();
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.length).toBeLessThanOrEqual(6);
    const end = discussion[DISCUSSION_END] ?? [];
    expect(end.length).toBeGreaterThanOrEqual(1);
    expect(end.length).toBeLessThanOrEqual(2);
    // Keys naming options of one decision count once; a question belongs to a real decision (two or more options).
    const keys = Object.keys(discussion).filter((k) => k !== DISCUSSION_END);
    const decisions = new Set(keys.map((k) => [...(manifest.choices[k]?.siblings ?? [])].sort().join(' ')));
    expect([...decisions].filter((d) => d.split(' ').length < 2)).toEqual([]);
    expect(decisions.size).toBeGreaterThanOrEqual(2);
    expect(decisions.size).toBeLessThanOrEqual(4);
  });
});
