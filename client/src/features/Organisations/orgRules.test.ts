import { describe, expect, it } from 'vitest';
import { CHILD_KINDS, parentKinds } from './orgRules';

describe('organisation tree rules', () => {
  it('nests district → street → community → grid → building', () => {
    expect(CHILD_KINDS.DISTRICT).toEqual(['STREET']);
    expect(CHILD_KINDS.GRID).toEqual(['BUILDING']);
    expect(CHILD_KINDS.BUILDING).toEqual([]);
  });
  it('finds where a node may move', () => {
    expect(parentKinds('COMMUNITY')).toEqual(['STREET']);
    expect(parentKinds('RESIDENT_UNIT')).toEqual(['STREET', 'COMMUNITY']);
  });
});
