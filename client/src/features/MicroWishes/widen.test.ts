import { describe, expect, it } from 'vitest';
import { canWiden } from './WidenWishAction';

const wish = { id: 'w', version: 3, status: 'PUBLISHED', communityId: 'c', widenedToStreet: false };

describe('widen a wish to the street', () => {
  it('is for the community secretary, once, while the wish is published or claimed', () => {
    expect(canWiden(wish, 'CommunitySecretary')).toBe(true);
    expect(canWiden({ ...wish, status: 'CLAIMED' }, 'CommunitySecretary')).toBe(true);
    expect(canWiden(wish, 'Member')).toBe(false);
    expect(canWiden({ ...wish, widenedToStreet: true }, 'CommunitySecretary')).toBe(false);
    expect(canWiden({ ...wish, status: 'FULFILLED' }, 'CommunitySecretary')).toBe(false);
    expect(canWiden({ ...wish, status: 'SUBMITTED' }, 'CommunitySecretary')).toBe(false);
  });
});
