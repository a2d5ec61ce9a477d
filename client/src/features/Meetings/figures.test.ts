import { describe, expect, it } from 'vitest';
import { attendanceOption, closureOption, percent } from './figures';

describe('cycle figures charts', () => {
  it('shows closure rates as whole percentages, empty cycles as gaps', () => {
    const option = closureOption([
      { cycleNumber: 1, closureRate: 0.756, overdueCount: 2, itemsDue: 4, itemsClosed: 3 },
      { cycleNumber: 2, closureRate: null, overdueCount: 0, itemsDue: 0, itemsClosed: 0 },
    ]);
    expect(option.xAxis.data).toEqual(['第 1 周期', '第 2 周期']);
    expect(option.series[0]!.data).toEqual([76, null]);
    expect(option.series[1]!.data).toEqual([2, 0]);
  });

  it('orders units so the largest bar is on top and shortens long names', () => {
    const option = attendanceOption([
      { unitName: '广州白云康宁医院', claims: 0, confirmedClaims: 0, invited: 2, attended: 2 },
      { unitName: '白云区市场监督管理局石井监管所', claims: 0, confirmedClaims: 0, invited: 1, attended: 0 },
    ]);
    expect(option.yAxis.data).toEqual(['白云区市场监督管理局…', '广州白云康宁医院']);
    expect(option.series[1]!.data).toEqual([0, 2]);
  });

  it('writes rates in words', () => {
    expect(percent(0.5)).toBe('50%');
    expect(percent(null)).toBe('—');
  });
});
