/**
 * What a correct GitLab receiver does with each case, and the words when it does not. GitLab's own rule comes
 * first and is the whole rule for an event the receiver does not handle: 2xx or 3xx within 10 s is a success,
 * anything else a failure that counts toward disabling the hook.
 */
import type { CheckCaseKind, CheckOutcome, GitlabDeliveryVerdict } from '@shared/check-run';
import type { TransportErrorKind } from '@shared/delivery';
import { answerVerdict } from '@shared/gitlab-verdict';

/** One answer (or its absence) as the case's judgement needs it. */
export interface CaseAnswer {
  status: number | null;
  errorKind: TransportErrorKind | null;
  errorMessage: string | null;
  durationMs: number;
}

/** A status the check file asks for, e.g. "Pipeline Hook must get 204" or "2xx". */
export interface ExpectedStatus {
  words: string;
  matches: (status: number) => boolean;
}

export interface JudgementInput {
  kind: CheckCaseKind;
  answers: readonly CaseAnswer[];
  /** Which tokens the run was given: a token case without its token is reported, not failed. */
  hasSecretToken: boolean;
  hasSigningToken: boolean;
  expected: ExpectedStatus | null;
  /** The check file's signature-age tolerance; a stale signature fails only when it is set. */
  toleranceSeconds: number | null;
  staleSeconds: number;
  timeoutMs: number;
}

export interface Judgement {
  outcome: CheckOutcome;
  gitlab: GitlabDeliveryVerdict;
  message: string;
}

const isSuccess = (status: number) => status >= 200 && status < 400;
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

const TOKEN_CASES: Partial<Record<CheckCaseKind, { needs: 'secret' | 'signing'; accepts: string }>> = {
  'wrong-token': { needs: 'secret', accepts: 'the receiver accepts a wrong X-Gitlab-Token' },
  'missing-token': { needs: 'secret', accepts: 'the receiver accepts a delivery without X-Gitlab-Token' },
  'tampered-body': { needs: 'signing', accepts: 'the receiver accepts a tampered body under a valid-looking signature' },
  'foreign-signature': { needs: 'signing', accepts: 'the receiver accepts a signature from another key' },
};

/** A refusal is any answer but 2xx: what a receiver that checks the token or the signature gives. */
function judgeRefusal(input: JudgementInput, status: number, gitlab: GitlabDeliveryVerdict): Judgement {
  const rule = TOKEN_CASES[input.kind];
  if (!rule) throw new Error(`${input.kind} is not a token case`);
  const given = rule.needs === 'secret' ? input.hasSecretToken : input.hasSigningToken;
  const refused = status < 200 || status >= 300;
  if (!given) {
    const token = rule.needs === 'secret' ? 'secret token' : 'signing token';
    return { outcome: 'reported', gitlab, message: `answered ${status}; the run has no ${token}, so whether it should refuse this is not known` };
  }
  return refused
    ? { outcome: 'passed', gitlab, message: `refused with ${status}` }
    : { outcome: 'failed', gitlab, message: `${rule.accepts} (answered ${status})` };
}

function judgeStale(input: JudgementInput, status: number, gitlab: GitlabDeliveryVerdict): Judgement {
  const age = `${Math.round(input.staleSeconds / 60)} minutes old`;
  if (!input.hasSigningToken) return { outcome: 'reported', gitlab, message: `answered ${status}; the run has no signing token` };
  if (status < 200 || status >= 300) return { outcome: 'passed', gitlab, message: `refused a signature ${age} with ${status}` };
  if (input.toleranceSeconds !== null) {
    return { outcome: 'failed', gitlab, message: `the receiver accepts a signature ${age} (the check file allows ${input.toleranceSeconds} s)` };
  }
  return { outcome: 'reported', gitlab, message: `the receiver accepts a signature ${age}; GitLab's own window is not documented, so a check file's tolerance decides` };
}

function judgeAnswer(input: JudgementInput, status: number, gitlab: GitlabDeliveryVerdict): Judgement {
  if (input.kind === 'unhandled-event') {
    return isSuccess(status)
      ? { outcome: 'passed', gitlab, message: `answered ${status}: GitLab counts it as a success` }
      : {
          outcome: 'failed',
          gitlab,
          message: `answered ${status}: GitLab reads no meaning into it beyond a failure, which counts toward disabling the hook; answer 2xx to events you ignore`,
        };
  }
  if (input.expected) {
    return input.expected.matches(status)
      ? { outcome: 'passed', gitlab, message: `answered ${status}` }
      : { outcome: 'failed', gitlab, message: `answered ${status} where the check file expects ${input.expected.words}` };
  }
  if (!isSuccess(status)) return { outcome: 'failed', gitlab, message: `answered ${status}` };
  return { outcome: 'passed', gitlab, message: status < 300 ? `answered ${status}` : `answered ${status}: GitLab counts it as a success, though Recent events shows it red` };
}

export function judgeCase(input: JudgementInput): Judgement {
  const last = input.answers[input.answers.length - 1];
  const gitlab = answerVerdict(last, input.timeoutMs);
  const unanswered = input.answers.find((answer) => answer.status === null);
  if (unanswered) {
    if (unanswered.errorKind === 'timeout') {
      return { outcome: 'failed', gitlab: 'timeout', message: `did not answer within ${seconds(input.timeoutMs)}: GitLab counts a timeout as a failure` };
    }
    return { outcome: 'internal-error', gitlab, message: `internal error: ${unanswered.errorMessage ?? unanswered.errorKind ?? 'no answer'}` };
  }
  const late = input.answers.find((answer) => answer.durationMs > input.timeoutMs);
  if (late) return { outcome: 'failed', gitlab: 'timeout', message: `answered after ${seconds(late.durationMs)}: GitLab gives up after ${seconds(input.timeoutMs)}` };
  const statuses = input.answers.map((answer) => answer.status as number);
  const status = statuses[statuses.length - 1];
  if (input.kind === 'resend' && statuses[0] !== status) {
    return { outcome: 'reported', gitlab, message: `answered ${statuses[0]} then ${status}: the answers to the same delivery differ` };
  }
  if (input.kind === 'stale-signature') return judgeStale(input, status, gitlab);
  if (TOKEN_CASES[input.kind]) return judgeRefusal(input, status, gitlab);
  const judged = judgeAnswer(input, status, gitlab);
  return input.kind === 'resend' ? { ...judged, message: `${judged.message} both times` } : judged;
}
