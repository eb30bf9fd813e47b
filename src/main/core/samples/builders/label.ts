import type { SampleScope } from '../scope';
import { isoTime } from '../time';

const LABELS: ReadonlyArray<[title: string, color: string]> = [
  ['bug', '#dc143c'],
  ['backend', '#6699cc'],
  ['webhooks', '#009966'],
];

/** The labels an issue or MR carries, as `label.hook_attrs`. */
export function labelAttrs(scope: SampleScope, count = 1) {
  const createdAt = isoTime(scope.minutesAgo(60 * 24 * 30, 60 * 24 * 90));
  return LABELS.slice(0, count).map(([title, color]) => ({
    id: scope.id(),
    title,
    color,
    project_id: scope.context.projectId,
    created_at: createdAt,
    updated_at: createdAt,
    template: false,
    description: null,
    type: 'ProjectLabel',
    group_id: null,
  }));
}
