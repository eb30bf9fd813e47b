import type { SampleScope } from '../scope';
import { generateDeployment } from './deployment';
import { generateEmoji } from './emoji';
import { generateFeatureFlag } from './feature-flag';
import { generateMember, generateProject, generateSubgroup } from './group-hooks';
import { issueGenerator } from './issue';
import { generateJob } from './job';
import { generateMergeRequest } from './merge-request';
import { generateMilestone } from './milestone';
import { noteGenerator } from './note';
import { generatePipeline } from './pipeline';
import { generatePush, generateTagPush } from './push';
import { generateRelease } from './release';
import { generateSystemHook } from './system-hook';
import { generateResourceAccessToken, generateResourceDeployToken } from './tokens';
import { generateVulnerability } from './vulnerability';
import { generateWikiPage } from './wiki-page';

/** Builds one payload; the variant id is one the catalogue lists for the event. */
export type SampleGenerator = (scope: SampleScope, variantId: string) => Record<string, unknown>;

/**
 * One generator per catalogue event id; a test checks that none is missing. Every key the webhook and system
 * hook docs show is generated, as of gitlab-org/gitlab 017a6c129d6a9e4ad9fec792cd84f88641d7dbfe
 * (doc/user/project/integrations/webhook_events.md, doc/administration/system_hooks.md): test/modules/samples/docs-keys.test.ts.
 */
export const SAMPLE_GENERATORS: Readonly<Record<string, SampleGenerator>> = {
  push: generatePush,
  'tag-push': generateTagPush,
  issue: issueGenerator(false),
  'confidential-issue': issueGenerator(true),
  note: noteGenerator(false),
  'confidential-note': noteGenerator(true),
  'merge-request': generateMergeRequest,
  'wiki-page': generateWikiPage,
  pipeline: generatePipeline,
  job: generateJob,
  deployment: generateDeployment,
  'feature-flag': generateFeatureFlag,
  release: generateRelease,
  milestone: generateMilestone,
  emoji: generateEmoji,
  'resource-access-token': generateResourceAccessToken,
  'resource-deploy-token': generateResourceDeployToken,
  vulnerability: generateVulnerability,
  member: generateMember,
  project: generateProject,
  subgroup: generateSubgroup,
  system: generateSystemHook,
};
