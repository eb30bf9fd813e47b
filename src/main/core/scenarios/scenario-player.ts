import type { PlayScenarioRequest, PlayedStep, ScenarioPlay, StoryPreview, StoryRequest } from '@shared/scenario';
import type { DeliveryDetail } from '@shared/delivery';
import { defaultSampleContext } from '@shared/sample-context';
import { sampleText } from '@shared/sample-text';
import { UserError } from '@shared/user-error';
import { cryptoRandom, randomInt } from '../samples/random';
import { payloadBody } from '../sender/payload-body';
import { sendAsGitlab } from '../sender/send-as-gitlab';
import { sentDelivery } from '../sender/sent-delivery';
import type { SettingsKeeper } from '../settings/settings-keeper';
import type { DeliveryRecord } from '../store/delivery-record';
import { gitlabAnswer } from './gitlab-answer';
import type { ScenarioLibrary } from './scenario-library';
import { offsetSeconds, tellStory, type ToldStep } from './story';

export interface ScenarioPlayerDeps {
  library: ScenarioLibrary;
  settings: SettingsKeeper;
  /** Stores an outbound delivery through the same writer as captured ones; resolves with its id. */
  storeRecord: (record: DeliveryRecord) => Promise<number>;
  /** Where Hookbench's own receiver listens (this process's or another's on the folder), or null. */
  receiverUrl: () => Promise<string | null>;
  /** The secret store's receiver tokens, sent when the play gives none. */
  receiverTokens: () => { secretToken: string | null; signingToken: string | null };
  /** Tokens given for one play are held nowhere else: what they were sent in is shown masked too. */
  rememberSecrets: (values: readonly (string | null | undefined)[]) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tells scenarios (for the screen's preview) and plays them at a receiver, step by step or all at once. */
export class ScenarioPlayer {
  constructor(private readonly deps: ScenarioPlayerDeps) {}

  private context() {
    return { ...defaultSampleContext, gitlabUrl: this.deps.settings.current.sending.gitlabUrl };
  }

  /** The seed and start a request names, or new ones: by default the step played (or the first) happens now. */
  private tell(request: StoryRequest, step?: number): { seed: number; startAt: number; steps: ToldStep[] } {
    const scenario = this.deps.library.find(request.scenario);
    if (step !== undefined && (!Number.isInteger(step) || step < 1 || step > scenario.steps.length)) {
      throw new UserError(`Scenario "${scenario.name}" has steps 1 to ${scenario.steps.length}, not ${step}.`);
    }
    if (request.seed !== undefined && !Number.isSafeInteger(request.seed)) throw new UserError(`The seed must be a whole number, not ${request.seed}.`);
    const seed = request.seed ?? randomInt(cryptoRandom, 1, 2 ** 31 - 1);
    const startAt = request.startAt ?? Date.now() - offsetSeconds(scenario, (step ?? 1) - 1) * 1000;
    return { seed, startAt: Math.floor(startAt / 1000) * 1000, steps: tellStory(scenario, seed, startAt, this.context()) };
  }

  preview(request: StoryRequest): StoryPreview {
    const { seed, startAt, steps } = this.tell(request);
    return {
      scenario: request.scenario,
      seed,
      startAt,
      steps: steps.map(({ step, title, header, at, payload }) => ({ step, title, header, at, payload: sampleText(payload) })),
    };
  }

  async play(request: PlayScenarioRequest, shown: (detail: DeliveryDetail) => DeliveryDetail = (detail) => detail): Promise<ScenarioPlay> {
    const { seed, startAt, steps } = this.tell(request, request.step);
    const to = request.to ?? (await this.deps.receiverUrl());
    if (!to) throw new UserError("Hookbench's receiver is not listening for this data folder, so there is nowhere to play to: start it (hookbench listen), or give the receiver's URL (--to URL).");
    const stored = this.deps.receiverTokens();
    const secretToken = request.secretToken !== undefined ? request.secretToken : stored.secretToken;
    const signingToken = request.signingToken !== undefined ? request.signingToken : stored.signingToken;
    this.deps.rememberSecrets([secretToken, signingToken]);
    const chosen = request.step === undefined ? steps : [steps[request.step - 1]];
    const played: PlayedStep[] = [];
    for (const [index, step] of chosen.entries()) {
      if (index > 0 && request.delays !== false) await sleep(step.delaySeconds * 1000);
      const detail = shown(await this.send(step, { to, secretToken, signingToken, verifyTls: request.verifyTls }));
      const { status, errorKind, durationMs } = detail;
      played.push({ step: step.step, title: step.title, header: step.header, deliveryId: detail.id, status, errorKind, durationMs, ...gitlabAnswer(detail) });
    }
    return { scenario: request.scenario, to, seed, startAt, stepCount: steps.length, steps: played };
  }

  /** Through the sender's send-as-GitLab path: compact JSON, GitLab's headers, signed when a signing token is given. */
  private async send(step: ToldStep, target: { to: string; secretToken: string | null; signingToken: string | null; verifyTls?: boolean }) {
    const { sending } = this.deps.settings.current;
    const record = await sendAsGitlab({
      to: target.to,
      event: step.header,
      body: payloadBody(sampleText(step.payload), 'gitlab'),
      gitlabUrl: sending.gitlabUrl,
      gitlabVersion: sending.gitlabVersion,
      secretToken: target.secretToken,
      signingToken: target.signingToken,
      timeoutMs: sending.timeoutMs,
      verifyTls: target.verifyTls ?? sending.verifyTls,
    });
    return sentDelivery(await this.deps.storeRecord(record), record);
  }
}
