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

/** `badge`: a word shown in place of the glyph, for an origin a glyph would not tell apart at a glance. */
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
      {(Object.keys(ORIGINS) as Origin[]).map((origin) => (
        <span key={origin} className="origin-legend-item">
          <span className={originLook(origin).className} aria-hidden="true">
            {originLook(origin).text}
          </span>{' '}
          {ORIGINS[origin].name}
        </span>
      ))}
    </p>
  );
}

function originLook(origin: Origin): { className: string; text: string } {
  const { glyph, badge } = ORIGINS[origin];
  return { className: `${badge ? 'origin-badge' : 'origin-mark'} origin-${origin}`, text: badge ?? glyph };
}

export function OriginMark({ origin }: { origin: Origin }) {
  const { name } = ORIGINS[origin];
  const { className, text } = originLook(origin);
  return (
    <span className={className} title={name} aria-label={name}>
      {text}
    </span>
  );
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
