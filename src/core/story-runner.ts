/**
 * The story runner wraps inkjs's `Story` (wrap, never inherit; no scene
 * touches the Story). It advances to the next decision, parses tags once
 * into typed objects, and chooses by stable choice id.
 */
import type { Story } from 'inkjs';
import { inkEngine, InkNotLoadedError } from './ink-engine.ts';
import { parseChoiceTags, parseLineTags, withoutGlobalTags, type ChoiceTags, type LineTags, type Parsed } from './tags.ts';

/** A line the trainee sees. */
export interface ShownLine {
  id: string;
  /** English text from the story; the UI translates by `id`. */
  text: string;
  tags: LineTags;
}

/** A choice on offer. */
export interface OfferedChoice {
  id: string;
  text: string;
  tags: ChoiceTags;
}

/** What the story shows between two decisions. */
export interface Step {
  lines: ShownLine[];
  choices: OfferedChoice[];
  /** Set when the step ends the story. */
  ending?: { id: string; lineId: string };
}

/** A line as ink gave it: trimmed text, its tags parsed (with what was wrong with them). */
export interface ReadLine {
  text: string;
  tags: Parsed<LineTags>;
}

/** A choice as ink offers it: trimmed text, its tags parsed (with what was wrong with them). */
export interface ReadChoice {
  text: string;
  tags: Parsed<ChoiceTags>;
}

/**
 * Continue a Story until it offers choices or ends: the one step loop shared
 * by the runner (play) and the build-time walk over every path, so both read
 * a story the same way. Lines that are empty and untagged (ink's blank
 * continuations) are skipped; a story's global tags, which ink repeats on the
 * first line, are dropped.
 */
export function continueToDecision(story: Story): { lines: ReadLine[]; choices: ReadChoice[] } {
  const lines: ReadLine[] = [];
  while (story.canContinue) {
    const text = (story.Continue() ?? '').trim();
    const rawTags = withoutGlobalTags(story.currentTags ?? []);
    if (text === '' && rawTags.length === 0) continue;
    lines.push({ text, tags: parseLineTags(rawTags) });
  }
  const choices = story.currentChoices.map((c) => ({ text: c.text.trim(), tags: parseChoiceTags(c.tags ?? []) }));
  return { lines, choices };
}

/** An opaque saved position of a runner. */
export interface RunnerSnapshot {
  readonly state: string;
  readonly step: Step;
  readonly transcriptLength: number;
  readonly offeredLength: number;
}

/** Thrown when a choice id is not on offer (e.g. replaying an edited story). */
export class UnknownChoiceError extends Error {
  constructor(
    readonly choiceId: string,
    readonly offered: string[],
  ) {
    super(`choice "${choiceId}" is not on offer (offered: ${offered.join(', ') || 'none'})`);
  }
}

export class StoryRunner {
  private storyInstance?: Story;
  /** True while the first step shown came from build-time data and the Story has not caught up. */
  private precomputed = false;
  private step: Step;
  /** Every line shown since the start, in order. */
  readonly transcript: ShownLine[] = [];
  /** The ids of the choices on offer at each decision taken, in order. */
  readonly offered: string[][] = [];
  /**
   * For each decision taken, the situation it answered: the line of its passage marked `#situation`, else the last
   * line shown before it.
   */
  readonly situations: (string | undefined)[] = [];
  /** For each decision taken, how many lines had been shown when it was taken (where it goes in the transcript). */
  readonly chosenAt: number[] = [];

  /**
   * @param storyJson compiled ink JSON (string or parsed object)
   * @param firstStep the story's first step as the build computed it (manifest.firstStep): the
   *   runner shows it at once and builds the ink Story only when it is needed (a choice, a
   *   snapshot) or warmed in idle time - building it is the slow part of opening a scenario.
   */
  constructor(
    private readonly storyJson: string | object,
    firstStep?: Step,
  ) {
    this.precomputed = !!firstStep;
    if (firstStep) {
      this.step = firstStep;
      this.transcript.push(...firstStep.lines);
    } else {
      this.step = this.advance();
    }
  }

