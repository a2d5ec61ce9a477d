// Roles and scopes (DOMAIN.md §1). A person may hold several grants; the UI acts as one at a time.

export const ROLES = [
  'DistrictAdmin',
  'StreetSecretary',
  'CommunitySecretary',
  'UnitContact',
  'Member',
] as const;

export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  scopeId: string;
  scopeName: string;
}

/** Accepts the server's spelling whether PascalCase (DistrictAdmin) or SCREAMING_CASE (DISTRICT_ADMIN). */
export function parseRole(value: string): Role | undefined {
  const squashed = value.replace(/[_\-\s]/g, '').toLowerCase();
  return ROLES.find((r) => r.toLowerCase() === squashed);
}

/** Grants from the server, unknown roles dropped, ordered from widest scope to narrowest. */
export function normaliseGrants(raw: ReadonlyArray<{ role: string; scopeId: string; scopeName?: string | null }>): RoleGrant[] {
  const out: RoleGrant[] = [];
  for (const g of raw) {
    const role = parseRole(g.role);
    if (role && !out.some((o) => o.role === role && o.scopeId === g.scopeId)) {
      out.push({ role, scopeId: g.scopeId, scopeName: g.scopeName ?? '' });
    }
  }
  return out.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

export function grantKey(g: Pick<RoleGrant, 'role' | 'scopeId'>): string {
  return `${g.role}@${g.scopeId}`;
}

/**
 * The grant to act as: the remembered one if the person still holds it, else the widest.
 * Returns undefined only for a person with no grants at all.
 */
export function chooseActing(grants: readonly RoleGrant[], rememberedKey: string | null | undefined): RoleGrant | undefined {
  if (rememberedKey) {
    const found = grants.find((g) => grantKey(g) === rememberedKey);
    if (found) return found;
  }
  return grants[0];
}

/** Whether the acting grant satisfies a page's roles (no roles listed = any signed-in person). */
export function allows(roles: readonly Role[] | undefined, acting: RoleGrant | undefined): boolean {
  if (!roles || roles.length === 0) return true;
  return acting !== undefined && roles.includes(acting.role);
}

/** A held grant that would satisfy the roles, to offer "switch to …" instead of a flat refusal. */
export function grantFor(roles: readonly Role[] | undefined, grants: readonly RoleGrant[]): RoleGrant | undefined {
  if (!roles || roles.length === 0) return grants[0];
  return grants.find((g) => roles.includes(g.role));
}
