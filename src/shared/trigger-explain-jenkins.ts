import { answerExcerpt, isWebLink } from './answer-excerpt';
import type { RawHeaders } from './delivery';
import { headerValue } from './headers';
import type { TriggerExplanation } from './trigger-preset';

function failure(summary: string, detail: string, bodyText: string): TriggerExplanation {
  const said = answerExcerpt(bodyText);
  return { ok: false, summary, detail: said ? `${detail} Jenkins said: ${said}` : detail, link: null };
}

function otherStatus(status: number, bodyText: string): TriggerExplanation {
  if (status >= 200 && status <= 299) return { ok: true, summary: `Jenkins answered ${status}.`, detail: null, link: null };
  return failure(`Jenkins answered ${status}.`, 'This is not one of the answers this endpoint documents.', bodyText);
}

const UNAUTHORIZED =
  'Jenkins refused the user or API token (401): check the user name and create a fresh API token under the user → Security → API Token.';

/** The jenkinsci/gitlab-plugin endpoint `/project/JOB`, reference §5.1. */
export function explainJenkinsPlugin(status: number, bodyText: string): TriggerExplanation {
  switch (status) {
    case 200:
      return {
        ok: true,
        summary: 'Jenkins accepted the hook.',
        detail: 'The plugin answers 200 with an empty body to every hook it handles, even when the job has no GitLab trigger or its filters decide not to build: look at the job\'s builds to see whether one started.',
        link: null,
      };
    case 401:
      return /invalid token/i.test(bodyText)
        ? failure(
            'Jenkins refused the secret token ("Invalid token").',
            'The job\'s GitLab trigger has a Secret token, and X-Gitlab-Token was missing or different. Copy it from the job\'s Build Triggers → Advanced → Secret token.',
            bodyText,
          )
        : failure(UNAUTHORIZED, 'The Basic auth credentials were not accepted.', bodyText);
    case 403:
      return failure(
        'Jenkins wants a user with Job/Build permission (403).',
        'The job has no Secret token and "Enable authentication for \'/project\' end-point" is on: send as a Jenkins user with its API token, or set a Secret token on the job\'s GitLab trigger.',
        bodyText,
      );
    case 404:
      return failure(
        'Jenkins ignored the hook, or does not know the job (404).',
        'The plugin answers 404 to events it does not handle (it acts on Push, Tag Push, Merge Request, Note, Pipeline and System hooks), to a push without repository.url, and to a job path it cannot find. Check the event and the path /project/FOLDER/JOB.',
        bodyText,
      );
    case 409:
      return failure(
        'The job is a multibranch project, which takes only push and tag push hooks (409).',
        'For a multibranch project the plugin only starts branch indexing, on Push and Tag Push hooks.',
        bodyText,
      );
    case 500:
      return failure('Jenkins failed on the payload (500).', 'The plugin could not read the body: is it valid JSON?', bodyText);
  }
  return otherStatus(status, bodyText);
}

function isHtml(headers: RawHeaders, bodyText: string): boolean {
  return /html/i.test(headerValue(headers, 'Content-Type') ?? '') || /^\s*<(!doctype|html)/i.test(bodyText);
}

function forbidden(bodyText: string): TriggerExplanation {
  if (/no valid crumb/i.test(bodyText)) {
    return failure(
      'Jenkins wants a CSRF crumb (403).',
      'An anonymous POST needs a crumb from /crumbIssuer/api/json, sent with that request\'s session cookie. Or authenticate with a user\'s API token, which needs no crumb.',
      bodyText,
    );
  }
  if (/invalid token/i.test(bodyText)) {
    return failure(
      'Jenkins refused the build token (403).',
      'The token does not match the job\'s Build Triggers → Trigger builds remotely → Authentication Token.',
      bodyText,
    );
  }
  return failure(
    'Jenkins refused the call: missing permission (403).',
    'Without a valid build token the caller needs Build permission on the job (and anonymous users need Overall/Read to reach it). Send the build token, or a user with an API token.',
    bodyText,
  );
}

/** Jenkins core's "Trigger builds remotely" (`/job/NAME/build`, `/buildWithParameters`), reference §5.2. */
export function explainJenkinsRemoteBuild(status: number, headers: RawHeaders, bodyText: string): TriggerExplanation {
  switch (status) {
    case 201: {
      const location = headerValue(headers, 'Location');
      return {
        ok: true,
        summary: 'Build queued.',
        detail: 'Jenkins put the build in its queue (an identical queued build counts too); the queue item leads to the build once it starts.',
        link: isWebLink(location) ? location : null,
      };
    }
    case 200:
      if (isHtml(headers, bodyText)) {
        return failure(
          'No build: the job is parameterized and got no parameters.',
          'Jenkins answered with the job\'s parameter form. Give at least one parameter (sent to /buildWithParameters), so Jenkins builds with them and the defaults for the rest.',
          '',
        );
      }
      return otherStatus(status, bodyText);
    case 401:
      return failure(UNAUTHORIZED, 'The Basic auth credentials were not accepted.', bodyText);
    case 403:
      return forbidden(bodyText);
    case 404:
      return failure(
        'Jenkins does not know this job (404).',
        'Check the job path (FOLDER/NAME): Jenkins also hides jobs from users who may not read them, anonymous included.',
        bodyText,
      );
    case 405:
      return failure(
        'Jenkins wants a POST (405).',
        'Without a build token Jenkins takes only a POST, from a user with Build permission.',
        bodyText,
      );
    case 409:
      return failure('The job is not buildable (409): it may be disabled.', 'Enable the job in Jenkins and trigger it again.', bodyText);
    case 500:
      if (/not parameterized/i.test(bodyText)) {
        return failure(
          'The job takes no parameters (500 "This build is not parameterized").',
          'Remove the parameters, so the call goes to /build instead of /buildWithParameters.',
          '',
        );
      }
      return failure('Jenkins failed (500).', 'Look at the Jenkins log for the stack trace.', bodyText);
  }
  return otherStatus(status, bodyText);
}
