/**
 * Mock Jenkins jobs kept as JSON files in the samples folder's `jenkins/` (one job per file, no token), read
 * once and again when a file changes, so a request to the mock never waits on the disk.
 */
import { join } from 'node:path';
import { FolderWatch, JsonFolder, parseJson, type ListedFile } from '../json-folder/json-folder';
import { jobFromFile, type JenkinsJob } from './jenkins-job';

export const JENKINS_SUBFOLDER = 'jenkins';

/** Where a job's secret token is kept in the secret store. */
export const jobTokenName = (path: string) => `jenkins:${path}:token` as const;

export class JenkinsJobFolder {
  private listed: ListedFile<JenkinsJob>[] | null = null;
  private readonly watching: FolderWatch;

  /** `samplesFolder` is asked each time, so a folder moved in Settings is followed. */
  constructor(private readonly samplesFolder: () => string) {
    this.watching = new FolderWatch(() => this.files(), () => (this.listed = null));
  }

  private files(): JsonFolder {
    return new JsonFolder(join(this.samplesFolder(), JENKINS_SUBFOLDER), 'Jenkins job');
  }

  private list(): ListedFile<JenkinsJob>[] {
    this.listed ??= this.files().list((text) => jobFromFile(parseJson(text)));
    return this.listed;
  }

  /** Every valid job, with its token from `token` (the secret store), asked for at each call. */
  jobs(token: (name: string) => string | null): JenkinsJob[] {
    return this.list().flatMap(({ value }) => (value ? [{ ...value, token: token(jobTokenName(value.path)) }] : []));
  }

  /** Files that are not jobs, each with its reason: `jenkins/x.json: Unknown option …`. */
  problems(): string[] {
    return this.list().flatMap(({ file, problem }) => (problem ? [`${JENKINS_SUBFOLDER}/${file}: ${problem}`] : []));
  }

  watch(): void {
    this.watching.start();
  }

  /** After the settings name another samples folder. */
  moved(): void {
    this.listed = null;
    this.watching.moved();
  }

  stop(): void {
    this.watching.stop();
  }
}
