import type { GitlabTriggerPreset, KeyValue, TriggerSecrets } from '@shared/trigger-preset';
import { multipartBody } from './multipart-body';
import { endpoint, given, type CurlBody, type PreparedTrigger } from './prepared-trigger';

/** token, ref, variables[K] and inputs[K] as the flat fields of a form or a query string. */
function flatFields(token: string | null, ref: string | null, preset: GitlabTriggerPreset): KeyValue[] {
  return [
    ...(token === null ? [] : [['token', token] as KeyValue]),
    ...(ref === null ? [] : [['ref', ref] as KeyValue]),
    ...preset.variables.map(([key, value]): KeyValue => [`variables[${key}]`, value]),
    ...preset.inputs.map(([key, value]): KeyValue => [`inputs[${key}]`, value]),
  ];
}

function jsonBody(token: string | null, preset: GitlabTriggerPreset): string {
  return JSON.stringify({
    ...(token !== null && { token }),
    ref: preset.ref,
    variables: Object.fromEntries(preset.variables),
    // Older GitLab knows no inputs: sent only when there are some.
    ...(preset.inputs.length > 0 && { inputs: Object.fromEntries(preset.inputs) }),
  });
}

/**
 * `POST /api/v4/projects/:id/trigger/pipeline` in the chosen encoding, or the webhook form
 * `/projects/:id/ref/:ref/trigger/pipeline?token=` (one Grape route: a ref in the path wins).
 */
export async function gitlabTriggerRequest(preset: GitlabTriggerPreset, secrets: TriggerSecrets): Promise<PreparedTrigger> {
  const token = given(secrets.token);
  const project = `/api/v4/projects/${encodeURIComponent(preset.project)}`;
  const base = { kind: preset.kind, method: 'POST', basicAuth: null, secrets: token ? [token] : [], event: null, crumbFrom: null };
  const empty = { headers: [], body: new Uint8Array(), curlBody: null };
  switch (preset.encoding) {
    case 'ref-in-url':
      return {
        ...base,
        ...empty,
        url: endpoint(preset.baseUrl, `${project}/ref/${encodeURIComponent(preset.ref)}/trigger/pipeline`, new URLSearchParams(flatFields(token, null, preset))),
      };
    case 'query':
      return { ...base, ...empty, url: endpoint(preset.baseUrl, `${project}/trigger/pipeline`, new URLSearchParams(flatFields(token, preset.ref, preset))) };
    case 'json': {
      const text = jsonBody(token, preset);
      const curlBody: CurlBody = { data: text };
      return {
        ...base,
        url: endpoint(preset.baseUrl, `${project}/trigger/pipeline`),
        headers: [['Content-Type', 'application/json']],
        body: Buffer.from(text, 'utf8'),
        curlBody,
      };
    }
    case 'form': {
      const form = flatFields(token, preset.ref, preset);
      const { contentType, body } = await multipartBody(form);
      return { ...base, url: endpoint(preset.baseUrl, `${project}/trigger/pipeline`), headers: [['Content-Type', contentType]], body, curlBody: { form } };
    }
  }
}
