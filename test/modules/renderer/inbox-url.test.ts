import { describe, expect, it } from 'vitest';
import { inboxHash, readInboxPlace } from '@shared/inbox-place';

describe('the inbox in the URL', () => {
  it('writes and reads back the query and the delivery', () => {
    const hash = inboxHash({ query: 'status:failed event:"Push Hook"', id: 12 });
    expect(hash).toBe('#/inbox?q=status%3Afailed%20event%3A%22Push%20Hook%22&id=12');
    expect(readInboxPlace(hash)).toEqual({ query: 'status:failed event:"Push Hook"', id: 12 });
    expect(inboxHash({ query: '', id: null })).toBe('#/inbox');
    expect(readInboxPlace('#/inbox')).toEqual({ query: '', id: null });
    expect(readInboxPlace('#/inbox?id=-3')).toEqual({ query: '', id: null });
    expect(readInboxPlace('#/settings')).toBeNull();
  });
});
