import type { Provider } from '@shared/delivery';
import { gitlabEventOfBody } from '@shared/gitlab-catalogue';

/** Event headers by provider, lower-cased; the first one present names the event. */
/** Gitea and Gogs also send X-GitHub-Event for compatibility, so they are asked before GitHub. */
const EVENT_HEADERS: ReadonlyArray<[header: string, provider: Provider]> = [
  ['x-gitlab-event', 'gitlab'],
  ['x-gitea-event', 'gitea'],
  ['x-gogs-event', 'gitea'],
  ['x-github-event', 'github'],
  ['x-event-key', 'bitbucket'],
];

/** Bodies larger than this are not parsed just to find an event name. */
const MAX_SNIFFED_BODY = 1024 * 1024;

export interface DetectedEvent {
  provider: Provider;
  event: string | null;
}

/**
 * GitLab's `X-Gitlab-Event` first, then the other forges' headers, then the body's
 * `object_kind` / `event_name` (GitLab's member, project and subgroup hooks carry only the latter).
 */
export function detectEvent(rawHeaders: readonly string[], body: Uint8Array): DetectedEvent {
  for (const [header, provider] of EVENT_HEADERS) {
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      if (rawHeaders[i].length === header.length && rawHeaders[i].toLowerCase() === header) {
        return { provider, event: rawHeaders[i + 1] };
      }
    }
  }
  return eventFromBody(body);
}

function eventFromBody(body: Uint8Array): DetectedEvent {
  const none: DetectedEvent = { provider: 'other', event: null };
  if (body.byteLength === 0 || body.byteLength > MAX_SNIFFED_BODY) return none;
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (!text.trimStart().startsWith('{')) return none;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return none;
  }
  if (typeof parsed !== 'object' || parsed === null) return none;
  const { object_kind: kind, event_name: name } = parsed as Record<string, unknown>;
  const event = gitlabEventOfBody(kind, name);
  return event ? { provider: 'gitlab', event } : none;
}
