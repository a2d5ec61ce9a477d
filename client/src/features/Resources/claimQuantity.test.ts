import { describe, expect, it } from 'vitest';
import { quantityError } from './claimQuantity';

describe('resource claim quantity', () => {
  it('accepts whole numbers within what is left', () => {
    expect(quantityError('1', 3, '间')).toBeUndefined();
    expect(quantityError('3', 3, '间')).toBeUndefined();
  });
  it('says in words why a quantity cannot be claimed', () => {
    expect(quantityError('4', 3, '间')).toBe('剩余容量不足：仅剩 3间');
    expect(quantityError('0', 3, '间')).toBe('至少认领 1间');
    expect(quantityError('', 3, '间')).toBe('至少认领 1间');
    expect(quantityError('1.5', 3, '间')).toBe('至少认领 1间');
  });
});
