import { Component, type ReactNode } from 'react';
import { retryFailedChunks } from '../../components/retryable-lazy';

interface ScreenBoundaryProps {
  /** The screen's name, for the message. */
  name: string;
  /** Whether the core can be reached: a part that could not be fetched while it was away is tried again when it is back. */
  online: boolean;
  children: ReactNode;
}

/** A part of the UI fetched on demand (Monaco) fails to load when the server went away or was rebuilt. */
function isChunkLoadFailure(error: Error): boolean {
  // Vite reports a chunk's stylesheet that could not be fetched as "Unable to preload CSS".
  return /dynamically imported module|Importing a module script failed|error loading dynamically|Unable to preload CSS/i.test(error.message);
}

function explanation(error: Error): string {
  return isChunkLoadFailure(error)
    ? 'Part of the Hookbench window could not be loaded: Hookbench may have stopped or been updated. When it runs again, reload the window.'
    : 'Something went wrong while showing it. Try again; if it keeps happening, reload the window and report the details.';
}

/** A screen that fails shows what happened and the way out, never a white window; the rest of the window keeps working. */
export class ScreenBoundary extends Component<ScreenBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: ScreenBoundaryProps) {
    const { error } = this.state;
    if (error && isChunkLoadFailure(error) && this.props.online && !previous.online) this.tryAgain();
  }

  private tryAgain() {
    retryFailedChunks();
    this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="screen-failure" role="alert">
        <h2>The {this.props.name} screen could not be shown</h2>
        <p>{explanation(error)}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => this.tryAgain()}>
            Try again
          </button>
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            Reload the window
          </button>
        </div>
        <details>
          <summary>Show details</summary>
          <pre className="mono">{error.message}</pre>
        </details>
      </div>
    );
  }
}
