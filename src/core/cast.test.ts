import { describe, expect, it } from 'vitest';
import { EMPTY_CAST, nextCast, speakerProblem, type Cast } from './cast.ts';
import { compileFixture } from '../../tests/helpers.ts';
import { StoryBuildError } from '../build/compile-story.ts';

import type { LineTags } from './tags.ts';

const tags = (t: Partial<Pick<LineTags, 'scene' | 'enter' | 'leave' | 'phone'>>) => ({ enter: [], leave: [], phone: [], ...t });

describe('the cast', () => {
  it('follows entrances, exits and calls; a change of scene empties the room but keeps a call', () => {
    let cast = nextCast(EMPTY_CAST, tags({ enter: ['escort', 'aigerim'] }));
    expect(cast).toEqual({ present: ['escort', 'aigerim'], phone: [] });
    cast = nextCast(cast, tags({ leave: ['escort'], phone: ['rustam'] }));
    expect(cast).toEqual({ present: ['aigerim'], phone: ['rustam'] });
    cast = nextCast(cast, tags({ scene: 'airport-office', enter: ['dana'] }));
    expect(cast).toEqual({ present: ['dana'], phone: ['rustam'] });
  });

  it('lets only someone in the scene or on the phone speak, and only in quotation marks', () => {
    const cast: Cast = { present: ['escort'], phone: ['rustam'] };
    expect(speakerProblem(cast, { speaker: 'escort' }, '"Good evening."')).toBeUndefined();
    expect(speakerProblem(cast, { speaker: 'rustam' }, '«Алло?»')).toBeUndefined();
    expect(speakerProblem(cast, { speaker: 'colleague' }, '"Hi."')).toMatch(/colleague speaks but is not in the scene/);
    expect(speakerProblem(cast, { speaker: 'escort' }, 'She shrugs and walks away.')).toMatch(/narration has a #speaker:escort/);
    expect(speakerProblem(cast, { speaker: 'trainee' }, '"Where will you work?"')).toBeUndefined();
    expect(speakerProblem(cast, {}, 'Narration, with a "quote" inside.')).toBeUndefined();
  });

  it('the build names file and line of a speaker who is not there, and of narration given a speaker', () => {
    const absent = () => compileFixture('broken/speaker-absent');
    expect(absent).toThrow(StoryBuildError);
    expect(absent).toThrow(/speaker-absent\.ink:8: line x-001: escort speaks but is not in the scene/);
    expect(() => compileFixture('broken/narration-speaker')).toThrow(/narration-speaker\.ink:10: line x-003: narration has a #speaker:escort/);
  });
});
