/**
 * What each case puts on the wire, built by the sender's send-as-GitLab path (compact JSON, GitLab's headers in
 * GitLab's order, the Standard Webhooks signature) and then changed only where the case is about the change:
 * the token, the signature, its timestamp, the body under it.
 */
import { randomUUID } from 'node:crypto';
import type { RawHeaders } from '@shared/delivery';
import { GITLAB_BODY_LIMIT_BYTES } from '@shared/settings';
import { defaultSampleContext, generateSample, sampleText } from '../samples';
import { payloadBody } from '../sender/payload-body';
import { gitlabRequest, type GitlabDelivery } from '../sender/send-as-gitlab';
import { generateSigningToken } from '../verify/standard-webhooks';
import type { PlannedCase } from './check-cases';

export interface CaseSetup {
  to: string;
  gitlabUrl: string;
  gitlabVersion: string;
  secretToken: string | null;
  signingToken: string | null;
  /** How old the stale-signature case's webhook-timestamp is. */
  staleSeconds: number;
}

export interface CaseRequest {
  url: string;
  headers: RawHeaders;
  body: Uint8Array;
}

/** Made when it is sent, so its timestamp is the moment it goes (a resend's second one after the first answer). */
export type CaseSend = () => CaseRequest;

/** Far enough under 25 MB that GitLab sends it, near enough that a receiver's own limit shows. */
export const NEAR_LIMIT_BYTES = GITLAB_BODY_LIMIT_BYTES - 64 * 1024;
const UNICODE_TEXT = 'Réparer la file d’attente — 日本語のテスト, Ünïcødé ✨🚀';

type Payload = Record<string, unknown>;

const firstCommit = (payload: Payload) => (payload.commits as Array<Record<string, unknown>>)[0];

/** The payload of one case, about the instance X-Gitlab-Instance names, so links in it and the header agree. */
function payloadFor(planned: PlannedCase, gitlabUrl: string): Payload {
  const context = { ...defaultSampleContext, gitlabUrl };
  switch (planned.kind) {
    case 'unicode': {
      const payload = generateSample('push', undefined, { ...context, userName: 'Zoë Ünïcødé 🚀' }).payload;
      firstCommit(payload).message = UNICODE_TEXT;
      firstCommit(payload).title = UNICODE_TEXT;
      return payload;
    }
    case 'near-size-limit': {
      const payload = generateSample('push', undefined, context).payload;
      const base = payloadBody(sampleText(payload), 'gitlab').byteLength;
      firstCommit(payload).message = 'x'.repeat(NEAR_LIMIT_BYTES - base);
      return payload;
    }
    default:
      return generateSample(planned.eventId, planned.variant ?? undefined, context).payload;
  }
}

const bodyOf = (payload: Payload) => payloadBody(sampleText(payload), 'gitlab');

export function caseSends(planned: PlannedCase, setup: CaseSetup): CaseSend[] {
  const body = bodyOf(payloadFor(planned, setup.gitlabUrl));
  const delivery = (changes: Partial<GitlabDelivery> = {}): GitlabDelivery => ({
    to: setup.to,
    event: planned.event,
    body,
    gitlabUrl: setup.gitlabUrl,
    gitlabVersion: setup.gitlabVersion,
    secretToken: setup.secretToken,
    signingToken: setup.signingToken,
    // The transport's limit is the runner's; these only build the request.
    timeoutMs: 0,
    verifyTls: true,
    ...changes,
  });
  const asSent = (changes?: Partial<GitlabDelivery>): CaseSend => () => {
    const sent = delivery(changes);
    return { ...gitlabRequest(sent), body: sent.body };
  };
  switch (planned.kind) {
    case 'wrong-token':
      // Nothing of the real token in it: a receiver's log of the refusal must not hold part of a secret.
      return [asSent({ secretToken: `wrong-${randomUUID()}` })];
    case 'missing-token':
      return [asSent({ secretToken: null })];
    case 'tampered-body': {
      // Signed for one payload, sent with another of the same event: the signature looks right and is not.
      const other = bodyOf(payloadFor(planned, setup.gitlabUrl));
      return [() => ({ ...gitlabRequest(delivery({ signingToken: setup.signingToken ?? generateSigningToken() })), body: other })];
    }
    case 'foreign-signature':
      return [asSent({ signingToken: generateSigningToken() })];
    case 'stale-signature':
      return [
        () => {
          const ids = { idempotencyKey: randomUUID(), webhookUuid: randomUUID(), eventUuid: randomUUID(), timestamp: Math.floor(Date.now() / 1000) - setup.staleSeconds };
          return { ...gitlabRequest(delivery({ ids, signingToken: setup.signingToken ?? generateSigningToken() })), body };
        },
      ];
    case 'resend': {
      const [idempotencyKey, eventUuid] = [randomUUID(), randomUUID()];
      const again: CaseSend = () => {
        const ids = { idempotencyKey, eventUuid, webhookUuid: randomUUID(), timestamp: Math.floor(Date.now() / 1000) };
        return { ...gitlabRequest(delivery({ ids })), body };
      };
      return [again, again];
    }
    default:
      return [asSent()];
  }
}
