/** The bodies GitLab's API answers a trigger call with, as JSON. */

export interface MockAnswer {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

function json(status: number, value: unknown): MockAnswer {
  return { status, headers: [['Content-Type', 'application/json']], body: JSON.stringify(value) };
}

/** `not_found!`: a wrong token, or another project's, and GitLab does not say which. */
export const TOKEN_NOT_FOUND = json(404, { message: '404 Not Found' });

/** The API's catch-all route: the trigger path exists for POST only. */
export const ROUTE_NOT_FOUND = json(404, { error: '404 Not Found' });

/** `forbidden!`: GitLab refuses to let a Pipeline Hook start a pipeline (a loop guard). */
export const PIPELINE_HOOK_FORBIDDEN = json(403, { message: '403 Forbidden' });

/** Grape's parameter validation, every failure in one message: `ref is missing, token is missing`. */
export const invalidParams = (errors: readonly string[]) => json(400, { error: errors.join(', ') });

/** Grape's answer to a body that does not parse as its Content-Type says. */
export const UNREADABLE_BODY = json(400, { error: 'message body does not match declared format' });

/** `render_api_error!(message, 400)`. */
export const apiError = (message: string) => json(400, { message });

/** A ref that names no branch or tag (a commit SHA included): Ci::CreatePipelineService's error. */
export const REFERENCE_NOT_FOUND = json(400, { message: { base: ['Reference not found'] } });

export const created = (pipeline: object) => json(201, pipeline);
