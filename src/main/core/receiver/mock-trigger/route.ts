/** Which requests are GitLab pipeline-trigger calls, and the project and ref their path names. */

const API_PROJECTS = '/api/v4/projects/';

/**
 * GitLab's Grape route `":id/(ref/:ref/)trigger/pipeline"`: the id is one segment (a path arrives as
 * `group%2Fproject`), the ref may span segments (`.+`), and Grape's `(.json)` suffix is allowed.
 */
const TRIGGER_PATH = /^\/api\/v4\/projects\/([^/]+)\/(?:ref\/(.+)\/)?trigger\/pipeline(?:\.json)?$/;

export interface TriggerRoute {
  /** A numeric id or a full project path, decoded. */
  project: string;
  /** The ref from the path, decoded; it wins over a ref in the body or query. */
  pathRef: string | null;
  /** Everything after `?`, undecoded. */
  query: string;
}

/** Cheap enough to ask of every request: only URLs starting with the API prefix are looked at further. */
export function matchTriggerRoute(url: string): TriggerRoute | null {
  if (!url.startsWith(API_PROJECTS)) return null;
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const match = TRIGGER_PATH.exec(path);
  if (!match) return null;
  const project = decoded(match[1]);
  const pathRef = match[2] === undefined ? null : decoded(match[2]);
  if (project === null || (match[2] !== undefined && pathRef === null)) return null;
  return { project, pathRef, query: queryAt === -1 ? '' : url.slice(queryAt + 1) };
}

/** A malformed escape (`%zz`) makes the path match no route, as in GitLab. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
