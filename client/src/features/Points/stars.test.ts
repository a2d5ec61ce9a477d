import { describe, expect, it } from 'vitest';
import { formatPoints, gradeClass, toNextStar } from './stars';

describe('stars', () => {
  it('counts what is left to the next star', () => {
    expect(toNextStar(0, 0)).toEqual({ needed: 10, progress: 0 });
    expect(toNextStar(23, 2)).toEqual({ needed: 7, progress: 0.3 });
    expect(toNextStar(19.5, 1)).toEqual({ needed: 0.5, progress: 0.95 });
  });
  it('stops at ten stars a year', () => {
    expect(toNextStar(140, 10)).toEqual({ needed: 0, progress: 1 });
  });
  it('formats points and grade classes', () => {
    expect(formatPoints(12)).toBe('12');
    expect(formatPoints(12.25)).toBe('12.3');
    expect(gradeClass('GOLD')).toBe('jm-grade--gold');
  });
});
