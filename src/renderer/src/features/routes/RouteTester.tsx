import { useState } from 'react';
import type { RouteTestResult } from '@shared/route';
import { useClient } from '../../api/use-client';
import { describeError } from '../../store/describe-error';

/** "Test a path against the rules": what the routes in force would do, without sending anything. */
export function RouteTester() {
  const client = useClient();
  const [method, setMethod] = useState('POST');
  const [url, setUrl] = useState('/');
  const [event, setEvent] = useState('Push Hook');
  const [result, setResult] = useState<RouteTestResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const test = async () => {
    try {
      const headers: Array<[string, string]> = event.trim() ? [['X-Gitlab-Event', event.trim()]] : [];
      setResult(await client.testRoute({ method, url, headers }));
      setError(null);
    } catch (failure) {
      setError(describeError('test the path', failure));
    }
  };

  return (
    <form className="route-tester" aria-label="Test a path" onSubmit={(e) => (e.preventDefault(), void test())}>
      <h3>Test a path against the rules</h3>
      <div className="route-tester-line">
        <input aria-label="Test method" value={method} onChange={(e) => setMethod(e.target.value)} className="mono route-tester-method" />
        <input aria-label="Test path" value={url} onChange={(e) => setUrl(e.target.value)} className="mono" />
        <input aria-label="Test X-Gitlab-Event" value={event} onChange={(e) => setEvent(e.target.value)} placeholder="X-Gitlab-Event" />
        <button type="submit" className="button">
          Test
        </button>
      </div>
      {result && (
        <p data-testid="route-test-result">
          {result.file ? `${result.name ?? result.file} (${result.file}): ${result.outcome}` : `No route matches: ${result.outcome.replace(/^no route matches: /, '')}`}
        </p>
      )}
      {error && <p className="field-error">{error}</p>}
    </form>
  );
}
