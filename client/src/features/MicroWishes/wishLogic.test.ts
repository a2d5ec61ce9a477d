import { describe, expect, it } from 'vitest';
import { checkPhoto, countdown, formatBytes, parseWallFilters, PHOTO_MAX_BYTES, statusTone, wishActions } from './wishLogic';

const wish = (status: Parameters<typeof wishActions>[0]['status'], extra: Partial<Parameters<typeof wishActions>[0]> = {}) => ({
  status,
  communityId: 'c1',
  claimant: null,
  viewerCanClaim: false,
  ...extra,
});

describe('wishActions', () => {
  it('lets the secretary publish or reject a submitted wish, and nobody else', () => {
    expect(wishActions(wish('SUBMITTED'), 'CommunitySecretary', 'p1')).toEqual(['publish', 'reject']);
    expect(wishActions(wish('SUBMITTED'), 'Member', 'p1')).toEqual([]);
  });

  it('offers claim only when the server says the viewer can claim', () => {
    expect(wishActions(wish('PUBLISHED', { viewerCanClaim: true }), 'Member', 'p1')).toEqual(['claim']);
    expect(wishActions(wish('PUBLISHED'), 'Member', 'p1')).toEqual([]);
    expect(wishActions(wish('PUBLISHED', { viewerCanClaim: true }), 'CommunitySecretary', 'p1')).toEqual(['push', 'cancel']);
  });

  it('gives fulfil and release to the claimant only', () => {
    const claimed = wish('CLAIMED', { claimant: { id: 'p1' } });
    expect(wishActions(claimed, 'Member', 'p1')).toEqual(['fulfil', 'release']);
    expect(wishActions(claimed, 'Member', 'p2')).toEqual([]);
    expect(wishActions(claimed, 'CommunitySecretary', 's1')).toEqual(['cancel']);
  });

  it('lets the community confirm or dispute a fulfilment', () => {
    expect(wishActions(wish('FULFILLED', { claimant: { id: 'p1' } }), 'CommunitySecretary', 's1')).toEqual(['confirm', 'dispute']);
    expect(wishActions(wish('FULFILLED', { claimant: { id: 'p1' } }), 'Member', 'p1')).toEqual([]);
  });

  it('has nothing to do on finished wishes', () => {
    for (const s of ['CLOSED', 'REJECTED', 'CANCELLED'] as const) expect(wishActions(wish(s), 'CommunitySecretary', 's1')).toEqual([]);
  });
});

describe('checkPhoto', () => {
  it('accepts JPEG, PNG and WebP up to 5 MB', () => {
    expect(checkPhoto({ type: 'image/png', size: 1000 })).toBeUndefined();
    expect(checkPhoto({ type: 'image/webp', size: PHOTO_MAX_BYTES })).toBeUndefined();
  });
  it('names the problem otherwise', () => {
    expect(checkPhoto({ type: 'image/gif', size: 10 })).toBe('type');
    expect(checkPhoto({ type: 'application/pdf', size: 10 })).toBe('type');
    expect(checkPhoto({ type: 'image/jpeg', size: PHOTO_MAX_BYTES + 1 })).toBe('size');
    expect(checkPhoto({ type: 'image/jpeg', size: 0 })).toBe('empty');
  });
  it('formats sizes', () => {
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
    expect(formatBytes(300)).toBe('1 KB');
  });
});

describe('countdown', () => {
  const now = Date.parse('2026-05-01T00:00:00Z');
  it('counts days and hours left', () => {
    expect(countdown('2026-05-03T05:00:00Z', now)).toEqual({ overdue: false, days: 2, hours: 5, tone: 'info' });
    expect(countdown('2026-05-09T00:00:00Z', now).tone).toBe('neutral');
  });
  it('warns in the last day and marks overdue claims', () => {
    expect(countdown('2026-05-01T10:00:00Z', now)).toMatchObject({ overdue: false, days: 0, hours: 10, tone: 'warning' });
    expect(countdown('2026-04-29T22:00:00Z', now)).toMatchObject({ overdue: true, days: 1, hours: 2, tone: 'danger' });
  });
});

describe('statusTone and filters', () => {
  it('colours open work apart from finished work', () => {
    expect(statusTone('PUBLISHED')).toBe('brand');
    expect(statusTone('CLOSED')).toBe('success');
    expect(statusTone('CANCELLED')).toBe('neutral');
  });
  it('reads filters from the query string and ignores junk', () => {
    expect(parseWallFilters(new URLSearchParams('status=CLAIMED&category=REPAIR&view=forMe'))).toEqual({
      status: 'CLAIMED',
      category: 'REPAIR',
      view: 'forMe',
    });
    expect(parseWallFilters(new URLSearchParams('status=NOPE&category=x'))).toEqual({ view: 'all' });
  });
});
