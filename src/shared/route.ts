/**
 * Routes: what the receiver does with a delivery beyond capturing it. Plain JSON files in the `routes` folder
 * beside the saved samples, one route per file, tried in file-name order (the run's CLI flags first); the first
 * route that matches decides. They never hold a secret, so a team keeps them in git with its receiver.
 */

export type HeaderPair = [name: string, value: string];

export interface AnswerAction {
  kind: 'answer';
  status: number;
  headers: HeaderPair[];
  body: string;
  /** Up to 30 s, like a slow receiver (GitLab gives up after 10 s). */
  delayMs: number;
  /** Only the next N matching deliveries get this answer, then the route steps aside; null: every one. */
  next: number | null;
}

export interface ForwardAction {
  kind: 'forward';
  /** The target: the request's path after the route's fixed part is appended to this URL's path. */
  url: string;
  /** GitLab's own limit is 10 s. */
  timeoutMs: number;
  /** Send the sender's Host header rather than the target's. */
  keepHost: boolean;
}

export interface MockAction {
  kind: 'mock';
  /** A mock by name: `gitlab-trigger` (GitLab's pipeline trigger API), `jenkins` (the Jenkins GitLab plugin). */
  mock: string;
}

export type RouteAction = AnswerAction | ForwardAction | MockAction;

export interface Route {
  name: string;
  /** Upper case, or null for any method. */
  method: string | null;
  /** A prefix (`/hooks`, which also matches `/hooks/push`) or a glob (`/hooks/*` one segment, `/hooks/**` any). */
  path: string;
  /** Each header must be there with this value (names in any case); the value `*` only asks that it be there. */
  headers: HeaderPair[];
  action: RouteAction;
}

export interface RouteEntry {
  /** The file name, or `--route`/`--answer`/`--forward` for this run's flags (not editable). */
  file: string;
  route: Route | null;
  /** Why the file cannot be used, in words; such a file matches nothing. */
  problem: string | null;
}

export const ROUTE_LIMITS = { maxDelayMs: 30_000, defaultTimeoutMs: 10_000, maxTimeoutMs: 600_000 } as const;

/** What the rules would do with a request, for the Routes screen's "test a path". */
export interface RouteTestResult {
  /** The deciding route's file, or null when none matches (the default answer). */
  file: string | null;
  name: string | null;
  /** In words: "forwarded to http://localhost:3000/hooks/push?x=1", "answered 500 after 11 s"… */
  outcome: string;
}
