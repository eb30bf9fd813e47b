/** The pipeline GitLab's API returns for a created trigger pipeline (`Entities::Ci::Pipeline`), made up. */

export interface MockPipeline {
  id: number;
  iid: number;
  /** As the caller named it: a numeric id or a full path. */
  project: string;
  /** As sent: `main`, `refs/heads/main` or `refs/tags/v1.0`. */
  ref: string;
  sha: string;
  gitlabUrl: string;
  createdAt: Date;
}

/** GitLab's `Gitlab::Git::SHA1_BLANK_SHA`: a trigger pipeline has no previous commit. */
const BLANK_SHA = '0'.repeat(40);

/** The owner of the mock's trigger token. */
const TRIGGER_OWNER = { id: 1, username: 'root', name: 'Administrator', state: 'active' };

const isNumericId = (project: string) => /^\d+$/.test(project);

/**
 * A path's project id is derived from the path (FNV-1a), so one project keeps one id from run to run,
 * as on a real instance.
 */
function projectIdOf(project: string): number {
  if (isNumericId(project)) return Number(project);
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(project, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return (hash % 999_999) + 1;
}

/** The mock knows no project's path by its id, so an id stands in the URL where GitLab puts the path. */
const projectUrlPath = (project: string) => (isNumericId(project) ? `projects/${project}` : project);

/** `Gitlab::Git.ref_name`: the pipeline shows the short name. */
const shortRef = (ref: string) => ref.replace(/^refs\/(heads|tags)\//, '');

export function pipelineEntity(pipeline: MockPipeline) {
  const base = pipeline.gitlabUrl.replace(/\/+$/, '');
  const detailsPath = `/${projectUrlPath(pipeline.project)}/-/pipelines/${pipeline.id}`;
  const time = pipeline.createdAt.toISOString();
  return {
    id: pipeline.id,
    iid: pipeline.iid,
    project_id: projectIdOf(pipeline.project),
    sha: pipeline.sha,
    ref: shortRef(pipeline.ref),
    status: 'created',
    source: 'trigger',
    created_at: time,
    updated_at: time,
    web_url: `${base}${detailsPath}`,
    before_sha: BLANK_SHA,
    tag: pipeline.ref.startsWith('refs/tags/'),
    yaml_errors: null,
    user: { ...TRIGGER_OWNER, avatar_url: `${base}/uploads/-/system/user/avatar/${TRIGGER_OWNER.id}/avatar.png`, web_url: `${base}/${TRIGGER_OWNER.username}` },
    started_at: null,
    finished_at: null,
    committed_at: null,
    duration: null,
    queued_duration: null,
    coverage: null,
    detailed_status: {
      icon: 'status_created',
      text: 'created',
      label: 'created',
      group: 'created',
      tooltip: 'created',
      has_details: true,
      details_path: detailsPath,
      illustration: null,
      favicon: '/assets/ci_favicons/favicon_status_created.png',
    },
  };
}
