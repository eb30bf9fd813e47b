/**
 * Trigger answers in the words of shared/reference/gitlab-protocol.md §4–5: what a status means for the
 * kind of trigger that got it, and what to do. Pure, so the inbox can explain stored trigger deliveries.
 */
import type { RawHeaders, TransportErrorKind } from './delivery';
import type { TriggerExplanation, TriggerKind } from './trigger-preset';
import { explainGitlabTrigger } from './trigger-explain-gitlab';
import { explainJenkinsPlugin, explainJenkinsRemoteBuild } from './trigger-explain-jenkins';

const GITLAB_TRIGGER_PATH = /\/api\/v4\/projects\/[^/]+\/(?:ref\/.+\/)?trigger\/pipeline\/?$/;
const JENKINS_REMOTE_PATH = /(?:\/job\/[^/]+)+\/(?:build|buildWithParameters)\/?$|\/buildByToken\/(?:build|buildWithParameters)\/?$/;
const JENKINS_PLUGIN_PATH = /\/project\/[^/]+/;

/** Which trigger a URL (full, or path and query) is aimed at, judged by its path; null for any other URL. */
export function triggerKindOfUrl(url: string): TriggerKind | null {
  let path: string;
  try {
    path = new URL(url, 'http://localhost').pathname;
  } catch {
    return null;
  }
  if (GITLAB_TRIGGER_PATH.test(path)) return 'gitlab-trigger';
  if (JENKINS_REMOTE_PATH.test(path)) return 'jenkins-remote-build';
  if (JENKINS_PLUGIN_PATH.test(path)) return 'jenkins-gitlab-plugin';
  return null;
}

/** An HTTP answer to a trigger call, explained for the kind of trigger it answered. */
export function explainTriggerResponse(kind: TriggerKind, status: number, headers: RawHeaders, bodyText: string): TriggerExplanation {
  switch (kind) {
    case 'gitlab-trigger':
      return explainGitlabTrigger(status, bodyText);
    case 'jenkins-gitlab-plugin':
      return explainJenkinsPlugin(status, bodyText);
    case 'jenkins-remote-build':
      return explainJenkinsRemoteBuild(status, headers, bodyText);
  }
}

const SERVER_NAMES: Record<TriggerKind, string> = {
  'gitlab-trigger': 'GitLab',
  'jenkins-gitlab-plugin': 'Jenkins',
  'jenkins-remote-build': 'Jenkins',
};

/** A trigger call that got no HTTP answer ("internal error"), explained with what to check. */
export function explainTriggerFailure(kind: TriggerKind, errorKind: TransportErrorKind, errorMessage: string): TriggerExplanation {
  const server = SERVER_NAMES[kind];
  const detail: Record<TransportErrorKind, string> = {
    refused: `Nothing accepted the connection: check the base URL and port, and that ${server} is running and reachable from here.`,
    timeout: `${server} did not answer in time: it may be overloaded or unreachable (a firewall dropping packets looks the same). The timeout is in Settings → Sending.`,
    tls: `The TLS handshake failed, so nothing was sent. For a ${server} with a self-signed or private certificate you trust, turn off Verify TLS.`,
    reset: `The connection broke before a full answer: a proxy or ${server} itself closed it. Try again, or look at ${server}'s logs.`,
    other: `The request could not be delivered: check the base URL's host name and your network.`,
  };
  return { ok: false, summary: `No answer from ${server}: ${errorMessage}`, detail: detail[errorKind], link: null };
}
