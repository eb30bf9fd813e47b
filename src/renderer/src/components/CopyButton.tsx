import { useEffect, useState } from 'react';

/** Copies `text` and says so for a moment; a refused clipboard is reported, not swallowed. */
export function CopyButton({ text, label = 'Copy', title }: { text: string; label?: string; title?: string }) {
  const [outcome, setOutcome] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (outcome === 'idle') return;
    const timer = setTimeout(() => setOutcome('idle'), 1500);
    return () => clearTimeout(timer);
  }, [outcome]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <button type="button" className="button button-small" onClick={copy} title={title ?? label}>
      {outcome === 'copied' ? 'Copied' : outcome === 'failed' ? 'Copy blocked' : label}
    </button>
  );
}
