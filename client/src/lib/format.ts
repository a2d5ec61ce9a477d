// Times arrive as UTC ISO-8601 (API.md) and are always shown in China time, whatever the device's zone.
import { messages, t } from '@/i18n';

export const TIME_ZONE = 'Asia/Shanghai';
const DAY_MS = 86_400_000;

export interface ClockParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday */
  weekday: number;
}

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

type Instant = string | Date | number;

function toDate(value: Instant): Date {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date-time: ${String(value)}`);
  return d;
}

/** Wall-clock parts of an instant in Asia/Shanghai. */
export function shanghaiParts(value: Instant): ClockParts {
  const parts = partsFormatter.formatToParts(toDate(value));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026年3月5日 */
export function formatDate(value: Instant): string {
  const p = shanghaiParts(value);
  return t('dates.date', { year: p.year, month: p.month, day: p.day });
}

/** 14:30 */
export function formatTime(value: Instant): string {
  const p = shanghaiParts(value);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** 2026年3月5日 14:30 */
export function formatDateTime(value: Instant): string {
  return `${formatDate(value)} ${formatTime(value)}`;
}

/** 3月5日 14:30 — within the current year; with the year otherwise. */
export function formatDateTimeShort(value: Instant, now: Instant = Date.now()): string {
  const p = shanghaiParts(value);
  if (p.year !== shanghaiParts(now).year) return formatDateTime(value);
  return `${t('dates.monthDay', { month: p.month, day: p.day })} ${formatTime(value)}`;
}

/** 2026年3月5日 星期四 */
export function formatDateWithWeekday(value: Instant): string {
  const p = shanghaiParts(value);
  return `${formatDate(value)} ${messages().dates.weekdays[p.weekday] ?? ''}`.trim();
}

/** A GraphQL `Date` ('2026-03-05') is a calendar date: no zone conversion. */
export function formatLocalDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`Not a date: ${isoDate}`);
  return t('dates.date', { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
}

/** The calendar date in China for an instant, as 'YYYY-MM-DD'. */
export function shanghaiDate(value: Instant = Date.now()): string {
  const p = shanghaiParts(value);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/**
 * Whole China calendar days from `now` to `due`: 0 = due today, negative = overdue.
 * `due` may be a DateTime (instant) or a Date ('YYYY-MM-DD').
 */
export function daysUntil(due: Instant, now: Instant = Date.now()): number {
  const dueDate = typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : shanghaiDate(due);
  return dayNumber(dueDate) - dayNumber(shanghaiDate(now));
}

export type DueTone = 'overdue' | 'today' | 'soon' | 'later';

export function dueStatus(due: Instant, now: Instant = Date.now(), soonDays = 7): { label: string; tone: DueTone; days: number } {
  const days = daysUntil(due, now);
  if (days < 0) return { label: t('home.overdueBy', { days: -days }), tone: 'overdue', days };
  if (days === 0) return { label: t('home.dueToday'), tone: 'today', days };
  return { label: t('home.dueIn', { days }), tone: days <= soonDays ? 'soon' : 'later', days };
}

/** 刚刚 / 5 分钟前 / 3 小时前 / 昨天 / 4 天前 / a date beyond a week. */
export function timeAgo(value: Instant, now: Instant = Date.now()): string {
  const diff = toDate(now).getTime() - toDate(value).getTime();
  const minutes = Math.floor(diff / 60_000);
  if (minutes < 1) return t('dates.justNow');
  if (minutes < 60) return t('dates.minutesAgo', { n: minutes });
  const days = -daysUntil(value, now);
  if (days === 0) return t('dates.hoursAgo', { n: Math.floor(minutes / 60) });
  if (days === 1) return t('dates.yesterday');
  if (days < 7) return t('dates.daysAgo', { n: days });
  return formatDateTimeShort(value, now);
}

export type Greeting = 'home.greetingMorning' | 'home.greetingAfternoon' | 'home.greetingEvening' | 'home.greetingNight';

export function greetingKey(now: Instant = Date.now()): Greeting {
  const h = shanghaiParts(now).hour;
  if (h >= 5 && h < 12) return 'home.greetingMorning';
  if (h >= 12 && h < 18) return 'home.greetingAfternoon';
  if (h >= 18) return 'home.greetingEvening';
  return 'home.greetingNight';
}

// <input type="datetime-local"> speaks wall-clock time without a zone; China has no DST, so +08:00 is exact.
const CHINA_OFFSET = '+08:00';

/** '2026-03-05T14:30' (China wall clock) → '2026-03-05T06:30:00.000Z' */
export function chinaLocalToUtc(local: string): string {
  return toDate(`${local.length === 16 ? local + ':00' : local}${CHINA_OFFSET}`).toISOString();
}

/** '2026-03-05T06:30:00Z' → '2026-03-05T14:30' for a datetime-local input. */
export function utcToChinaLocal(value: Instant): string {
  const p = shanghaiParts(value);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
