import { describe, expect, it } from 'vitest';
import {
  chinaLocalToUtc,
  daysUntil,
  dueStatus,
  formatDate,
  formatDateTime,
  formatDateTimeShort,
  formatDateWithWeekday,
  formatLocalDate,
  formatTime,
  greetingKey,
  shanghaiDate,
  timeAgo,
  utcToChinaLocal,
} from './format';

// vite.config sets TZ=America/New_York for tests: every result below must still be China time.
describe('China-time formatting', () => {
  it('runs under a foreign zone (so the assertions mean something)', () => {
    expect(new Date('2026-03-05T06:30:00Z').getHours()).not.toBe(14);
  });

  it('formats instants in Asia/Shanghai', () => {
    expect(formatDate('2026-03-05T06:30:00Z')).toBe('2026年3月5日');
    expect(formatTime('2026-03-05T06:30:00Z')).toBe('14:30');
    expect(formatDateTime('2026-03-05T06:30:00Z')).toBe('2026年3月5日 14:30');
  });

  it('crosses midnight at China midnight, not UTC or local', () => {
    expect(formatDateTime('2026-03-05T16:00:00Z')).toBe('2026年3月6日 00:00');
    expect(formatDateTime('2026-03-05T15:59:00Z')).toBe('2026年3月5日 23:59');
    expect(shanghaiDate('2026-12-31T16:30:00Z')).toBe('2027-01-01');
  });

  it('names the weekday in China', () => {
    expect(formatDateWithWeekday('2026-03-05T16:00:00Z')).toBe('2026年3月6日 星期五');
  });

  it('leaves the year out within the current year', () => {
    const now = '2026-06-01T00:00:00Z';
    expect(formatDateTimeShort('2026-03-05T06:30:00Z', now)).toBe('3月5日 14:30');
    expect(formatDateTimeShort('2025-03-05T06:30:00Z', now)).toBe('2025年3月5日 14:30');
  });

  it('shows a GraphQL Date as the calendar date it is', () => {
    expect(formatLocalDate('2026-03-05')).toBe('2026年3月5日');
    expect(() => formatLocalDate('2026-3-5')).toThrow(RangeError);
  });

  it('counts China calendar days to a due date', () => {
    const now = '2026-03-05T15:00:00Z'; // 23:00 on 5 March in China
    expect(daysUntil('2026-03-05', now)).toBe(0);
    expect(daysUntil('2026-03-06', now)).toBe(1);
    expect(daysUntil('2026-03-05T16:30:00Z', now)).toBe(1); // 00:30 on the 6th
    expect(daysUntil('2026-03-01', now)).toBe(-4);
  });

  it('words a due date and picks its tone', () => {
    const now = '2026-03-05T02:00:00Z';
    expect(dueStatus('2026-03-05', now)).toMatchObject({ label: '今天到期', tone: 'today' });
    expect(dueStatus('2026-03-08', now)).toMatchObject({ label: '3 天后到期', tone: 'soon' });
    expect(dueStatus('2026-03-20', now)).toMatchObject({ label: '15 天后到期', tone: 'later' });
    expect(dueStatus('2026-03-03', now)).toMatchObject({ label: '逾期 2 天', tone: 'overdue' });
  });

  it('says how long ago', () => {
    const now = '2026-03-05T06:00:00Z'; // 14:00 in China
    expect(timeAgo('2026-03-05T05:59:40Z', now)).toBe('刚刚');
    expect(timeAgo('2026-03-05T05:55:00Z', now)).toBe('5 分钟前');
    expect(timeAgo('2026-03-05T01:00:00Z', now)).toBe('5 小时前');
    expect(timeAgo('2026-03-04T12:00:00Z', now)).toBe('昨天');
    expect(timeAgo('2026-03-01T12:00:00Z', now)).toBe('4 天前');
    expect(timeAgo('2026-02-01T12:00:00Z', now)).toBe('2月1日 20:00');
  });

  it('greets by the hour in China', () => {
    expect(greetingKey('2026-03-05T01:00:00Z')).toBe('home.greetingMorning'); // 09:00
    expect(greetingKey('2026-03-05T06:00:00Z')).toBe('home.greetingAfternoon'); // 14:00
    expect(greetingKey('2026-03-05T12:00:00Z')).toBe('home.greetingEvening'); // 20:00
    expect(greetingKey('2026-03-05T19:30:00Z')).toBe('home.greetingNight'); // 03:30
  });

  it('converts datetime-local input values from and to UTC', () => {
    expect(chinaLocalToUtc('2026-03-05T14:30')).toBe('2026-03-05T06:30:00.000Z');
    expect(utcToChinaLocal('2026-03-05T06:30:00Z')).toBe('2026-03-05T14:30');
    expect(utcToChinaLocal(chinaLocalToUtc('2026-12-31T23:59'))).toBe('2026-12-31T23:59');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});