  /** The ink Story, built on first use; with a precomputed first step, it is advanced past it. */
  private get story(): Story {
    if (!this.storyInstance) {
      const Story = inkEngine();
      if (!Story) throw new InkNotLoadedError();
      const story = new Story(this.storyJson as string);
      story.onError = (message) => {
        throw new Error(`story error: ${message}`);
      };
      this.storyInstance = story;
      if (this.precomputed) {
        this.precomputed = false;
        // The first step was shown from build-time data: run the story to the same point, checking it agrees.
        const ids = this.transcript.map((l) => l.id).join();
        this.transcript.length = 0;
        const step = this.advance();
        if (this.transcript.map((l) => l.id).join() !== ids || step.choices.map((c) => c.id).join() !== this.step.choices.map((c) => c.id).join()) {
          throw new Error('the precomputed first step does not match the story (rebuild the story module)');
        }
      }
    }
    return this.storyInstance;
  }

  /** True when choosing or taking a snapshot needs no download first (the ink runtime is here, or the story is built). */
  get ready(): boolean {
    return !!this.storyInstance || !!inkEngine();
  }

  /** Build the ink Story now (in idle time), so the first choice does not wait for it. */
  warm(): void {
    void this.story;
  }

  /** The current step: the lines since the last decision and the choices now on offer. */
  get current(): Step {
    return this.step;
  }

  /** Global tags of the story (scenario metadata, unparsed). */
  get globalTags(): string[] {
    return this.story.globalTags ?? [];
  }

  /** True when the story has reached an ending. */
  get ended(): boolean {
    return this.step.choices.length === 0;
  }

  /** Choose by stable id and advance to the next decision. */
  choose(choiceId: string): Step {
    const index = this.step.choices.findIndex((c) => c.id === choiceId);
    if (index < 0)
      throw new UnknownChoiceError(
        choiceId,
        this.step.choices.map((c) => c.id),
      );
    // The story first: if it cannot be built (no ink runtime yet), nothing is recorded.
    const story = this.story;
    this.offered.push(this.step.choices.map((c) => c.id));
    this.situations.push([...this.step.lines].reverse().find((l) => l.tags.situation)?.id ?? this.transcript.at(-1)?.id);
    this.chosenAt.push(this.transcript.length);
    story.ChooseChoiceIndex(index);
    this.step = this.advance();
    return this.step;
  }

  /** A snapshot to return to later (rewinding to a decision; walking every path in tests). */
  snapshot(): RunnerSnapshot {
    return { state: this.story.state.ToJson(), step: this.step, transcriptLength: this.transcript.length, offeredLength: this.offered.length };
  }

  /** Return to a snapshot taken from this runner. */
  restore(snapshot: RunnerSnapshot): void {
    this.story.state.LoadJson(snapshot.state);
    this.step = snapshot.step;
    this.transcript.length = snapshot.transcriptLength;
    this.offered.length = snapshot.offeredLength;
    this.situations.length = snapshot.offeredLength;
    this.chosenAt.length = snapshot.offeredLength;
  }

  /** Continue to the next decision (or the end), recording the lines shown. */
  private advance(): Step {
    const read = continueToDecision(this.story);
    let ending: Step['ending'];
    const lines = read.lines.map(({ text, tags: { value: tags } }): ShownLine => {
      const line: ShownLine = { id: tags.id ?? '', text, tags };
      if (tags.ending) ending = { id: tags.ending, lineId: line.id };
      return line;
    });
    this.transcript.push(...lines);
    const choices = read.choices.map(({ text, tags: { value: tags } }): OfferedChoice => ({ id: tags.id ?? '', text, tags }));
    return { lines, choices, ending: choices.length === 0 ? ending : undefined };
  }
}
