import { describe, expect, it } from 'vitest';
import { CHILD_KINDS, isPhone, parentKinds, unitErrors } from './orgRules';

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

describe('unit details', () => {
  it('takes phones as the server does: a mobile or a landline', () => {
    for (const ok of ['13800138000', '020-86123456', '02086123456', '86123456', '020-86123456-801']) expect(isPhone(ok), ok).toBe(true);
    for (const bad of ['12800138000', '1380013800', '020-861', 'tel', '']) expect(isPhone(bad), bad).toBe(false);
  });
  it('names every missing or malformed field as the server names it', () => {
    expect(Object.keys(unitErrors({ kind: '', partyOrganisationName: ' ', contactName: '', contactPhone: '' })).sort()).toEqual(
      ['contactName', 'contactPhone', 'partyOrganisationName', 'unitKind'],
    );
    expect(Object.keys(unitErrors({ kind: 'HOSPITAL', partyOrganisationName: '党支部', contactName: '李', contactPhone: '12345' }))).toEqual(['contactPhone']);
    expect(unitErrors({ kind: 'HOSPITAL', partyOrganisationName: '党支部', contactName: '李', contactPhone: ' 13800138000 ' })).toEqual({});
  });
});
