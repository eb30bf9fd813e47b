import type { PlayedStep, Scenarios, StoryPreview } from '@shared/scenario';
import { describeError } from './describe-error';
import type { SliceCreator } from './types';

/**
 * The Scenarios screen's state: the scenarios, the one told for the selected scenario (its seed and start, so
 * every step played belongs to the same story), the target, and what each step got back. Play all sends the
 * steps one call at a time, waiting each step's delay, so every answer shows as it comes and Stop can end it.
 */
export interface ScenariosSlice {
  scenarios: Scenarios | null;
  scenariosError: string | null;
  /** The story of the selected scenario; null before one is chosen. */
  story: StoryPreview | null;
  /** The receiver's URL; empty for Hookbench's own receiver. */
  target: string;
  /** Each played step's answer, by step number. */
  played: Record<number, PlayedStep>;
  /** The next step Next step or Play all sends, from 1. */
  nextStep: number;
  playing: boolean;
  /** Play all waits each step's delay (the story's pace), or sends the steps back to back. */
  waitDelays: boolean;
  playError: string | null;
  loadScenarios(): Promise<void>;
  /** Tells the scenario afresh (a new seed and start) and forgets what was played. */
  chooseScenario(id: string): Promise<void>;
  setTarget(target: string): void;
  setWaitDelays(wait: boolean): void;
  playNextStep(): Promise<void>;
  playAll(): Promise<void>;
  stopPlaying(): void;
}

export const createScenariosSlice: SliceCreator<'scenarios', ScenariosSlice> = ({ set, get, client }) => {
  /** Bumped by Stop and by choosing another story: a Play all still waiting sees it and ends. */
  let run = 0;
  /** Ends the delay a Play all is waiting out, so Stop takes effect at once. */
  let endWait: () => void = () => {};
  const own = () => get().scenarios;
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      endWait = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const interrupt = () => {
    run += 1;
    endWait();
  };

  async function playStep(): Promise<boolean> {
    const { story, target, nextStep, played } = own();
    if (!story || nextStep > story.steps.length) return false;
    try {
      const play = await client.playScenario({
        scenario: story.scenario, seed: story.seed, startAt: story.startAt, step: nextStep, to: target.trim() || null,
      });
      set({ played: { ...played, [nextStep]: play.steps[0] }, nextStep: nextStep + 1, playError: null });
      return true;
    } catch (error) {
      set({ playError: describeError(`play step ${nextStep}`, error) });
      return false;
    }
  }

  return {
    scenarios: null,
    scenariosError: null,
    story: null,
    target: '',
    played: {},
    nextStep: 1,
    playing: false,
    waitDelays: true,
    playError: null,
    async loadScenarios() {
      try {
        set({ scenarios: await client.listScenarios(), scenariosError: null });
      } catch (error) {
        set({ scenariosError: describeError('list the scenarios', error) });
      }
    },
    async chooseScenario(id) {
      interrupt();
      set({ playing: false, played: {}, nextStep: 1, playError: null });
      try {
        set({ story: await client.previewScenario({ scenario: id }), scenariosError: null });
      } catch (error) {
        set({ story: null, scenariosError: describeError(`tell the scenario ${id}`, error) });
      }
    },
    setTarget(target) {
      set({ target });
    },
    setWaitDelays(waitDelays) {
      set({ waitDelays });
    },
    async playNextStep() {
      if (own().playing) return;
      set({ playing: true });
      await playStep();
      set({ playing: false });
    },
    async playAll() {
      if (own().playing) return;
      const mine = ++run;
      set({ playing: true });
      while (run === mine && (await playStep())) {
        const { story, nextStep, waitDelays } = own();
        if (!story || nextStep > story.steps.length) break;
        if (waitDelays) await wait(story.steps[nextStep - 1].at - story.steps[nextStep - 2].at);
      }
      if (run === mine) set({ playing: false });
    },
    stopPlaying() {
      interrupt();
      set({ playing: false });
    },
  };
};
