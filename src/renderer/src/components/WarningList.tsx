/** The core's warnings for what is about to be sent (a trigger call, a sample, a replay), in its words. */
export function WarningList({ warnings, testId }: { warnings: readonly string[]; testId?: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="warning-list" aria-label="Warnings" data-testid={testId}>
      {warnings.map((warning) => (
        <li key={warning}>⚠ {warning}</li>
      ))}
    </ul>
  );
}
