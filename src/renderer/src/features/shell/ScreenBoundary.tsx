import { Component, type ReactNode } from 'react';

interface ScreenBoundaryProps {
  /** The screen's name, for the message. */
  name: string;
  children: ReactNode;
}

/** A part of the UI fetched on demand (Monaco) fails to load when the server went away or was rebuilt. */
function isChunkLoadFailure(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
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

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="screen-failure" role="alert">
        <h2>The {this.props.name} screen could not be shown</h2>
        <p>{explanation(error)}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
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
