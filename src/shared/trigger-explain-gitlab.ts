import { answerExcerpt, isWebLink, parsedJson, stringsIn } from './answer-excerpt';
import type { TriggerExplanation } from './trigger-preset';

/** GitLab's message, wherever its error shape keeps it (`message`, `message.base[]`, or Grape's `error`). */
function gitlabMessage(bodyText: string): string {
  const body = parsedJson(bodyText) as { message?: unknown; error?: unknown } | undefined;
  const strings = body && typeof body === 'object' ? stringsIn([body.message, body.error]) : [];
  return strings.length > 0 ? strings.join('; ') : answerExcerpt(bodyText);
}

function failure(summary: string, detail: string, message: string): TriggerExplanation {
  return { ok: false, summary, detail: message ? `${detail} GitLab said: ${message}` : detail, link: null };
}

function created(bodyText: string): TriggerExplanation {
  const pipeline = parsedJson(bodyText) as { id?: unknown; ref?: unknown; status?: unknown; web_url?: unknown } | undefined;
  const id = typeof pipeline?.id === 'number' ? `#${pipeline.id} ` : '';
  const ref = typeof pipeline?.ref === 'string' ? ` on ${pipeline.ref}` : '';
  const status = typeof pipeline?.status === 'string' ? ` Its status is ${pipeline.status}.` : '';
  return {
    ok: true,
    summary: `Pipeline ${id}created${ref}.`,
    detail: `GitLab created the pipeline (CI_PIPELINE_SOURCE is "trigger"; it runs as the token's owner).${status}`,
    link: isWebLink(pipeline?.web_url) ? pipeline.web_url : null,
  };
}

function badRequest(message: string): TriggerExplanation {
  if (/reference not found/i.test(message)) {
    return failure(
      'The ref is not a branch or tag of this project.',
      'GitLab runs trigger pipelines on an existing branch or tag name; a commit SHA is not accepted. Check the spelling and that the branch or tag was pushed.',
      message,
    );
  }
  if (/token is (missing|empty)/i.test(message)) {
    return failure('The token is missing.', 'Send the trigger token (or a CI job token) as the token parameter.', message);
  }
  if (/ref is (missing|empty)/i.test(message)) {
    return failure('The ref is missing.', 'Name the branch or tag to run the pipeline on as the ref parameter.', message);
  }
  if (/variables/i.test(message)) {
    return failure(
      'The variables are not valid.',
      'GitLab wants variables as a map of string keys to string values: variables[KEY]=value in a form or query, or an object of strings in JSON.',
      message,
    );
  }
  if (/rules|will not run|filtered/i.test(message)) {
    return failure(
      'The pipeline was filtered out by its rules.',
      'workflow:rules (or every job\'s rules) exclude this trigger, e.g. a rule on CI_PIPELINE_SOURCE that does not allow "trigger".',
      message,
    );
  }
  return failure('GitLab refused the request (400 Bad Request).', 'A parameter is missing or invalid.', message);
}

/** GitLab's pipeline trigger API (`POST /projects/:id/trigger/pipeline`), reference §4.2. */
export function explainGitlabTrigger(status: number, bodyText: string): TriggerExplanation {
  const message = gitlabMessage(bodyText);
  switch (status) {
    case 201:
      return created(bodyText);
    case 400:
      return badRequest(message);
    case 401:
      return failure(
        'GitLab refused the CI job token (401).',
        'A CI_JOB_TOKEN is valid only while its job runs, and the target project must allow the calling project in its job token scope.',
        message,
      );
    case 403:
      return failure(
        'GitLab refused the call (403 Forbidden).',
        'GitLab answers 403 to a trigger call carrying X-Gitlab-Event: Pipeline Hook, its guard against pipeline loops: a Pipeline Hook webhook pointed at a trigger URL always gets this. Drop that header, or point the webhook elsewhere.',
        message,
      );
    case 404:
      return failure(
        'GitLab did not accept the token, or the project (404 Not Found).',
        'The token is wrong, belongs to another project, or is not a trigger token (a personal access token, say). GitLab does not say which, so as not to reveal whether the project exists. Check the project id or path, and copy the token again from Settings → CI/CD → Pipeline trigger tokens. (A GET gets 404 too: the trigger API takes POST only.)',
        message,
      );
    case 422:
      return failure(
        'GitLab could not create the pipeline (422).',
        'The pipeline was saved but failed to start: usually .gitlab-ci.yml is invalid for this ref, or no job runs for a trigger.',
        message,
      );
  }
  if (status >= 200 && status <= 299) return { ok: true, summary: `GitLab answered ${status}.`, detail: null, link: null };
  return failure(`GitLab answered ${status}.`, 'This is not one of the answers the trigger API documents.', message);
}
