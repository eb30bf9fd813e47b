import { createElement, lazy, type ComponentType } from 'react';

/** Bumped when the UI asks again (Try again, or the core coming back): failed chunks are fetched anew after it. */
let retryGeneration = 0;

export function retryFailedChunks(): void {
  retryGeneration += 1;
}

/**
 * React.lazy keeps a failed import for good, so a chunk that could not be fetched while Hookbench was away would
 * stay broken. This one keeps the failure (so the error reaches its boundary) until retryFailedChunks is called;
 * the next render after that fetches the chunk again.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let failedAt: number | null = null;
  const fresh = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failedAt = retryGeneration;
          throw error;
        },
      ),
    );
  let current = fresh();
  return function Retryable(props: P) {
    if (failedAt !== null && retryGeneration > failedAt) {
      failedAt = null;
      current = fresh();
    }
    return createElement(current, props);
  };
}
