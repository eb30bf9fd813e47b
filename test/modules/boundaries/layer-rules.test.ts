import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintMessages, ROOT } from '../../support/lint-messages';
import { useTempDirs } from '../../support/temp-dir';

const makeTempDir = useTempDirs();

const layerProblems = (filePath: string, code: string) => lintMessages('hookbench/layer-imports', filePath, code);

describe('lint: imports follow the layers', () => {
  it.each([
    ['src/renderer/src/features/compose/Fixture.tsx', "import { x } from '../../../../main/core/samples/scope';", /renderer imports only the renderer and src\/shared/],
    ['src/renderer/src/store/fixture.ts', "import type { X } from '../../../main/faces/web/web-face';", /renderer imports only/],
    ['src/renderer/src/api/fixture.ts', "import { readFileSync } from 'node:fs';", /runs in a browser page/],
    ['src/renderer/src/features/compose/Fixture.tsx', "import { DeliveryList } from '../inbox/DeliveryList';", /compose feature may not import the inbox feature/],
    ['src/renderer/src/features/triggers/Fixture.tsx', "import '../../features/detail/DetailPane';", /triggers feature may not import the detail feature/],
    ['src/renderer/src/store/fixture.ts', "export { Inbox } from '../features/inbox/Inbox';", /serve the features and may not import one \(inbox\)/],
    ['src/main/core/receiver/fixture.ts', "import { startWebFace } from '../../faces/web/web-face';", /core never imports a face/],
    ['src/main/core/fixture.ts', "import { app } from 'electron';", /core runs without Electron/],
    ['src/shared/fixture.ts', "import { createHash } from 'node:crypto';", /src\/shared is pure code/],
    ['src/shared/fixture.ts', "import { x } from '../main/core/app-core';", /src\/shared may import only src\/shared/],
    ['src/main/faces/web/fixture.ts', "import { App } from '../../../renderer/src/App';", /faces and the preload never import the renderer/],
    ['src/preload/fixture.ts', "import { createAppCore } from '../main/core/app-core';", /preload may import only src\/shared/],
  ])('%s: %s is refused', async (file, code, expected) => {
    const problems = await layerProblems(file, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it.each([
    ['src/renderer/src/features/compose/Fixture.tsx', "import { x } from '@shared/contract';\nimport { y } from '../../components/delivery-view/SentResponse';\nimport { z } from './EventPicker';"],
    ['src/renderer/src/App.tsx', "import { Inbox } from './features/inbox/Inbox';\nimport { DetailPane } from './features/detail/DetailPane';"],
    ['src/main/core/fixture.ts', "import { createServer } from 'node:http';\nimport { UserError } from '@shared/user-error';"],
    ['src/main/faces/web/fixture.ts', "import { createAppCore } from '../../core/app-core';\nimport express from 'express';"],
    ['src/preload/fixture.ts', "import { contextBridge } from 'electron';\nimport { CALL_CHANNEL } from '@shared/ipc-channels';"],
  ])('%s may import what its layer allows', async (file, code) => {
    expect(await layerProblems(file, code)).toEqual([]);
  });
});

describe('typecheck: the web project cannot reach src/main', () => {
  const tsc = join(createRequire(__filename).resolve('typescript-7/package.json'), '../bin/tsc');

  /** The web project as it is, with `extra` as one more renderer file. */
  function checkWebProjectWith(extra: string[]) {
    const dir = makeTempDir();
    const config = join(dir, 'tsconfig.json');
    const include = [join(ROOT, 'src/renderer/src'), join(ROOT, 'src/shared'), ...extra];
    writeFileSync(config, JSON.stringify({ extends: join(ROOT, 'tsconfig.web.json'), compilerOptions: { rootDir: '/' }, include }));
    return spawnSync(process.execPath, [tsc, '--noEmit', '-p', config], { encoding: 'utf8', timeout: 60_000 });
  }

  it('a renderer file importing a pure core module is a compile error (TS6307), not only a lint error', () => {
    const fixture = join(makeTempDir(), 'ImportsCore.tsx');
    writeFileSync(fixture, "import { SampleScope } from '" + join(ROOT, 'src/main/core/samples/scope') + "';\nexport const scope = SampleScope;\n");
    const withoutFixture = checkWebProjectWith([]);
    expect(withoutFixture.stdout).toBe('');
    expect(withoutFixture.status).toBe(0);
    const run = checkWebProjectWith([fixture]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/error TS6307: File '[^']*src\/main\/core\/samples\/scope\.ts' is not listed within the file list of project/);
  });
});
