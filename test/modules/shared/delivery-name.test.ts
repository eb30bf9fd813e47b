import { describe, expect, it } from 'vitest';
import { deliveryName, whyNotResendable } from '@shared/delivery-name';

describe('what the inbox calls a delivery', () => {
  it('names trigger calls by what they are, and keeps the event of a webhook', () => {
    expect(deliveryName({ origin: 'trigger', event: null, url: 'https://gitlab.example.com/api/v4/projects/42/trigger/pipeline' })).toBe('GitLab trigger');
    expect(deliveryName({ origin: 'captured', event: null, url: '/api/v4/projects/group%2Fapp/ref/main/trigger/pipeline?token=x' })).toBe('GitLab trigger');
    expect(deliveryName({ origin: 'trigger', event: null, url: 'https://ci.example.com/job/apps/job/web/buildWithParameters?token=x' })).toBe('Jenkins build');
    expect(deliveryName({ origin: 'trigger', event: 'Push Hook', url: 'https://ci.example.com/project/web' })).toBe('Push Hook');
    expect(deliveryName({ origin: 'captured', event: null, url: '/project/web' })).toBeNull();
  });

  it('says why a trigger call or a body over the limit cannot be replayed', () => {
    expect(whyNotResendable({ origin: 'trigger', overLimit: false })).toMatch(/tokens masked.*from Triggers/);
    expect(whyNotResendable({ origin: 'captured', overLimit: true })).toMatch(/over the limit/);
    expect(whyNotResendable({ origin: 'captured', overLimit: false })).toBeNull();
  });
});
