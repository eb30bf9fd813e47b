import type { Origin, Provider, Verdict } from '@shared/delivery';

const PROVIDERS: Record<Provider, { short: string; name: string }> = {
  gitlab: { short: 'GL', name: 'GitLab' },
  github: { short: 'GH', name: 'GitHub' },
  gitea: { short: 'GT', name: 'Gitea' },
  bitbucket: { short: 'BB', name: 'Bitbucket' },
  other: { short: '··', name: 'Other sender' },
};

export function ProviderMark({ provider }: { provider: Provider }) {
  const { short, name } = PROVIDERS[provider];
  return (
    <span className={`provider-mark provider-${provider}`} title={name} aria-label={name}>
      {short}
    </span>
  );
}

/** `badge`: a word shown beside the event too, for an origin worth telling apart at a glance (a check run's many sends). */
export const ORIGINS: Record<Origin, { glyph: string; name: string; badge?: string }> = {
  captured: { glyph: '↓', name: 'Received by the receiver' },
  forwarded: { glyph: '↪', name: 'Forwarded' },
  replay: { glyph: '↻', name: 'Replay' },
  sample: { glyph: '↑', name: 'Sent sample' },
  trigger: { glyph: '▶', name: 'Trigger call' },
  imported: { glyph: '⇣', name: 'Imported from a file' },
  check: { glyph: '☑', name: 'Sent by a check run', badge: 'check' },
};

export const ORIGIN_LABELS: Record<Origin, string> = {
  captured: 'Received',
  forwarded: 'Forwarded',
  replay: 'Replays',
  sample: 'Samples',
  trigger: 'Triggers',
  imported: 'Imported',
  check: 'Checks',
};

/** The arrows explained once, under the list: the marks alone would be a code to learn. */
export function OriginLegend() {
  return (
    <p className="origin-legend" aria-label="What the marks mean">
      {Object.entries(ORIGINS).map(([origin, { glyph, name }]) => (
        <span key={origin} className="origin-legend-item">
          <span className={`origin-mark origin-${origin}`} aria-hidden="true">
            {glyph}
          </span>{' '}
          {name}
        </span>
      ))}
    </p>
  );
}

export function OriginMark({ origin }: { origin: Origin }) {
  const { glyph, name } = ORIGINS[origin];
  return (
    <span className={`origin-mark origin-${origin}`} title={name} aria-label={name}>
      {glyph}
    </span>
  );
}

export function OriginBadge({ origin }: { origin: Origin }) {
  const { badge, name } = ORIGINS[origin];
  return badge ? (
    <span className={`origin-badge origin-${origin}`} title={name}>
      {badge}
    </span>
  ) : null;
}

const VERDICT_WORDS: Record<Verdict, string> = {
  valid: 'valid',
  invalid: 'invalid',
  missing: 'missing',
  'not-configured': 'not checked',
};

/** A check the user did not configure shows nothing: only results worth a glance take room in the row. */
export function VerdictMark({ check, verdict }: { check: 'token' | 'signature'; verdict: Verdict }) {
  if (verdict === 'not-configured') return null;
  const glyph = verdict === 'valid' ? '✓' : '✗';
  const name = check === 'token' ? 'Secret token' : 'Signature';
  return (
    <span className={`verdict-mark verdict-${verdict}`} title={`${name}: ${VERDICT_WORDS[verdict]}`}>
      {glyph} {check === 'token' ? 'token' : 'sig'}
    </span>
  );
}

export function verdictWords(verdict: Verdict): string {
  return VERDICT_WORDS[verdict];
}
