import { useState } from 'react';
import { useApp } from '../../store/use-app';
import { StoredSecretField } from './StoredSecretField';

const JOB_TOKEN = /^jenkins:(.+):token$/;
const NONE: Record<string, string> = {};
/** FOLDER/…/JOB, as in /project/<path>: segments without empty parts. */
const JOB_PATH = /^[^/:\s]+(?:\/[^/:\s]+)*$/;

/**
 * The secret tokens of the Jenkins mock's jobs kept as files in the samples folder's jenkins/ (a file never
 * holds its token): one field per job with a token, and one for a job named here.
 */
export function JenkinsJobTokens() {
  const masked = useApp((state) => state.settings.secrets?.masked ?? NONE);
  const [path, setPath] = useState('');
  const withTokens = Object.keys(masked).flatMap((name) => JOB_TOKEN.exec(name)?.[1] ?? []);
  const typed = path.trim().replace(/^\/+|\/+$/g, '');
  const fields = JOB_PATH.test(typed) && !withTokens.includes(typed) ? [...withTokens, typed] : withTokens;
  return (
    <section className="settings-section" aria-label="Jenkins mock jobs">
      <h2>Jenkins mock jobs</h2>
      <p className="field-hint">
        Jobs the receiver answers as the Jenkins GitLab plugin, kept as JSON files in the samples folder's jenkins/ folder. A job
        with a secret token answers 401 &quot;Invalid token&quot; to any other X-Gitlab-Token; without one, 403 to anonymous calls.
      </p>
      <label className="field">
        <span className="field-label">Job</span>
        <input name="jenkinsJob" value={path} onChange={(event) => setPath(event.target.value)} placeholder="team/build-app" spellCheck={false} />
        <span className="field-hint">The job path as in /project/team/build-app: its token field appears below.</span>
      </label>
      {fields.map((job) => (
        <StoredSecretField
          key={job}
          name={`jenkins:${job}:token`}
          label={`Secret token of ${job}`}
          placeholder="the job's Secret token"
          hint={`The token GitLab sends as X-Gitlab-Token to /project/${job}.`}
        />
      ))}
    </section>
  );
}
