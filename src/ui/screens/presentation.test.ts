import { describe, expect, it } from 'vitest';
import { compileReal } from '../../../tests/helpers.ts';
import { Session } from '../../core/session.ts';
import { bestOf } from '../../core/scoring.ts';
import { presentationState } from './play.ts';

describe('presentationState', () => {
  it('starts from the setting and its default ambient, then follows #scene and #ambient tags', () => {
    const { json, manifest } = compileReal('farm-call');
    const s = new Session(json, manifest);
    const start = presentationState(s);
    expect(start.scene).toBe('consulate-office');
    expect(['office', 'quiet', 'countryside']).toContain(start.ambient);
    // Walk the best choices until a #scene tag changes the background, and check it is followed.
    let changed = false;
    for (let i = 0; i < 30 && !s.finished && !changed; i++) {
      s.choose(bestOf(s.step.choices.map((c) => c.id), manifest)!.id);
      const last = [...s.transcript].reverse().find((l) => l.tags.scene);
      if (last?.tags.scene && last.tags.scene !== 'consulate-office') {
        expect(presentationState(s).scene).toBe(last.tags.scene);
        changed = true;
      }
    }
    expect(changed).toBe(true);
  });
});

describe('presentationState: the cast', () => {
  it('shows who the story says is there, with the speaker and their mood', async () => {
    const { compileFixture } = await import('../../../tests/helpers.ts');
    const { json, manifest } = compileFixture('mini');
    const s = new Session(json, manifest, 1);
    expect(presentationState(s).cast).toEqual({ present: ['escort'], phone: [], speaker: 'escort', moods: { escort: 'calm' } });
  });
});
