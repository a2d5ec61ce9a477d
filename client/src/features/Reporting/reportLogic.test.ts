import { describe, expect, it } from 'vitest';
import { memberStep, placesFrom, toggleMany, toggleSlot, WEEK } from './reportLogic';

describe('placesFrom', () => {
  it('collects communities with their grids and buildings, and units wherever they sit', () => {
    const places = placesFrom([
      {
        id: 'd',
        name: '白云区',
        kind: 'DISTRICT',
        children: [
          {
            id: 's',
            name: '石井街道',
            kind: 'STREET',
            children: [
              { id: 'u1', name: '乙单位', kind: 'RESIDENT_UNIT' },
              {
                id: 'c',
                name: '金碧新城社区',
                kind: 'COMMUNITY',
                children: [
                  { id: 'g', name: '第一网格', kind: 'GRID', children: [{ id: 'b', name: '1栋', kind: 'BUILDING' }] },
                  { id: 'u2', name: '甲单位', kind: 'RESIDENT_UNIT' },
                ],
              },
              { id: 'e', name: '经联社', kind: 'ECONOMIC_COOPERATIVE' },
            ],
          },
        ],
      },
    ]);
    expect(places.streets).toEqual([{ id: 's', name: '石井街道' }]);
    expect(places.communities).toEqual([
      { id: 'c', name: '金碧新城社区', streetId: 's', streetName: '石井街道', grids: [{ id: 'g', name: '第一网格', buildings: [{ id: 'b', name: '1栋' }] }] },
    ]);
    expect(places.units.map((u) => [u.id, u.where])).toEqual([
      ['u2', '金碧新城社区'],
      ['u1', '石井街道'],
    ]);
  });
});

describe('availability grid', () => {
  it('toggles one slot and keeps the week in order', () => {
    let slots = toggleSlot([], { day: 'SATURDAY', part: 'MORNING' });
    slots = toggleSlot(slots, { day: 'MONDAY', part: 'EVENING' });
    expect(slots).toEqual([
      { day: 'MONDAY', part: 'EVENING' },
      { day: 'SATURDAY', part: 'MORNING' },
    ]);
    expect(toggleSlot(slots, { day: 'MONDAY', part: 'EVENING' })).toEqual([{ day: 'SATURDAY', part: 'MORNING' }]);
  });

  it('turns a whole row on, and off again when it is all on', () => {
    const evenings = WEEK.map((day) => ({ day, part: 'EVENING' as const }));
    const on = toggleMany([{ day: 'MONDAY', part: 'EVENING' }], evenings);
    expect(on).toHaveLength(7);
    expect(toggleMany(on, evenings)).toEqual([]);
  });
});

describe('memberStep', () => {
  const r = (status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'ENDED', at: string) => ({ status, requestedAt: at });
  it('reports when nothing is pending or approved', () => {
    expect(memberStep([]).step).toBe('report');
    expect(memberStep([r('REJECTED', '2026-01-02')]).step).toBe('report');
  });
  it('waits while a request is pending, even a transfer beside an approved report', () => {
    const s = memberStep([r('APPROVED', '2026-01-01'), r('PENDING', '2026-02-01')]);
    expect(s).toEqual({ step: 'waiting', pending: 0, approved: 1 });
  });
  it('is reported with an approved report', () => {
    expect(memberStep([r('ENDED', '2025-01-01'), r('APPROVED', '2026-01-01')])).toEqual({ step: 'reported', approved: 0 });
  });
});
