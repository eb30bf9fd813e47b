import { commitAttrs } from '../builders/commit';
import { projectAttrs } from '../builders/project';
import type { SampleScope } from '../scope';
import { gitlabTime } from '../time';

const ACTIONS = ['create', 'update', 'delete'];
const ARCHIVE_FORMATS = ['zip', 'tar.gz', 'tar.bz2', 'tar'];

/** Release hooks (`Gitlab::DataBuilder::Release`); the release's fields sit at the top level. */
export function generateRelease(scope: SampleScope, variantId: string) {
  const tag = `v${scope.int(1, 3)}.${scope.int(0, 9)}.0`;
  const project = projectAttrs(scope);
  const archiveName = `${scope.context.projectPath.split('/').pop()}-${tag}`;
  const createdAt = gitlabTime(scope.minutesAgo(0, 60));
  return {
    id: scope.id(),
    created_at: createdAt,
    description: variantId === 'update' ? '## Changes\n\n- Retries on 502\n- Settings page' : '## Changes\n\n- Retries on 502',
    name: `${project.name} ${tag}`,
    released_at: createdAt,
    tag,
    object_kind: 'release',
    project,
    url: scope.projectUrl(`/-/releases/${tag}`),
    action: ACTIONS.includes(variantId) ? variantId : 'create',
    assets: {
      count: ARCHIVE_FORMATS.length,
      links: [],
      sources: ARCHIVE_FORMATS.map((format) => ({
        format,
        url: scope.projectUrl(`/-/archive/${tag}/${archiveName}.${format}`),
      })),
    },
    commit: commitAttrs(scope, { sha: scope.sha(), at: scope.minutesAgo(60, 600) }),
  };
}
