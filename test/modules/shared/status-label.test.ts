import { describe, expect, it } from 'vitest';
import { statusClass, statusLabel } from '@shared/delivery';

describe('the status shown beside the colour', () => {
  it('gives a forward whose target failed both: what the sender got, and internal error for the leg', () => {
    const refusedForward = { status: 502, errorKind: 'refused' as const };
    expect(statusLabel(refusedForward)).toBe('502 · internal error');
    expect(statusClass(refusedForward)).toBe('internal-error');
  });

  it('keeps the plain words for a send with no answer, one in flight and an answered one', () => {
    expect(statusLabel({ status: null, errorKind: 'timeout' })).toBe('internal error');
    expect(statusLabel({ status: null, errorKind: null })).toBe('pending');
    expect(statusLabel({ status: 200, errorKind: null })).toBe('200');
  });
});
