import { commitAttrs } from '../builders/commit';
import { issueAttrs } from '../builders/issue';
import { mergeRequestAttrs } from '../builders/merge-request';
import { issuableRepositoryAttrs, projectAttrs } from '../builders/project';
import { assigneeAttrs, userAttrs } from '../builders/user';
import type { SampleScope } from '../scope';
import { gitlabTime } from '../time';

interface NoteTarget {
  /** The payload key that carries the commented object. */
  key: 'commit' | 'merge_request' | 'issue' | 'snippet';
  noteableType: 'Commit' | 'MergeRequest' | 'Issue' | 'Snippet';
  noteableId: number | null;
  commitId: string;
  /** The object's page; the note's URL is this plus `#note_<id>`. */
  url: string;
  attrs: object;
}

function noteTarget(scope: SampleScope, variantId: string, confidential: boolean): NoteTarget {
  switch (variantId) {
    case 'commit': {
      const commit = commitAttrs(scope, { sha: scope.sha(), at: scope.minutesAgo(30, 600) });
      return { key: 'commit', noteableType: 'Commit', noteableId: null, commitId: commit.id, url: commit.url, attrs: commit };
    }
    case 'merge-request': {
      const mr = mergeRequestAttrs(scope, {
        state: 'opened', mergeStatus: 'can_be_merged', detailedMergeStatus: 'mergeable', lastCommitSha: scope.sha(),
      });
      // The docs' comment payloads still show the legacy position and single assignee beside the MR's own keys.
      const attrs = { ...mr, position: 0, assignee: assigneeAttrs(scope) };
      return { key: 'merge_request', noteableType: 'MergeRequest', noteableId: mr.id, commitId: '', url: mr.url, attrs };
    }
    case 'snippet': {
      const id = scope.id();
      const createdAt = gitlabTime(scope.minutesAgo(60, 6000));
      const url = scope.projectUrl(`/-/snippets/${id}`);
      const snippet = {
        id, title: 'Webhook receiver', description: null, content: "puts 'Hello world'", author_id: scope.context.userId,
        project_id: scope.context.projectId, created_at: createdAt, updated_at: createdAt, file_name: 'receiver.rb',
        type: 'ProjectSnippet', visibility_level: 0, url,
      };
      return { key: 'snippet', noteableType: 'Snippet', noteableId: id, commitId: '', url, attrs: snippet };
    }
    default: {
      const issue = issueAttrs(scope, { state: 'opened', confidential });
      // Legacy keys the docs' comment-on-issue payload still shows.
      const attrs = { ...issue, position: 0, branch_name: null };
      return { key: 'issue', noteableType: 'Issue', noteableId: issue.id, commitId: '', url: issue.url, attrs };
    }
  }
}

/** Comment and confidential (internal) comment hooks (`Gitlab::DataBuilder::Note`), one variant per commented object. */
export function noteGenerator(confidential: boolean) {
  return (scope: SampleScope, variantId: string) => {
    const target = noteTarget(scope, variantId, confidential);
    const id = scope.id();
    const createdAt = gitlabTime(scope.minutesAgo(0, 1));
    return {
      object_kind: 'note',
      event_type: confidential ? 'confidential_note' : 'note',
      user: userAttrs(scope),
      project_id: scope.context.projectId,
      project: projectAttrs(scope),
      object_attributes: {
        id,
        note: confidential ? 'Internal: the customer runs 16.11, see the ticket.' : 'This needs a test for the 502 case.',
        noteable_type: target.noteableType,
        noteable_id: target.noteableId,
        commit_id: target.commitId,
        author_id: scope.context.userId,
        project_id: scope.context.projectId,
        created_at: createdAt,
        updated_at: createdAt,
        attachment: null,
        line_code: null,
        st_diff: null,
        system: false,
        type: null,
        internal: confidential,
        confidential,
        discussion_id: scope.sha(),
        action: 'create',
        url: `${target.url}#note_${id}`,
      },
      repository: issuableRepositoryAttrs(scope),
      [target.key]: target.attrs,
    };
  };
}
