import type { GitlabTriggerPreset, JenkinsPluginPreset, JenkinsRemoteBuildPreset } from '@shared/trigger-preset';

export const nightly: GitlabTriggerPreset = {
  name: 'Nightly pipeline on main',
  kind: 'gitlab-trigger',
  baseUrl: 'https://gitlab.example.com',
  project: 'group/project',
  ref: 'main',
  variables: [['DEPLOY', 'true']],
  inputs: [['environment', 'staging']],
  encoding: 'form',
  schedule: { cron: '30 0 * * *', enabled: true },
};

export const pluginPush: JenkinsPluginPreset = {
  name: 'Push to the build job',
  kind: 'jenkins-gitlab-plugin',
  baseUrl: 'http://jenkins.local:8080',
  jobPath: 'team/build',
  auth: 'api-token',
  user: 'ci-bot',
  event: 'Push Hook',
  variant: null,
  payload: null,
  schedule: null,
};

export const remoteBuild: JenkinsRemoteBuildPreset = {
  name: 'Deploy with parameters',
  kind: 'jenkins-remote-build',
  baseUrl: 'https://jenkins.example.com/ci',
  jobPath: 'deploy',
  parameters: [['TARGET', 'staging']],
  user: '',
  schedule: { cron: '0 6 * * 1-5', enabled: false },
};
