import type { TriggerPreset, TriggerPresetEntry } from '@shared/trigger-preset';
import { FolderWatch } from '../json-folder/json-folder';
import { PresetScheduler, type SchedulerClock } from '../schedules/preset-scheduler';
import type { PresetFolder } from './preset-folder';

export interface TriggerPresetsOptions {
  /** The presets folder the settings name now. */
  folder: () => PresetFolder;
  /** Called when preset files change on disk, and after each scheduled run (its next run has moved). */
  changed: (folder: string) => void;
  /** Sends a preset; without it, schedules are not armed and no next run is shown. */
  runPreset?: (file: string) => Promise<void>;
  /** A schedule's problem, in words (a failed run, a run skipped because the last one is still going). */
  report: (message: string) => void;
  clock?: SchedulerClock;
}

/** The presets folder with its schedules: what the contract's preset methods work on. */
export class TriggerPresets {
  private readonly scheduler: PresetScheduler;
  private readonly watcher: FolderWatch;
  private scheduling = false;

  constructor(private readonly options: TriggerPresetsOptions) {
    const { runPreset, report, changed, clock } = options;
    this.scheduler = new PresetScheduler({
      run: async (file) => {
        try {
          await runPreset?.(file);
        } finally {
          changed(this.options.folder().path);
        }
      },
      report,
      clock,
    });
    this.watcher = new FolderWatch(options.folder, (path) => {
      this.reschedule();
      changed(path);
    });
  }

  /** Watches the folder and arms the schedules; they run only while the app runs. */
  start(): void {
    this.watch();
    this.armSchedules();
  }

  /** Follows the folder's files without running schedules: another process on the data folder runs them. */
  watch(): void {
    this.watcher.start();
  }

  armSchedules(): void {
    this.scheduling = true;
    this.reschedule();
  }

  disarmSchedules(): void {
    this.scheduling = false;
    this.scheduler.stop();
  }

  /** After the settings name another samples folder. */
  folderMoved(): void {
    this.watcher.moved();
    this.reschedule();
  }

  stop(): void {
    this.watcher.stop();
    this.disarmSchedules();
  }

  list(): { folder: string; entries: TriggerPresetEntry[] } {
    const folder = this.options.folder();
    const entries = folder.list().map((entry) => ({ ...entry, nextRunAt: this.scheduler.nextRunAt(entry.file) }));
    return { folder: folder.path, entries };
  }

  read(file: string): TriggerPreset {
    return this.options.folder().read(file);
  }

  save(preset: unknown, file: string | null, overwrite: boolean): string {
    const saved = this.options.folder().save(preset, file, { overwrite });
    this.reschedule();
    return saved;
  }

  delete(file: string): void {
    this.options.folder().delete(file);
    this.reschedule();
  }

  private reschedule(): void {
    if (!this.options.runPreset || !this.scheduling) return;
    try {
      this.scheduler.update(this.options.folder().list());
    } catch (error) {
      this.options.report(`Schedules could not be read: ${(error as Error).message}`);
    }
  }
}
