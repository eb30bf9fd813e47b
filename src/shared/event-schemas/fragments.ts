import { arrayOf, integer, nullable, objectWith, string, type JsonSchema } from './json-schema';

/** Schemas of the objects many payloads share, mirroring the builders in ../builders. */

export const sha: JsonSchema = { type: 'string', pattern: '^[0-9a-f]{40}$', description: '40-hex commit SHA' };

export const project = objectWith(
  {
    id: integer, name: string, description: nullable(string), web_url: string, avatar_url: nullable(string),
    git_ssh_url: string, git_http_url: string, namespace: string, visibility_level: integer,
    path_with_namespace: string, default_branch: nullable(string), ci_config_path: nullable(string),
    homepage: string, url: string, ssh_url: string, http_url: string,
  },
  ['id', 'name', 'web_url', 'path_with_namespace'],
);

export const repository = objectWith(
  { name: string, url: string, description: nullable(string), homepage: string, git_http_url: string, git_ssh_url: string, visibility_level: integer },
  // The Jenkins GitLab plugin reads repository.url and does nothing without it.
  ['name', 'url', 'homepage'],
);

export const user = objectWith(
  { id: integer, name: string, username: string, avatar_url: nullable(string), email: string },
  ['name', 'username'],
);

export const commit = objectWith(
  {
    id: sha, message: string, title: string, timestamp: string, url: string,
    author: objectWith({ name: string, email: string }, ['name', 'email']),
    added: arrayOf(string), modified: arrayOf(string), removed: arrayOf(string),
  },
  ['id', 'message', 'timestamp', 'url', 'author'],
);

export const label = objectWith(
  { id: integer, title: string, color: string, project_id: nullable(integer), type: string, group_id: nullable(integer) },
  ['id', 'title'],
);

/** `changes`: each changed field with its previous and current value. */
export const changes: JsonSchema = {
  type: 'object',
  description: 'field → { previous, current }',
  additionalProperties: true,
};

export const anyObject: JsonSchema = { type: 'object', additionalProperties: true };

export const timestamp = nullable(string);
