import { join } from 'node:path';
import type { Scenario, ScenarioEntry, Scenarios } from '@shared/scenario';
import { FAILURE } from '@shared/errors';
import { UserError } from '@shared/user-error';
import { JsonFolder } from '../json-folder/json-folder';
import { BUILT_IN_SCENARIOS } from './built-in-scenarios';
import { parseScenarioFile } from './scenario-file';

/** Where scenario files live: a `scenarios` folder inside the samples folder, beside `routes` and `triggers`. */
export const SCENARIOS_SUBFOLDER = 'scenarios';

/** The built-in scenarios, then the files of the samples folder's `scenarios/`, each listed with its problem if any. */
export class ScenarioLibrary {
  constructor(private readonly samplesFolder: () => string) {}

  private folder(): JsonFolder {
    return new JsonFolder(join(this.samplesFolder(), SCENARIOS_SUBFOLDER), 'scenario');
  }

  list(): Scenarios {
    const folder = this.folder();
    const builtIn: ScenarioEntry[] = BUILT_IN_SCENARIOS.map((scenario) => ({ id: scenario.name, source: 'built-in', ...scenario, problem: null }));
    const files: ScenarioEntry[] = folder.list(parseScenarioFile).map(({ file, value, problem }) =>
      value
        ? { id: file, source: 'file', name: value.name, description: value.description, steps: value.steps, problem: null }
        : { id: file, source: 'file', name: file, description: '', steps: null, problem },
    );
    return { folder: folder.path, entries: [...builtIn, ...files] };
  }

  /** By a built-in's name, a file's name (with or without .json), or the name a file gives its scenario. */
  find(name: string): Scenario {
    const { folder, entries } = this.list();
    const entry =
      entries.find((candidate) => candidate.id === name || candidate.id === `${name}.json`) ??
      entries.find((candidate) => candidate.source === 'file' && candidate.name === name);
    if (!entry) {
      const known = entries.filter((candidate) => !candidate.problem).map((candidate) => candidate.id);
      throw new UserError(`There is no scenario "${name}" (built in, or in ${folder}); there are: ${known.join(', ')}.`, FAILURE.noSuchFile);
    }
    if (!entry.steps) throw new UserError(`The scenario file ${entry.id} cannot be played: ${entry.problem}`);
    return { name: entry.name, description: entry.description, steps: entry.steps };
  }
}
