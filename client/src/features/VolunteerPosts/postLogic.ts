// What a member can do with a post right now, and how full it is.
export interface PostState {
  status: string;
  startsAt: string;
  endsAt: string;
  slotsLeft: number;
  viewerCanClaim: boolean;
  mySlot: { checkedInAt: string | null; checkedOutAt: string | null; noShow: boolean } | null;
}

export type PostStep = 'claim' | 'cancel' | 'checkIn' | 'checkOut' | 'done' | 'full' | 'closed' | 'ended' | 'noShow';

/** Check-in opens an hour before the start (the server decides finally). */
export const CHECK_IN_EARLY_MS = 60 * 60 * 1000;

export function memberStep(p: PostState, now: number = Date.now()): PostStep {
  const start = Date.parse(p.startsAt);
  const end = Date.parse(p.endsAt);
  const slot = p.mySlot;
  if (slot) {
    if (slot.noShow) return 'noShow';
    if (slot.checkedOutAt) return 'done';
    if (slot.checkedInAt) return 'checkOut';
    if (now >= start - CHECK_IN_EARLY_MS && now <= end) return 'checkIn';
    if (now < start) return 'cancel';
    return 'ended';
  }
  if (p.status === 'CLOSED') return 'closed';
  if (now > end) return 'ended';
  if (p.slotsLeft <= 0) return 'full';
  return p.viewerCanClaim ? 'claim' : 'closed';
}

/** Share of slots taken, 0..1. */
export function fill(slots: number, taken: number): number {
  return slots > 0 ? Math.min(1, Math.max(0, taken / slots)) : 1;
}

export interface SlotRecord {
  checkedInAt: string | null;
  checkedOutAt: string | null;
  hours: number | null;
  noShow: boolean;
}

/** The roster's counts: claimed, on site now, checked out, no-shows, and the hours served (one decimal). */
export function rosterSummary(slots: readonly SlotRecord[]) {
  const hours = slots.reduce((sum, s) => sum + (s.checkedOutAt && !s.noShow ? (s.hours ?? 0) : 0), 0);
  return {
    claimed: slots.length,
    checkedIn: slots.filter((s) => s.checkedInAt && !s.checkedOutAt && !s.noShow).length,
    done: slots.filter((s) => s.checkedOutAt && !s.noShow).length,
    noShow: slots.filter((s) => s.noShow).length,
    hours: Math.round(hours * 10) / 10,
  };
}
