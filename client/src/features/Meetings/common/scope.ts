// Whose boards a page shows. Secretaries see their own organisation (a street sees its communities too);
// a unit contact sees the street their unit sits in, and acts for the unit.
import { useQuery } from 'urql';
import { toAppError, type AppError } from '@/api/errors';
import { useSignedIn } from '@/features/Accounts/session';
import { graphql } from '@/gql';
import type { Role } from '@/lib/roles';

export const CycleScopeQuery = graphql(`
  query CycleScope($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      path {
        districtId
        streetId
        communityId
      }
    }
  }
`);

export interface CycleScope {
  role: Role;
  /** The organisation whose boards are shown: the secretary's own, or the street a unit sits in. */
  boardOrgId: string;
  /** The acting organisation's own id (community, street, district or unit). */
  orgId: string;
  /** For a unit contact: the unit acted for. */
  unitId?: string;
  /** For a unit contact: the community the unit sits in (to narrow the street's board). */
  communityId?: string;
  scopeName: string;
  isSecretary: boolean;
  isUnit: boolean;
}

export const SECRETARY_ROLES = ['DistrictAdmin', 'StreetSecretary', 'CommunitySecretary'] as const satisfies readonly Role[];
export const CYCLE_ROLES = [...SECRETARY_ROLES, 'UnitContact'] as const satisfies readonly Role[];

export function isSecretaryRole(role: Role | undefined): boolean {
  return !!role && (SECRETARY_ROLES as readonly Role[]).includes(role);
}

/** Pure part of the scope rule, for tests. */
export function scopeFor(
  acting: { role: Role; scopeId: string; scopeName: string },
  unitOrg?: { path: { districtId: string; streetId?: string | null; communityId?: string | null } } | null,
): CycleScope | undefined {
  if (acting.role === 'UnitContact') {
    if (!unitOrg) return undefined;
    return {
      role: acting.role,
      orgId: acting.scopeId,
      boardOrgId: unitOrg.path.streetId ?? unitOrg.path.districtId,
      unitId: acting.scopeId,
      ...(unitOrg.path.communityId ? { communityId: unitOrg.path.communityId } : {}),
      scopeName: acting.scopeName,
      isSecretary: false,
      isUnit: true,
    };
  }
  return {
    role: acting.role,
    orgId: acting.scopeId,
    boardOrgId: acting.scopeId,
    scopeName: acting.scopeName,
    isSecretary: isSecretaryRole(acting.role),
    isUnit: false,
  };
}

export function useCycleScope(): { scope?: CycleScope; fetching: boolean; error?: AppError; retry: () => void } {
  const { acting } = useSignedIn();
  const isUnit = acting?.role === 'UnitContact';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CycleScopeQuery,
    variables: { id: acting?.scopeId ?? '' },
    pause: !isUnit || !acting,
  });
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  if (!acting) return { fetching: false, retry };
  if (isUnit && error) return { fetching, error: toAppError(error), retry };
  const scope = scopeFor(acting, data?.organisation);
  return { ...(scope ? { scope } : {}), fetching: isUnit && (fetching || !data), retry };
}
