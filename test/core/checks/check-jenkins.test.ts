import { describe, expect, it } from 'vitest';
import { useCores } from '../../support/core-harness';
import { runCheck } from '../../support/check-runs';
import { startFakeJenkins } from '../../support/fake-jenkins';
import { useFakeServers } from '../../support/fake-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const fakeServer = useFakeServers();

describe('a check run at a Jenkins GitLab-plugin target', () => {
  it('says for every case what the plugin would do, beside what the Jenkins-like receiver answered', async () => {
    const jenkins = await startFakeJenkins(fakeServer, { csrf: true, jobs: { app: { pluginSecret: 'job-secret' } } });
    const { core } = await startCore(tempDir());
    const { run } = await runCheck(core, {
      to: `${jenkins.url}/project/app`, events: ['push', 'issue'], kinds: ['as-gitlab-sends', 'wrong-token'], secretToken: 'job-secret', signingToken: null,
    });
    const push = run.cases.find((c) => c.key === 'Push Hook/default/as-gitlab-sends');
    expect(push).toMatchObject({ outcome: 'passed', status: 200, jenkins: 'Jenkins would build app for refs/heads/main.' });
    const issue = run.cases.find((c) => c.key === 'Issue Hook/open/as-gitlab-sends');
    expect(issue).toMatchObject({
      outcome: 'failed',
      status: 404,
      message: 'answered 404',
      jenkins: 'Jenkins ignores Issue Hook and answers 404: GitLab counts this as a failure and disables the hook after 4 in a row.',
    });
    expect(run.cases.find((c) => c.kind === 'wrong-token')).toMatchObject({
      outcome: 'passed',
      status: 401,
      jenkins: 'Jenkins would answer 401 "Invalid token": X-Gitlab-Token is not the job\'s secret token.',
    });
    expect(jenkins.hooks).toEqual([{ job: 'app', event: 'Push Hook' }]);
  });

  it('has no plugin words for a target that is not /project/...', async () => {
    const receiver = await fakeServer(() => ({ status: 200 }));
    const { core } = await startCore(tempDir());
    const { run } = await runCheck(core, { to: `${receiver.url}/hooks`, events: ['push'], kinds: ['as-gitlab-sends'] });
    expect(run.cases.map((c) => c.jenkins)).toEqual([null]);
  });
});
