import { describe, expect, it } from 'vitest';
import { accountState, generatePassword, grantableRoles, leadsTo, newPasswordProblem, profileProblems, registerProblems, toGqlRole } from './accountAdmin';
import { pathFrom } from './AccountsAdminPage';

const form = { loginName: 'li.ming', displayName: '李明', password: 'Abcd2345', phone: '', email: '', homeOrganisationId: 'c1' };

describe('accountState', () => {
  const now = Date.parse('2026-11-21T08:00:00Z');
  it('puts a lock first, then a missing password, then a pending change', () => {
    expect(accountState({ lockedUntil: '2026-11-21T08:10:00Z', passwordSet: false, mustChangePassword: true }, now)).toBe('locked');
    expect(accountState({ lockedUntil: '2026-11-21T07:50:00Z', passwordSet: false, mustChangePassword: false }, now)).toBe('inactive');
    expect(accountState({ lockedUntil: null, passwordSet: true, mustChangePassword: true }, now)).toBe('mustChange');
    expect(accountState({ lockedUntil: null, passwordSet: true, mustChangePassword: false }, now)).toBe('active');
  });
});

describe('grantableRoles and scopes', () => {
  it('follows AccountPolicy: a role is granted only from above', () => {
    expect(grantableRoles('DistrictAdmin')).toContain('StreetSecretary');
    expect(grantableRoles('StreetSecretary')).toEqual(['CommunitySecretary', 'UnitContact', 'Member']);
    expect(grantableRoles('CommunitySecretary')).toEqual(['UnitContact', 'Member']);
    expect(grantableRoles('Member')).toEqual([]);
    expect(grantableRoles(undefined)).toEqual([]);
  });
  it('walks only through organisations that can hold the wanted kind', () => {
    expect(leadsTo('STREET', 'COMMUNITY')).toBe(true);
    expect(leadsTo('COMMUNITY', 'COMMUNITY')).toBe(true);
    expect(leadsTo('RESIDENT_UNIT', 'COMMUNITY')).toBe(false);
    expect(leadsTo('GRID', 'RESIDENT_UNIT')).toBe(false);
    expect(leadsTo('COMMUNITY', 'RESIDENT_UNIT')).toBe(true);
    expect(leadsTo('ECONOMIC_COOPERATIVE', 'STREET')).toBe(false);
    expect(leadsTo('GRID', undefined)).toBe(true);
  });
  it('spells roles as the schema does', () => {
    expect(toGqlRole('CommunitySecretary')).toBe('COMMUNITY_SECRETARY');
    expect(toGqlRole('Member')).toBe('MEMBER');
    expect(toGqlRole('DistrictAdmin')).toBe('DISTRICT_ADMIN');
  });
});

describe('generatePassword', () => {
  it('always passes the server rules, even when the random draw has no digit or no letter', () => {
    for (let i = 0; i < 200; i++) expect(newPasswordProblem(generatePassword())).toBeUndefined();
    const allZero = (n: number) => new Uint32Array(n); // index 0 → 'a' everywhere: no digit
    expect(newPasswordProblem(generatePassword(10, allZero))).toBeUndefined();
    const lettersEnd = 48; // LETTERS.length: first digit in the joint alphabet
    const allDigits = (n: number) => new Uint32Array(n).fill(lettersEnd);
    expect(newPasswordProblem(generatePassword(10, allDigits))).toBeUndefined();
  });
  it('leaves out look-alike characters', () => {
    for (let i = 0; i < 100; i++) expect(generatePassword()).not.toMatch(/[0O1lI]/);
  });
});

describe('form problems', () => {
  it('says what the server would refuse, field by field', () => {
    expect(registerProblems(form)).toEqual({});
    expect(registerProblems({ ...form, loginName: 'Li Ming' }).loginName).toBeDefined();
    expect(registerProblems({ ...form, loginName: 'ab' }).loginName).toBeDefined();
    expect(registerProblems({ ...form, password: 'abcdefgh' }).password).toBeDefined();
    expect(registerProblems({ ...form, password: 'Ab1' }).password).toBeDefined();
    expect(registerProblems({ ...form, homeOrganisationId: '' }).homeOrganisationId).toBeDefined();
    expect(registerProblems({ ...form, displayName: '  ' }).displayName).toBeDefined();
    expect(profileProblems({ displayName: '李明', phone: '13800001111', email: 'a@b.cn' })).toEqual({});
    expect(profileProblems({ displayName: '李明', phone: '020-86001234', email: '' })).toEqual({});
    expect(profileProblems({ displayName: '李明', phone: 'abc', email: 'x@' })).toEqual({ phone: expect.any(String), email: expect.any(String) });
  });
});

describe('pathFrom', () => {
  it('keeps the picker path below the acting root in the URL', () => {
    expect(pathFrom(null, 'd')).toEqual(['d']);
    expect(pathFrom('s.c', 'd')).toEqual(['d', 's', 'c']);
    expect(pathFrom('s..c', 'd')).toEqual(['d', 's', 'c']);
  });
});
