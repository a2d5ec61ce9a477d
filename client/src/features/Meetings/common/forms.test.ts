import { describe, expect, it } from 'vitest';
import { t } from '@/i18n';
import { changedFields, rangeError, requiredErrors } from './forms';

describe('board form rules', () => {
  it('names the blank required fields, trimming spaces', () => {
    expect(requiredErrors({ title: '  ', place: '礼堂', capacity: 0 }, ['title', 'place', 'capacity'])).toEqual({
      title: t('fieldErrors.REQUIRED'),
    });
    expect(requiredErrors({ title: 'x' }, ['title'])).toEqual({});
  });
  it('rejects a range that ends before it starts, leaving blanks to the required rule', () => {
    expect(rangeError('2026-05-01', '2026-04-30', 'bad')).toBe('bad');
    expect(rangeError('2026-05-01', '2026-05-01', 'bad')).toBeUndefined();
    expect(rangeError('', '2026-04-30', 'bad')).toBeUndefined();
  });
  it('lists what an edit changed', () => {
    expect(changedFields({ title: 'a', place: 'b', capacity: 3 }, { title: 'a ', place: 'c', capacity: '3' })).toEqual(['place']);
  });
});
