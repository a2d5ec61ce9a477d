import { describe, expect, it } from 'vitest';
import { cadenceText, inScope, splitMembers, termState } from './committeeLogic';

const c = (organisationId: string, path: { districtId: string; streetId?: string; communityId?: string }) => ({ organisationId, organisation: { path } });

describe('inScope', () => {
  it('follows the tree: district, street and its communities, one community', () => {
    const community = c('cm', { districtId: 'd', streetId: 's', communityId: 'cm' });
    const street = c('s', { districtId: 'd', streetId: 's' });
    expect(inScope(community, { role: 'StreetSecretary', scopeId: 's' })).toBe(true);
    expect(inScope(street, { role: 'CommunitySecretary', scopeId: 'cm' })).toBe(false);
    expect(inScope(community, { role: 'CommunitySecretary', scopeId: 'cm' })).toBe(true);
    expect(inScope(street, { role: 'DistrictAdmin', scopeId: 'd' })).toBe(true);
    expect(inScope(community, { role: 'StreetSecretary', scopeId: 'other' })).toBe(false);
  });
});

describe('cadenceText', () => {
  it('says the rule in words', () => {
    expect(cadenceText({ kind: 'MONTHLY', dayOfMonth: 12 })).toBe('每月12日');
    expect(cadenceText({ kind: 'QUARTERLY', monthOfQuarter: 2, dayOfMonth: 20 })).toBe('每季度第2个月20日');
    expect(cadenceText({ kind: 'EVERY_N_WEEKS', interval: 2 })).toBe('每2周');
  });
});

describe('terms', () => {
  it('knows serving, upcoming and ended terms (a term ending today still serves)', () => {
    expect(termState({ termStart: '2026-01-01', termEnd: null }, '2026-05-01')).toBe('active');
    expect(termState({ termStart: '2026-06-01' }, '2026-05-01')).toBe('upcoming');
    expect(termState({ termStart: '2025-01-01', termEnd: '2026-05-01' }, '2026-05-01')).toBe('active');
    expect(termState({ termStart: '2025-01-01', termEnd: '2026-04-30' }, '2026-05-01')).toBe('ended');
  });
  it('lists serving part-time members first', () => {
    const m = (personId: string, partTime: boolean, termEnd: string | null = null) => ({ personId, partTime, termStart: '2025-01-01', termEnd });
    const { standing, partTime, activePartTime } = splitMembers([m('a', false), m('b', true, '2025-06-01'), m('c', true)], '2026-01-01');
    expect(standing.map((x) => x.personId)).toEqual(['a']);
    expect(partTime.map((x) => x.personId)).toEqual(['c', 'b']);
    expect(activePartTime).toBe(1);
  });
});
