import { describe, expect, it } from 'vitest';
import { EMPTY_CAST, nextCast, sceneChangeProblem, speakerProblem, type Cast } from './cast.ts';
import { compileFixture } from '../../tests/helpers.ts';
import { StoryBuildError } from '../build/compile-story.ts';

import type { LineTags } from './tags.ts';

const tags = (t: Partial<Pick<LineTags, 'scene' | 'enter' | 'leave' | 'phone'>>): Pick<LineTags, 'scene' | 'enter' | 'leave' | 'phone'> => ({
  enter: [],
  leave: [],
  phone: [],
  ...t,
});

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

  it('a change of scene must end a call (#leave), carry it on (#phone again) or bring the caller in (#enter)', () => {
    const onCall: Cast = { present: ['guardia'], phone: ['ngo-worker', 'zamira'] };
    // aktobe-case, "Two weeks after the check": both callers were never released.
    expect(sceneChangeProblem(onCall, tags({ scene: 'investigator-office' }))).toMatch(
      /#scene:investigator-office with ngo-worker, zamira still on the phone \(add #leave:ngo-worker/,
    );
    expect(sceneChangeProblem(onCall, tags({ scene: 'investigator-office', leave: ['ngo-worker', 'zamira'] }))).toBeUndefined();
    expect(sceneChangeProblem(onCall, tags({ scene: 'investigator-office', leave: ['zamira'], phone: ['ngo-worker'] }))).toBeUndefined();
    expect(sceneChangeProblem(onCall, tags({ scene: 'shelter-room', enter: ['ngo-worker', 'zamira'] }))).toBeUndefined();
    expect(sceneChangeProblem(onCall, tags({ scene: 'shelter-room', enter: ['ngo-worker'] }))).toMatch(/with zamira still on the phone/);
    // No change of scene, or nobody on the phone: nothing to say.
    expect(sceneChangeProblem(onCall, tags({}))).toBeUndefined();
    expect(sceneChangeProblem({ present: ['guardia'], phone: [] }, tags({ scene: 'market' }))).toBeUndefined();
  });

  it('the build names file and line of a call left open across a change of scene', () => {
    expect(() => compileFixture('broken/phone-across-scene')).toThrow(
      /phone-across-scene\.ink:10: line x-003: #scene:investigator-office with ngo-worker still on the phone/,
    );
  });

  it('the build names file and line of a speaker who is not there, and of narration given a speaker', () => {
    const absent = () => compileFixture('broken/speaker-absent');
    expect(absent).toThrow(StoryBuildError);
    expect(absent).toThrow(/speaker-absent\.ink:8: line x-001: escort speaks but is not in the scene/);
    expect(() => compileFixture('broken/narration-speaker')).toThrow(/narration-speaker\.ink:10: line x-003: narration has a #speaker:escort/);
  });
});
