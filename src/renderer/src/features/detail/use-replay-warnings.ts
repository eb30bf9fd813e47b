import { useEffect, useState } from 'react';
import { useClient } from '../../api/use-client';

/** The core's warnings for replaying this delivery as Replay would (e.g. a signature that will not verify). */
export function useReplayWarnings(id: number, signingToken: string | null, keepIdempotencyKey: boolean): string[] {
  const client = useClient();
  const [warnings, setWarnings] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    client.previewReplay({ id, signingToken, keepIdempotencyKey }).then(
      (preview) => current && setWarnings(preview.warnings),
      // A delivery that cannot be replayed says why when Replay is pressed; no warning is the honest preview.
      () => current && setWarnings([]),
    );
    return () => {
      current = false;
    };
  }, [client, id, signingToken, keepIdempotencyKey]);
  return warnings;
}
