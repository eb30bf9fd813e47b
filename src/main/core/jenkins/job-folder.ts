/**
 * Mock Jenkins jobs kept as JSON files in the samples folder's `jenkins/` (one job per file, no token), read
 * when watching starts and again when a file changes, so a request to the mock does not wait on the disk.
 */
import { join } from 'node:path';
import { FolderWatch, JsonFolder, parseJson, type ListedFile } from '../json-folder/json-folder';
import { jobFromFile, type JenkinsJob } from './jenkins-job';

export const JENKINS_SUBFOLDER = 'jenkins';

/** Where a job's secret token is kept in the secret store. */
export const jobTokenName = (path: string) => `jenkins:${path}:token` as const;

export class JenkinsJobFolder {
  private listed: ListedFile<JenkinsJob>[] | null = null;
  /** Why the folder itself could not be listed (its permissions), in words; null when it could. */
  private folderProblem: string | null = null;
  private readonly watching: FolderWatch;

  /** `samplesFolder` is asked each time, so a folder moved in Settings is followed. */
  constructor(private readonly samplesFolder: () => string) {
    this.watching = new FolderWatch(() => this.files(), () => this.reload());
  }

  private files(): JsonFolder {
    return new JsonFolder(join(this.samplesFolder(), JENKINS_SUBFOLDER), 'Jenkins job');
  }

  /** Read on first use when nothing watches the folder (a one-shot command). */
  private list(): ListedFile<JenkinsJob>[] {
    return this.listed ?? this.reload();
  }

  private reload(): ListedFile<JenkinsJob>[] {
    const files = this.files();
    try {
      this.listed = files.list((text) => jobFromFile(parseJson(text)));
      this.folderProblem = null;
    } catch (error) {
      this.listed = [];
      this.folderProblem = `${files.path} could not be read (${(error as Error).message}): no job file answers until it can.`;
    }
    return this.listed;
  }

  /** Every valid job, with its token from `token` (the secret store), asked for at each call. */
  jobs(token: (name: string) => string | null): JenkinsJob[] {
    return this.list().flatMap(({ value }) => (value ? [{ ...value, token: token(jobTokenName(value.path)) }] : []));
  }

  /** Files that are not jobs, each with its reason: `jenkins/x.json: Unknown option …`. */
  problems(): string[] {
    const files = this.list().flatMap(({ file, problem }) => (problem ? [`${JENKINS_SUBFOLDER}/${file}: ${problem}`] : []));
    return this.folderProblem ? [this.folderProblem, ...files] : files;
  }

  watch(): void {
    this.watching.start();
    this.reload();
  }

  /** After the settings name another samples folder. */
  moved(): void {
    this.watching.moved();
    this.reload();
  }

  stop(): void {
    this.watching.stop();
  }
}
