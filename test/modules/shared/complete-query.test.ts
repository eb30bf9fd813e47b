import { describe, expect, it } from 'vitest';
import { completions, hasTerm, replaceTerm, toggleTerm } from '@shared/query/complete-query';

describe('completing and editing a query', () => {
  it('offers qualifier names, then their values, keeping what was typed before', () => {
    expect(completions('push sta').map((c) => c.query)).toEqual(['push status:']);
    expect(completions('-ev').map((c) => c.query)).toEqual(['-event:']);
    expect(completions('status:f').map((c) => c.query)).toEqual(['status:failed ']);
    expect(completions('event:"merge').map((c) => c.label)).toEqual(['event:"Merge Request Hook"']);
    expect(completions('push ')).toEqual([]);
    expect(completions('status:failed')).toEqual([]);
  });

  it('toggles and replaces terms as the quick toggles and the event picker do', () => {
    expect(toggleTerm('push', 'status:failed')).toBe('push status:failed');
    expect(toggleTerm('push status:failed', 'status:failed')).toBe('push');
    expect(replaceTerm('push event:"Push Hook" status:failed', 'event:', 'event:"Note Hook"')).toBe('push status:failed event:"Note Hook"');
    expect(replaceTerm('status:success push', 'status:', null)).toBe('push');
    expect(hasTerm('body:"a b" status:"internal error"', 'status:"internal error"')).toBe(true);
    expect(hasTerm('status:failedx', 'status:failed')).toBe(false);
  });
});
