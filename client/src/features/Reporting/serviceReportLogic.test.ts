import { describe, expect, it } from 'vitest';
import { byService, parseQuarterKey, quarterKey, quarterOf, recentQuarters, toCsv, totalsOf } from './serviceReportLogic';

const row = (name: string, points: number, volunteerHours = 0, wishesFulfilled = 0) => ({
  name,
  points,
  volunteerHours,
  wishesFulfilled,
  actionItemsDone: 0,
  starsEarned: 0,
});

describe('quarters', () => {
  it('takes the quarter in China time: 2026-03-31 17:00 UTC is already 1 April there', () => {
    expect(quarterOf(new Date('2026-03-31T15:59:00Z'))).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf(new Date('2026-03-31T16:00:00Z'))).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf(new Date('2025-12-31T16:30:00Z'))).toEqual({ year: 2026, quarter: 1 });
  });

  it('lists the current quarter and those before it across the year boundary', () => {
    expect(recentQuarters(new Date('2026-05-10T00:00:00Z'), 4).map(quarterKey)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3']);
  });

  it('parses its own keys and nothing else', () => {
    expect(parseQuarterKey('2025-Q4')).toEqual({ year: 2025, quarter: 4 });
    expect(parseQuarterKey('2025-Q5')).toBeUndefined();
    expect(parseQuarterKey('')).toBeUndefined();
  });
});

describe('totals and order', () => {
  it('sums without float noise and counts members who served', () => {
    const totals = totalsOf([row('甲', 0.1, 0.2), row('乙', 0.2, 0.1, 1), row('丙', 0)]);
    expect(totals).toMatchObject({ members: 3, active: 2, points: 0.3, volunteerHours: 0.3, wishesFulfilled: 1 });
  });

  it('ranks by points, then hours, then name', () => {
    expect(byService([row('乙', 2), row('甲', 2), row('丙', 5), row('丁', 2, 3)]).map((r) => r.name)).toEqual(['丙', '丁', '甲', '乙']);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, quotes separators and quotes, and neutralises formulas', () => {
    const csv = toCsv(['党员', '备注'], [['张三', 'a,b'], ['李"四"', '=1+1']]);
    expect(csv.startsWith('\uFEFF党员,备注\r\n')).toBe(true);
    expect(csv).toContain('张三,"a,b"\r\n');
    expect(csv).toContain(`"李""四""",'=1+1\r\n`);
  });
});
