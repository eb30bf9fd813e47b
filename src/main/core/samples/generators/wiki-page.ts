import { projectAttrs } from '../builders/project';
import { userAttrs } from '../builders/user';
import type { SampleScope } from '../scope';

const ACTION_MESSAGES: Readonly<Record<string, string>> = {
  create: 'Create Receiving webhooks',
  update: 'Update Receiving webhooks',
  delete: 'Delete Receiving webhooks',
};

/** Wiki page hooks (`Gitlab::HookData::WikiPageBuilder`); the wiki is a repository of its own. */
export function generateWikiPage(scope: SampleScope, variantId: string) {
  const project = projectAttrs(scope);
  const slug = 'receiving-webhooks';
  const versionId = scope.sha();
  return {
    object_kind: 'wiki_page',
    user: userAttrs(scope),
    project,
    wiki: {
      web_url: scope.projectUrl('/-/wikis/home'),
      git_ssh_url: project.git_ssh_url.replace(/\.git$/, '.wiki.git'),
      git_http_url: project.git_http_url.replace(/\.git$/, '.wiki.git'),
      path_with_namespace: `${scope.context.projectPath}.wiki`,
      default_branch: scope.context.defaultBranch,
    },
    object_attributes: {
      title: 'Receiving webhooks',
      content: 'Answer within 10 seconds, then do the work.',
      format: 'markdown',
      message: ACTION_MESSAGES[variantId] ?? ACTION_MESSAGES.create,
      slug,
      url: scope.projectUrl(`/-/wikis/${slug}`),
      action: variantId in ACTION_MESSAGES ? variantId : 'create',
      diff_url: scope.projectUrl(`/-/wikis/${slug}/diff?version_id=${versionId}`),
      version_id: versionId,
    },
  };
}
