import { describe, expect, it } from 'vitest';
import { fill, memberStep, rosterSummary, type PostState } from './postLogic';

const now = Date.parse('2026-05-01T02:00:00Z');
const post = (extra: Partial<PostState> = {}): PostState => ({
  status: 'OPEN',
  startsAt: '2026-05-02T01:00:00Z',
  endsAt: '2026-05-02T03:00:00Z',
  slotsLeft: 3,
  viewerCanClaim: true,
  mySlot: null,
  ...extra,
});

describe('memberStep', () => {
  it('offers a free slot, or says the post is full or closed', () => {
    expect(memberStep(post(), now)).toBe('claim');
    expect(memberStep(post({ slotsLeft: 0 }), now)).toBe('full');
    expect(memberStep(post({ status: 'CLOSED' }), now)).toBe('closed');
    expect(memberStep(post(), Date.parse('2026-05-03T00:00:00Z'))).toBe('ended');
  });
  it('walks a holder through cancel → check in → check out → done', () => {
    const slot = { checkedInAt: null, checkedOutAt: null, noShow: false };
    expect(memberStep(post({ mySlot: slot }), now)).toBe('cancel');
    expect(memberStep(post({ mySlot: slot }), Date.parse('2026-05-02T00:30:00Z'))).toBe('checkIn');
    expect(memberStep(post({ mySlot: { ...slot, checkedInAt: '2026-05-02T01:00:00Z' } }), now)).toBe('checkOut');
    expect(memberStep(post({ mySlot: { ...slot, checkedInAt: 'x', checkedOutAt: 'y' } }), now)).toBe('done');
    expect(memberStep(post({ mySlot: { ...slot, noShow: true } }), now)).toBe('noShow');
  });
  it('computes how full a post is', () => {
    expect(fill(10, 4)).toBe(0.4);
    expect(fill(0, 0)).toBe(1);
  });
});

describe('post roster', () => {
  it('counts claimed, on site, done and no-shows, and sums the hours served', () => {
    const slot = (checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, noShow = false) => ({ checkedInAt, checkedOutAt, hours, noShow });
    expect(
      rosterSummary([
        slot(null, null, null),
        slot('2026-11-20T01:00:00Z', null, null),
        slot('2026-11-20T01:00:00Z', '2026-11-20T03:30:00Z', 2.5),
        slot('2026-11-20T01:05:00Z', '2026-11-20T02:20:00Z', 1.25),
        slot(null, null, null, true),
      ]),
    ).toEqual({ claimed: 5, checkedIn: 1, done: 2, noShow: 1, hours: 3.8 });
    expect(rosterSummary([])).toEqual({ claimed: 0, checkedIn: 0, done: 0, noShow: 0, hours: 0 });
  });
});
