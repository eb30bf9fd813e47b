/**
 * The renderer's state changes only through a slice's actions (see src/renderer/src/store/types.ts):
 * - no `setState` outside the store's composition (app-store.ts, slice-factory.ts): a component or a slice
 *   that set fields directly would write fields another slice owns;
 * - nothing read through a slice's `get()` is changed in place (assigned, deleted, or pushed/spliced/sorted):
 *   the types make `get()` read-only one level deep, this catches the levels below.
 */
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const COMPOSITION = new Set(['src/renderer/src/store/app-store.ts', 'src/renderer/src/store/slice-factory.ts']);
const MUTATORS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'add', 'delete', 'clear']);

/** True when `node` is a member chain that starts at a call of `get()`, as in `get().inbox.rows[0]`. */
function readThroughGet(node) {
  let current = node;
  while (current.type === 'MemberExpression' || current.type === 'ChainExpression') {
    current = current.type === 'ChainExpression' ? current.expression : current.object;
  }
  return current.type === 'CallExpression' && current.callee.type === 'Identifier' && current.callee.name === 'get';
}

const IN_PLACE = 'State read through get() is another slice\'s, or a snapshot: change it with its slice\'s action, never in place.';

export const sliceWrites = {
  meta: { type: 'problem', docs: { description: 'Renderer state changes only through its slice\'s actions' }, schema: [] },
  create(context) {
    const path = relative(ROOT, context.filename).split(sep).join('/');
    if (!path.startsWith('src/renderer/src/')) return {};
    const composing = COMPOSITION.has(path);
    return {
      MemberExpression(node) {
        // A React class component's own this.setState is its local state, not the store's.
        if (composing || node.object.type === 'ThisExpression' || node.property.type !== 'Identifier' || node.property.name !== 'setState') return;
        context.report({ node, message: 'Only app-store.ts and slice-factory.ts call setState: change state through the owning slice\'s action.' });
      },
      AssignmentExpression(node) {
        if (node.left.type === 'MemberExpression' && readThroughGet(node.left)) context.report({ node, message: IN_PLACE });
      },
      UpdateExpression(node) {
        if (node.argument.type === 'MemberExpression' && readThroughGet(node.argument)) context.report({ node, message: IN_PLACE });
      },
      UnaryExpression(node) {
        if (node.operator === 'delete' && node.argument.type === 'MemberExpression' && readThroughGet(node.argument)) {
          context.report({ node, message: IN_PLACE });
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || !MUTATORS.has(callee.property.name)) return;
        if (callee.object.type === 'MemberExpression' && readThroughGet(callee.object)) context.report({ node, message: IN_PLACE });
      },
    };
  },
};
