/** Standard Webhooks receivers refuse a signature whose webhook-timestamp is older than this. */
const SIGNATURE_TOLERANCE_S = 5 * 60;

/**
 * Compose keeps its ids until asked for new ones, so a signed sample can outlive what a receiver accepts: the
 * warning for that, or null while the timestamp is fresh enough (or nothing is signed).
 */
export function staleTimestampWarning(timestampS: number | null, nowMs: number): string | null {
  if (timestampS === null) return null;
  const ageS = Math.floor(nowMs / 1000) - timestampS;
  if (ageS <= SIGNATURE_TOLERANCE_S) return null;
  return `webhook-timestamp is ${Math.floor(ageS / 60)} minutes old: receivers that check signatures refuse it after 5 minutes. New ids makes a fresh one.`;
}
