import { describe, expect, it } from 'vitest';
import type { ShownLine } from '../../core/story-runner.ts';
import { parseLineTags } from '../../core/tags.ts';
import { enterEvents, presentationState, stepEvents } from './presentation.ts';

/** A line as the story runner gives it, from its raw ink tags. */
function line(id: string, ...tags: string[]): ShownLine {
  const parsed = parseLineTags([`id:${id}`, ...tags]);
  if (parsed.errors.length) throw new Error(parsed.errors.join('; '));
  return { id, text: `"${id}"`, tags: parsed.value };
}

// A tiny story: an escort arrives in the hall, the scene moves to the office (the stage empties),
// a colleague enters and speaks, a caller rings, the colleague leaves.
const hall = [line('t-1', 'speaker:escort', 'mood:calm', 'enter:escort', 'sfx:announcement')];
const office = [
  line('t-2', 'scene:airport-office', 'ambient:office', 'sfx:door'),
  line('t-3', 'speaker:colleague', 'mood:guarded', 'enter:colleague'),
  line('t-4', 'speaker:rustam', 'phone:rustam', 'sfx:phone-ring'),
];
const after = [line('t-5', 'leave:colleague')];

describe('presentationState', () => {
  it('starts from the setting and its default ambient', () => {
    expect(presentationState('airport-hall', [])).toEqual({
      scene: 'airport-hall',
      ambient: 'airport',
      cast: { present: [], phone: [], speaker: undefined, moods: {} },
    });
  });

  it('follows #scene, #ambient and who enters, calls and leaves, with the latest speaker in the room and each mood', () => {
    expect(presentationState('airport-hall', hall).cast).toEqual({ present: ['escort'], phone: [], speaker: 'escort', moods: { escort: 'calm' } });
    const inOffice = presentationState('airport-hall', [...hall, ...office]);
    expect(inOffice.scene).toBe('airport-office');
    expect(inOffice.ambient).toBe('office');
    // The change of scene emptied the stage: the escort stayed in the hall.
    // Rustam spoke last, but on the phone: the colleague, who spoke before him in the room, stands in front.
    expect(inOffice.cast).toEqual({
      present: ['colleague'],
      phone: ['rustam'],
      speaker: 'colleague',
      moods: { escort: 'calm', colleague: 'guarded', rustam: 'neutral' },
    });
    // The last speaker is in front only while still there.
    const colleagueSpoke = presentationState('airport-hall', [...hall, ...office.slice(0, 2), ...after]);
    expect(colleagueSpoke.cast.speaker).toBeUndefined();
  });
});

describe('who stands in front', () => {
  it('the latest speaker still in the room, not whoever came in first, when the last speaker has left', () => {
    // winter-site ws-013 to ws-092: Ermek and the major arrive, Kamol comes and speaks, the major speaks and drives off.
    const site = [
      line('w-1', 'enter:major', 'enter:guardia'),
      line('w-2', 'enter:kamol'),
      line('w-3', 'speaker:kamol', 'mood:calm'),
      line('w-4', 'speaker:major'),
      line('w-5', 'leave:major'),
    ];
    const state = presentationState('construction-site', site);
    expect(state.cast.present).toEqual(['guardia', 'kamol']);
    expect(state.cast.speaker).toBe('kamol');
    // Nobody who spoke is left in the room: no one in particular in front.
    expect(presentationState('construction-site', [...site, line('w-6', 'leave:kamol')]).cast.speaker).toBeUndefined();
  });
});

describe('ambient on a change of scene', () => {
  it("a #scene with no #ambient plays the new background's own loop; an #ambient on the line wins", () => {
    // winter-site: from the windy building site to the shelter, with no #ambient on the shelter line.
    const site = [line('w-1', 'scene:construction-site', 'ambient:building-site')];
    const shelter = [line('w-2', 'scene:shelter-room')];
    expect(presentationState('construction-site', site).ambient).toBe('building-site');
    const inShelter = presentationState('construction-site', [...site, ...shelter]);
    expect(inShelter.ambient).toBe('quiet');
    expect(stepEvents(shelter, inShelter, 'all')).toContainEqual({ type: 'ambient', payload: 'quiet' });
    // A line without a scene change leaves the loop alone; an explicit #ambient overrides the background's.
    expect(presentationState('construction-site', [...site, ...shelter, line('w-3', 'speaker:narrator')]).ambient).toBe('quiet');
    expect(presentationState('construction-site', [...site, line('w-4', 'scene:shelter-room', 'ambient:office')]).ambient).toBe('office');
    expect(stepEvents([line('w-5', 'speaker:narrator')], inShelter, 'all').map((e) => e.type)).toEqual(['cast']);
  });
});

describe('stepEvents', () => {
  it('a new step: scene, ambient and sound effects in line order, then the cast', () => {
    const state = presentationState('airport-hall', [...hall, ...office]);
    expect(stepEvents(office, state, 'all')).toEqual([
      { type: 'scene', payload: 'airport-office' },
      { type: 'ambient', payload: 'office' },
      { type: 'sfx', payload: 'door' },
      { type: 'sfx', payload: 'phone-ring' },
      { type: 'cast', payload: state.cast },
    ]);
  });

  it('the same step drawn again (a resume): no one-shot sounds', () => {
    const state = presentationState('airport-hall', [...hall, ...office]);
    expect(stepEvents(office, state, 'state').map((e) => e.type)).toEqual(['scene', 'ambient', 'cast']);
  });

  it('arriving: the play screen with the current background and ambient', () => {
    expect(enterEvents(presentationState('airport-hall', [...hall, ...office]))).toEqual([
      { type: 'screen', payload: { name: 'play', setting: 'airport-office' } },
      { type: 'ambient', payload: 'office' },
    ]);
  });
});
