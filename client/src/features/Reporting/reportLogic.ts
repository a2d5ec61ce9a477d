// Pure parts of 双报到: the places a report form picks from, the weekly availability grid, and what a
// member can do next with their reports.
import type { DayOfWeek, DayPart, ReportStatus } from '@/gql/graphql';

export interface PlaceNode {
  id: string;
  name: string;
  kind: string;
  children?: readonly PlaceNode[] | null;
}

export interface Building {
  id: string;
  name: string;
}
export interface Grid {
  id: string;
  name: string;
  buildings: Building[];
}
export interface Community {
  id: string;
  name: string;
  streetId: string;
  streetName: string;
  grids: Grid[];
}
export interface Places {
  streets: { id: string; name: string }[];
  communities: Community[];
  units: { id: string; name: string; where: string }[];
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN');

/** Walks district → street → community → grid → building; units are collected wherever they sit. */
export function placesFrom(roots: readonly PlaceNode[]): Places {
  const streets: Places['streets'] = [];
  const communities: Community[] = [];
  const units: Places['units'] = [];
  const kids = (n: PlaceNode) => n.children ?? [];
  for (const district of roots) {
    for (const street of kids(district)) {
      if (street.kind === 'RESIDENT_UNIT') units.push({ id: street.id, name: street.name, where: district.name });
      if (street.kind !== 'STREET') continue;
      streets.push({ id: street.id, name: street.name });
      for (const c of kids(street)) {
        if (c.kind === 'RESIDENT_UNIT') units.push({ id: c.id, name: c.name, where: street.name });
        if (c.kind !== 'COMMUNITY') continue;
        const grids: Grid[] = [];
        for (const g of kids(c)) {
          if (g.kind === 'RESIDENT_UNIT') units.push({ id: g.id, name: g.name, where: c.name });
          if (g.kind !== 'GRID') continue;
          grids.push({
            id: g.id,
            name: g.name,
            buildings: kids(g)
              .filter((b) => b.kind === 'BUILDING')
              .map((b) => ({ id: b.id, name: b.name }))
              .sort(byName),
          });
        }
        communities.push({ id: c.id, name: c.name, streetId: street.id, streetName: street.name, grids: grids.sort(byName) });
      }
    }
  }
  return { streets: streets.sort(byName), communities: communities.sort(byName), units: units.sort(byName) };
}

/** Monday first, as Chinese calendars show the week. */
export const WEEK: readonly DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export const DAY_PARTS: readonly DayPart[] = ['MORNING', 'AFTERNOON', 'EVENING'];

export interface Slot {
  day: DayOfWeek;
  part: DayPart;
}

export const slotKey = (s: Slot) => `${s.day}:${s.part}`;

export function toggleSlot(slots: readonly Slot[], slot: Slot): Slot[] {
  const key = slotKey(slot);
  return slots.some((s) => slotKey(s) === key) ? slots.filter((s) => slotKey(s) !== key) : sortSlots([...slots, slot]);
}

/** Toggles a whole row (one part on every day) or column (every part of one day): all on unless all are on already. */
export function toggleMany(slots: readonly Slot[], many: readonly Slot[]): Slot[] {
  const keys = new Set(slots.map(slotKey));
  const allOn = many.every((s) => keys.has(slotKey(s)));
  if (allOn) {
    const off = new Set(many.map(slotKey));
    return slots.filter((s) => !off.has(slotKey(s)));
  }
  return sortSlots([...slots, ...many.filter((s) => !keys.has(slotKey(s)))]);
}

export function sortSlots(slots: readonly Slot[]): Slot[] {
  return [...slots].sort((a, b) => WEEK.indexOf(a.day) - WEEK.indexOf(b.day) || DAY_PARTS.indexOf(a.part) - DAY_PARTS.indexOf(b.part));
}

interface ReportLike {
  status: ReportStatus;
  requestedAt: string;
}

/** Newest first (the server already orders so; a stable sort keeps it when times tie). */
export function newestFirst<R extends ReportLike>(reports: readonly R[]): R[] {
  return [...reports].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
}

export type MemberStep = 'report' | 'waiting' | 'reported';

/**
 * What a member can do: with a pending request they wait (and may withdraw it); with an approved report
 * they may ask to transfer (a new request; the current one ends when it is approved); otherwise report.
 */
export function memberStep(reports: readonly ReportLike[]): { step: MemberStep; pending?: number; approved?: number } {
  const list = newestFirst(reports);
  const pending = list.findIndex((r) => r.status === 'PENDING');
  const approved = list.findIndex((r) => r.status === 'APPROVED');
  return {
    step: pending >= 0 ? 'waiting' : approved >= 0 ? 'reported' : 'report',
    ...(pending >= 0 ? { pending } : {}),
    ...(approved >= 0 ? { approved } : {}),
  };
}

export const STATUS_TONE: Record<ReportStatus, 'warning' | 'success' | 'danger' | 'neutral' | 'info'> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'neutral',
  TRANSFERRED: 'info',
  ENDED: 'neutral',
};
