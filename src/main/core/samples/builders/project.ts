import type { SampleScope } from '../scope';

/** Display name and namespace as GitLab derives them from the path: `mike/diaspora` → "Diaspora" in "Mike". */
export function projectNames(scope: SampleScope): { name: string; namespace: string; path: string } {
  const segments = scope.context.projectPath.split('/');
  const path = segments[segments.length - 1];
  const titled = (segment: string) => segment.replace(/[-_]+/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase());
  return { name: titled(path), namespace: titled(segments.slice(0, -1).join('/') || path), path };
}

function gitUrls(scope: SampleScope): { ssh: string; http: string } {
  const { gitlabUrl, projectPath } = scope.context;
  return { ssh: `git@${new URL(gitlabUrl).hostname}:${projectPath}.git`, http: `${gitlabUrl}/${projectPath}.git` };
}

/** `project.hook_attrs`: the `project` object of nearly every payload. */
export function projectAttrs(scope: SampleScope) {
  const { name, namespace } = projectNames(scope);
  const git = gitUrls(scope);
  return {
    id: scope.context.projectId,
    name,
    description: '',
    web_url: scope.projectUrl(),
    avatar_url: null,
    git_ssh_url: git.ssh,
    git_http_url: git.http,
    namespace,
    visibility_level: 0,
    path_with_namespace: scope.context.projectPath,
    default_branch: scope.context.defaultBranch,
    ci_config_path: null,
    // Deprecated since 8.5 but still sent: older receivers read them.
    homepage: scope.projectUrl(),
    url: git.ssh,
    ssh_url: git.ssh,
    http_url: git.http,
  };
}

/** The deprecated `repository` block of push and job hooks; the Jenkins plugin needs its `url`. */
export function repositoryAttrs(scope: SampleScope) {
  const project = projectAttrs(scope);
  return {
    name: project.name,
    url: project.url,
    description: project.description,
    homepage: project.homepage,
    git_http_url: project.git_http_url,
    git_ssh_url: project.git_ssh_url,
    visibility_level: project.visibility_level,
  };
}

/** Issue, merge request and comment hooks send the shorter slice of it. */
export function issuableRepositoryAttrs(scope: SampleScope) {
  const { name, url, description, homepage } = repositoryAttrs(scope);
  return { name, url, description, homepage };
}
