import { Suspense, type ComponentProps } from 'react';
import { retryableLazy } from './retryable-lazy';

// Monaco is most of the bundle: loading it on the first shown code keeps the list's first paint fast.
const CodeView = retryableLazy(() => import('../monaco/CodeView').then((module) => module.CodeView));

/** The read-only editor, loaded on first use; "Loading the editor…" until then. */
export function LazyCodeView(props: ComponentProps<typeof CodeView>) {
  return (
    <Suspense fallback={<div className="code-view code-view-loading">Loading the editor…</div>}>
      <CodeView {...props} />
    </Suspense>
  );
}
