import { describe, expect, it } from 'vitest';
import {
  cadenceText,
  canSetUp,
  convenerCandidates,
  creatableLevels,
  inScope,
  readCadence,
  readSeat,
  splitMembers,
  termState,
  withSkippedDate,
} from './committeeLogic';

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

describe('canSetUp (CommitteePolicy.CanSetUp)', () => {
  const community = { level: 'COMMUNITY' as const, organisation: { path: { districtId: 'd', streetId: 's', communityId: 'cm' } } };
  const street = { level: 'STREET' as const, organisation: { path: { districtId: 'd', streetId: 's' } } };
  it('lets those above a committee rename it, never its own secretary', () => {
    expect(canSetUp(community, { role: 'StreetSecretary', scopeId: 's' })).toBe(true);
    expect(canSetUp(community, { role: 'CommunitySecretary', scopeId: 'cm' })).toBe(false);
    expect(canSetUp(street, { role: 'StreetSecretary', scopeId: 's' })).toBe(false);
    expect(canSetUp(street, { role: 'DistrictAdmin', scopeId: 'd' })).toBe(true);
    expect(canSetUp(community, { role: 'StreetSecretary', scopeId: 'other' })).toBe(false);
  });
  it('offers the levels a role may set up', () => {
    expect(creatableLevels('StreetSecretary')).toEqual(['COMMUNITY']);
    expect(creatableLevels('CommunitySecretary')).toEqual([]);
    expect(creatableLevels('DistrictAdmin')).toContain('STREET');
  });
});

describe('readCadence', () => {
  it('checks only the fields the kind uses, with the server\'s ranges', () => {
    expect(readCadence({ kind: 'MONTHLY', interval: 'x', dayOfMonth: '12', monthOfQuarter: '9' }).input).toEqual({ kind: 'MONTHLY', interval: 1, dayOfMonth: 12, monthOfQuarter: 1 });
    expect(Object.keys(readCadence({ kind: 'EVERY_N_WEEKS', interval: '53', dayOfMonth: '0', monthOfQuarter: '1' }).errors)).toEqual(['interval']);
    expect(Object.keys(readCadence({ kind: 'QUARTERLY', interval: '1', dayOfMonth: '32', monthOfQuarter: '4' }).errors).sort()).toEqual(['dayOfMonth', 'monthOfQuarter']);
    expect(readCadence({ kind: 'EVERY_N_MONTHS', interval: '2.5', dayOfMonth: '1', monthOfQuarter: '1' }).input).toBeUndefined();
    expect(readCadence({ kind: 'EVERY_N_MONTHS', interval: ' 2 ', dayOfMonth: '1', monthOfQuarter: '1' }).input).toMatchObject({ interval: 2, dayOfMonth: 1 });
  });
});

describe('readSeat', () => {
  it('sends only the personId of an account, refusing one already on the committee', () => {
    expect(readSeat({ mode: 'account', personId: '', name: '' }).errors).toHaveProperty('person');
    expect(readSeat({ mode: 'account', personId: 'p1', name: '甲' }, ['p1']).errors.person).toContain('甲');
    expect(readSeat({ mode: 'account', personId: 'p2', name: '乙' }, ['p1']).input).toEqual({ personId: 'p2' });
  });
  it('needs a name for a new person; the email is optional but must look like one', () => {
    expect(readSeat({ mode: 'new', name: '  ', email: '' }).errors).toHaveProperty('name');
    expect(readSeat({ mode: 'new', name: '丙', email: 'not-mail' }).errors).toHaveProperty('email');
    expect(readSeat({ mode: 'new', name: '一'.repeat(51), email: '' }).errors).toHaveProperty('name');
    expect(readSeat({ mode: 'new', name: ' 丙 ', email: ' ' }).input).toEqual({ name: '丙', email: null });
    expect(readSeat({ mode: 'new', name: '丙', email: 'b@x.cn' }).input).toEqual({ name: '丙', email: 'b@x.cn' });
  });
});

describe('skipped dates and convener candidates', () => {
  it('keeps skipped dates sorted and unique, ignoring what is not a date', () => {
    expect(withSkippedDate(['2026-10-01'], '2026-02-17')).toEqual(['2026-02-17', '2026-10-01']);
    expect(withSkippedDate(['2026-10-01'], '2026-10-01')).toEqual(['2026-10-01']);
    expect(withSkippedDate(['2026-10-01'], '')).toEqual(['2026-10-01']);
  });
  it('offers standing members other than the convener', () => {
    const members = [{ personId: 'a', partTime: false }, { personId: 'b', partTime: false }, { personId: 'c', partTime: true }];
    expect(convenerCandidates(members, 'a').map((m) => m.personId)).toEqual(['b']);
  });
});
