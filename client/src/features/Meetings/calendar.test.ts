import { describe, expect, it } from 'vitest';
import { byDay, committeesOf, monthGrid, shiftMonth } from './calendar';

describe('meeting calendar', () => {
  it('lays a month out in six Monday-first weeks', () => {
    const grid = monthGrid(2026, 3, '2026-03-05');
    expect(grid).toHaveLength(42);
    // 1 March 2026 is a Sunday: the grid starts on Monday 23 February.
    expect(grid[0]).toMatchObject({ date: '2026-02-23', inMonth: false });
    expect(grid[6]).toMatchObject({ date: '2026-03-01', inMonth: true, day: 1 });
    expect(grid.find((d) => d.isToday)?.date).toBe('2026-03-05');
  });

  it('steps across years', () => {
    expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
  });

  it('files meetings under their China date, in time order', () => {
    // 17:00 UTC on 4 March is 01:00 on 5 March in China.
    const days = byDay([
      { id: 'b', startsAt: '2026-03-05T06:00:00Z' },
      { id: 'a', startsAt: '2026-03-04T17:00:00Z' },
    ]);
    expect(days.get('2026-03-05')?.map((m) => m.id)).toEqual(['a', 'b']);
    expect(days.has('2026-03-04')).toBe(false);
  });

  it('lists each committee once', () => {
    expect(
      committeesOf([
        { committeeId: 'c2', committeeName: '金碧新城社区联合党委' },
        { committeeId: 'c1', committeeName: '石井街大工委' },
        { committeeId: 'c2', committeeName: '金碧新城社区联合党委' },
      ]).map((c) => c.id),
    ).toEqual(['c2', 'c1']);
  });
});
