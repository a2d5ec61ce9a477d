// The month grid of the meeting calendar, in China time, Monday first (as Chinese wall calendars are).
import { shanghaiDate, shanghaiParts } from '@/lib/format';

export interface CalendarDay {
  /** 'YYYY-MM-DD' */
  date: string;
  day: number;
  inMonth: boolean;
  isToday: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Six weeks (42 days) covering the month, starting on a Monday. */
export function monthGrid(year: number, month: number, today: string = shanghaiDate()): CalendarDay[] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const mondayOffset = (first.getUTCDay() + 6) % 7;
  const start = Date.UTC(year, month - 1, 1 - mondayOffset);
  return Array.from({ length: 42 }, (_, i) => {
    const d = new Date(start + i * 86_400_000);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return { date, day: d.getUTCDate(), inMonth: d.getUTCMonth() === month - 1, isToday: date === today };
  });
}

export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Meetings keyed by their China calendar date. */
export function byDay<M extends { startsAt: string }>(meetings: readonly M[]): Map<string, M[]> {
  const map = new Map<string, M[]>();
  for (const m of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const key = shanghaiDate(m.startsAt);
    map.set(key, [...(map.get(key) ?? []), m]);
  }
  return map;
}

export function currentMonth(now: number | string = Date.now()): { year: number; month: number } {
  const p = shanghaiParts(now);
  return { year: p.year, month: p.month };
}

/** Distinct committees seen in a list of meetings (there is no committees query yet). */
export function committeesOf(meetings: readonly { committeeId: string; committeeName: string }[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const m of meetings) if (!seen.has(m.committeeId)) seen.set(m.committeeId, m.committeeName);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
