import { useState } from 'react';
import { Field } from '../../components/Field';
import { useClient } from '../../api/use-client';
import { describeError } from '../../store/describe-error';
import { draftOf, EMPTY_DRAFT, routeOf, type RouteDraft } from './route-draft';
import type { Route } from '@shared/route';

const METHODS = ['', 'POST', 'GET', 'PUT', 'PATCH', 'DELETE'];

/** Writes one route file: new, or the chosen file again. The core checks every field and names what is wrong. */
export function RouteForm({ file, route, saved }: { file: string | null; route: Route | null; saved: (file: string) => void }) {
  const client = useClient();
  const [draft, setDraft] = useState<RouteDraft>(route ? draftOf(route) : EMPTY_DRAFT);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<RouteDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const text = (key: keyof RouteDraft) => ({
    name: key,
    value: String(draft[key]),
    onChange: (event: { target: { value: string } }) => set({ [key]: event.target.value }),
  });

  const save = async () => {
    try {
      const written = await client.saveRoute(routeOf(draft), file, file !== null);
      setError(null);
      saved(written);
    } catch (failure) {
      setError(describeError('save the route', failure));
    }
  };

  return (
    <form className="route-form" aria-label="Route" onSubmit={(event) => (event.preventDefault(), void save())}>
      <h3>{file ? `Edit ${file}` : 'New route'}</h3>
      <Field label="Name">
        <input {...text('name')} placeholder="GitLab hooks to my receiver" />
      </Field>
      <div className="route-match">
        <Field label="Method">
          <select {...text('method')}>
            {METHODS.map((method) => (
              <option key={method} value={method}>
                {method || 'Any'}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Path" hint="A prefix (/hooks), or a glob: * one segment, ** any (/hooks/gitlab/**)">
          <input {...text('path')} className="mono" />
        </Field>
      </div>
      <Field label="Headers to match" hint="One per line, like X-Gitlab-Event: Push Hook; a name alone matches any value">
        <textarea {...text('headers')} rows={2} className="mono" />
      </Field>
      <fieldset className="route-kind">
        <legend>Then</legend>
        {(['forward', 'answer', 'mock'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name="kind" checked={draft.kind === kind} onChange={() => set({ kind })} /> {kind === 'forward' ? 'Forward' : kind === 'answer' ? 'Answer' : 'Mock'}
          </label>
        ))}
      </fieldset>
      {draft.kind === 'forward' && (
        <>
          <Field label="Target URL" hint="The request's path after the route's fixed part, and its query, are appended">
            <input {...text('url')} className="mono" />
          </Field>
          <Field label="Timeout (s)" hint="GitLab gives up after 10 s">
            <input {...text('timeoutSeconds')} inputMode="decimal" />
          </Field>
          <label className="route-check">
            <input type="checkbox" checked={draft.keepHost} onChange={(event) => set({ keepHost: event.target.checked })} /> Keep the sender's Host header
          </label>
        </>
      )}
      {draft.kind === 'answer' && (
        <>
          <Field label="Status">
            <input {...text('status')} inputMode="numeric" />
          </Field>
          <Field label="Delay (s)" hint="Up to 30 s">
            <input {...text('delaySeconds')} inputMode="decimal" />
          </Field>
          <Field label="Only the next N" hint="Empty: every matching delivery; a number: that many, then back to normal">
            <input {...text('next')} inputMode="numeric" />
          </Field>
          <Field label="Body">
            <textarea {...text('body')} rows={2} className="mono" />
          </Field>
        </>
      )}
      {draft.kind === 'mock' && (
        <Field label="Mock">
          <select {...text('mock')}>
            <option value="gitlab-trigger">GitLab pipeline trigger API</option>
            <option value="jenkins">Jenkins GitLab plugin</option>
          </select>
        </Field>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary">
        Save route
      </button>
    </form>
  );
}
