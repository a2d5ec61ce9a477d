import { describe, expect, it } from 'vitest';
import { allows, chooseActing, grantFor, grantKey, normaliseGrants, parseRole } from './roles';

const unit = { role: 'UnitContact', scopeId: 'u1', scopeName: '区人民医院' };
const member = { role: 'MEMBER', scopeId: 'c1', scopeName: '幸福里社区' };
const street = { role: 'street_secretary', scopeId: 's1', scopeName: '石井街道' };

describe('roles', () => {
  it('parses either spelling of a role', () => {
    expect(parseRole('DistrictAdmin')).toBe('DistrictAdmin');
    expect(parseRole('DISTRICT_ADMIN')).toBe('DistrictAdmin');
    expect(parseRole('community-secretary')).toBe('CommunitySecretary');
    expect(parseRole('Resident')).toBeUndefined();
  });

  it('orders grants from widest to narrowest and drops unknown roles and duplicates', () => {
    const grants = normaliseGrants([member, unit, street, { role: 'Resident', scopeId: 'x', scopeName: 'x' }, member]);
    expect(grants.map((g) => g.role)).toEqual(['StreetSecretary', 'UnitContact', 'Member']);
  });

  it('acts as the remembered grant while it is still held, else the widest', () => {
    const grants = normaliseGrants([member, unit]);
    expect(chooseActing(grants, 'Member@c1')?.role).toBe('Member');
    expect(chooseActing(grants, 'Member@gone')?.role).toBe('UnitContact');
    expect(chooseActing(grants, null)?.role).toBe('UnitContact');
    expect(chooseActing([], 'Member@c1')).toBeUndefined();
    expect(grantKey(grants[0]!)).toBe('UnitContact@u1');
  });

  it('checks a page’s roles against the acting grant', () => {
    const [u, m] = normaliseGrants([unit, member]);
    expect(allows(undefined, m)).toBe(true);
    expect(allows([], undefined)).toBe(true);
    expect(allows(['UnitContact'], u)).toBe(true);
    expect(allows(['UnitContact'], m)).toBe(false);
    expect(allows(['Member'], undefined)).toBe(false);
    expect(grantFor(['Member'], [u!, m!])).toBe(m);
    expect(grantFor(['DistrictAdmin'], [u!, m!])).toBeUndefined();
  });
});
