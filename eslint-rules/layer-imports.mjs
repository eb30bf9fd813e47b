/**
 * The layers of ARCHITECTURE.md as a lint rule: every import is resolved to the folder it lands in, so
 * `../../main/x`, `../inbox/y` and `@shared/z` are judged by where they point, whatever the depth of the file.
 * - src/shared imports only src/shared: no Node, no DOM packages, no Electron.
 * - src/main/core never imports a face, the preload or the renderer, nor Electron.
 * - the faces (src/main/faces) and the preload never import the renderer's source: the web face serves its build.
 * - the preload imports src/shared only (and Electron): it must not bundle main code.
 * - src/renderer imports the renderer and src/shared only: no src/main, no preload, no Node, no Electron.
 * - a feature folder (src/renderer/src/features/X) never imports another feature; shared UI goes to components/.
 * - store/, api/, components/ and monaco/ serve the features and never import one; only the shell's root
 *   (App.tsx, main.tsx) puts features together.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

function layerOf(absolutePath) {
  const path = relative(ROOT, absolutePath).split(sep).join('/');
  if (path.startsWith('src/shared/') || path === 'src/shared') return { name: 'shared' };
  if (path.startsWith('src/main/core/')) return { name: 'core' };
  if (path.startsWith('src/main/')) return { name: 'faces' };
  if (path.startsWith('src/preload/')) return { name: 'preload' };
  const feature = /^src\/renderer\/src\/features\/([^/]+)/.exec(path);
  if (feature) return { name: 'renderer', feature: feature[1] };
  const area = /^src\/renderer\/src\/([^/]+)\//.exec(path);
  if (area) return { name: 'renderer', servesFeatures: true };
  if (path.startsWith('src/renderer/')) return { name: 'renderer' };
  return null;
}

function targetOf(specifier, fromFile) {
  if (specifier.startsWith('.')) return { path: resolve(dirname(fromFile), specifier) };
  if (specifier.startsWith('@shared/') || specifier === '@shared') return { path: resolve(ROOT, 'src/shared', specifier.slice(8)) };
  return { packageName: specifier.startsWith('node:') ? 'node:' : specifier.split('/')[0] };
}

const NODE_ONLY = new Set(['node:', 'electron', 'express', 'ws', 'croner']);

function problem(from, target) {
  if (target.packageName) {
    const name = target.packageName;
    if (from.name === 'shared') return `src/shared is pure code for every layer: it may not import "${name}".`;
    if (from.name === 'core' && name === 'electron') return 'The core runs without Electron (CLI, web face, tests): keep Electron in src/main/faces/electron.';
    if (from.name === 'renderer' && NODE_ONLY.has(name)) return `The renderer runs in a browser page: it may not import "${name}"; ask the core through the contract client.`;
    return null;
  }
  const to = layerOf(target.path);
  if (!to) return null;
  if (from.name === 'shared' && to.name !== 'shared') return 'src/shared may import only src/shared: move what both sides need into src/shared.';
  if (from.name === 'core' && to.name !== 'core' && to.name !== 'shared') return 'The core never imports a face or the renderer: move what both need into src/shared, or pass it in from the face.';
  if ((from.name === 'faces' || from.name === 'preload') && to.name === 'renderer') return 'The faces and the preload never import the renderer: the renderer talks to them through the contract.';
  if (from.name === 'preload' && to.name !== 'shared' && to.name !== 'preload') return 'The preload may import only src/shared (and Electron): it must not bundle main code.';
  if (from.name === 'renderer' && to.name !== 'renderer' && to.name !== 'shared') return 'The renderer imports only the renderer and src/shared (@shared/...): move pure code it needs into src/shared.';
  if (from.servesFeatures && to.feature) return `store/, api/, components/ and monaco/ serve the features and may not import one (${to.feature}): move the piece they share into components/.`;
  if (from.feature && to.feature && from.feature !== to.feature) return `The ${from.feature} feature may not import the ${to.feature} feature: move the shared piece into src/renderer/src/components/ (or store/).`;
  return null;
}

export const layerImports = {
  meta: { type: 'problem', docs: { description: 'Imports follow the layers of ARCHITECTURE.md' }, schema: [] },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const message = problem(from, targetOf(node.source.value, context.filename));
      if (message) context.report({ node: node.source, message: `"${node.source.value}": ${message}` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
