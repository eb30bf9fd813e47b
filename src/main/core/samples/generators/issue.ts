import { issueAttrs } from '../builders/issue';
import { labelAttrs } from '../builders/label';
import { issuableRepositoryAttrs, projectAttrs } from '../builders/project';
import { userAttrs } from '../builders/user';
import type { SampleScope } from '../scope';
import { isoTime } from '../time';

const ACTIONS: Readonly<Record<string, { action: string; state: 'opened' | 'closed' }>> = {
  open: { action: 'open', state: 'opened' },
  close: { action: 'close', state: 'closed' },
  reopen: { action: 'reopen', state: 'opened' },
  update: { action: 'update', state: 'opened' },
  'work-item': { action: 'open', state: 'opened' },
};

/** `changes` as GitLab reports them: each changed field with its previous and current value. */
function issueChanges(scope: SampleScope, variantId: string, issue: ReturnType<typeof issueAttrs>) {
  const previousUpdate = isoTime(scope.minutesAgo(60, 600));
  const touched = { updated_at: { previous: previousUpdate, current: issue.updated_at } };
  switch (variantId) {
    case 'update':
      return {
        ...touched,
        title: { previous: `Draft: ${issue.title}`, current: issue.title },
        labels: { previous: labelAttrs(scope, 1), current: issue.labels },
      };
    case 'close':
      return { ...touched, state_id: { previous: 1, current: 2 }, closed_at: { previous: null, current: issue.closed_at } };
    case 'reopen':
      return { ...touched, state_id: { previous: 2, current: 1 }, closed_at: { previous: previousUpdate, current: null } };
    default:
      return {
        author_id: { previous: null, current: issue.author_id },
        created_at: { previous: null, current: issue.created_at },
        id: { previous: null, current: issue.id },
        iid: { previous: null, current: issue.iid },
      };
  }
}

/** Issue and confidential issue hooks (`Gitlab::DataBuilder::Issuable`); the work-item variant is a task. */
export function issueGenerator(confidential: boolean) {
  return (scope: SampleScope, variantId: string) => {
    const { action, state } = ACTIONS[variantId] ?? ACTIONS.open;
    const workItem = variantId === 'work-item';
    const issue = issueAttrs(scope, { state, confidential, type: workItem ? 'Task' : 'Issue' });
    const assignee = userAttrs(scope);
    const objectKind = workItem ? 'work_item' : 'issue';
    return {
      object_kind: objectKind,
      event_type: confidential ? `confidential_${objectKind}` : objectKind,
      user: userAttrs(scope),
      project: projectAttrs(scope),
      object_attributes: { ...issue, action },
      repository: issuableRepositoryAttrs(scope),
      assignees: [assignee],
      // Deprecated: the first assignee only.
      assignee,
      labels: issue.labels,
      changes: issueChanges(scope, variantId, issue),
    };
  };
}
