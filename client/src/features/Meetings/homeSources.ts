// What the joint-meeting cycle puts on a role's home: claims waiting for my answer (待确认),
// overdue action items (逾期督办), meetings and items coming due (即将到期).
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import type { HomeItem, HomeSource, HomeSourceResult } from '@/features/Home/sections';
import { graphql } from '@/gql';
import { t } from '@/i18n';
import { daysUntil } from '@/lib/format';
import type { Role, RoleGrant } from '@/lib/roles';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { CycleScopeQuery } from './common/scope';

const SECRETARIES: readonly Role[] = ['StreetSecretary', 'CommunitySecretary'];
const CYCLE: readonly Role[] = ['DistrictAdmin', 'StreetSecretary', 'CommunitySecretary', 'UnitContact'];

const PendingNeedClaimsQuery = graphql(`
  query HomePendingNeedClaims($organisationId: ID!) {
    needs(organisationId: $organisationId, status: CLAIM_PENDING) {
      id
      title
      deadline
      canManage
      activeClaim {
        id
        unitName
        status
      }
    }
    projects(organisationId: $organisationId) {
      id
      title
      canManage
      claims {
        id
        unitName
        status
      }
    }
  }
`);

const PendingResourceClaimsQuery = graphql(`
  query HomePendingResourceClaims($unitId: ID!) {
    resources(unitId: $unitId) {
      id
      title
      capacityUnit
      availableUntil
      canManage
      claims {
        id
        organisationName
        quantity
        status
      }
    }
  }
`);

const HomeSupervisionQuery = graphql(`
  query HomeSupervision($organisationId: ID!) {
    supervisionBoard(organisationId: $organisationId) {
      id
      title
      ownerName
      dueDate
      status
      overdue
      escalated
    }
  }
`);

const HomeMeetingsQuery = graphql(`
  query HomeMeetings($organisationId: ID!) {
    meetingsOfOrganisation(organisationId: $organisationId) {
      id
      title
      startsAt
      place
      phase
      isInvited
      committeeName
    }
  }
`);

function result(items: HomeItem[], fetching: boolean, error: unknown, refetch: () => void): HomeSourceResult {
  return { items, fetching, ...(error ? { error: toAppError(error) } : {}), refetch };
}

function usePendingSecretary(acting: RoleGrant | undefined): HomeSourceResult {
  const active = !!acting && SECRETARIES.includes(acting.role);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PendingNeedClaimsQuery,
    variables: { organisationId: acting?.scopeId ?? '' },
    pause: !active,
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch(active && acting ? [liveGroups.organisation(acting.scopeId)] : [], refetch, 800);
  if (!active) return { items: [], fetching: false };
  const needs: HomeItem[] = (data?.needs ?? [])
    .filter((n) => n.canManage && n.activeClaim?.status === 'PENDING')
    .map((n) => ({
      id: `need-${n.id}`,
      title: t('cycle.pendingConfirmNeed', { unit: n.activeClaim!.unitName }),
      meta: n.title,
      due: n.deadline,
      to: `/needs/${encodeURIComponent(n.id)}`,
    }));
  const projects: HomeItem[] = (data?.projects ?? [])
    .filter((p) => p.canManage)
    .flatMap((p) =>
      p.claims
        .filter((c) => c.status === 'PENDING')
        .map((c) => ({
          id: `project-${p.id}-${c.id}`,
          title: t('cycle.pendingConfirmProject', { unit: c.unitName }),
          meta: p.title,
          to: `/projects#${encodeURIComponent(p.id)}`,
        })),
    );
  return result([...needs, ...projects], fetching, error, refetch);
}

function usePendingUnit(acting: RoleGrant | undefined): HomeSourceResult {
  const active = acting?.role === 'UnitContact';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PendingResourceClaimsQuery,
    variables: { unitId: acting?.scopeId ?? '' },
    pause: !active,
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch(active && acting ? [liveGroups.organisation(acting.scopeId)] : [], refetch, 800);
  if (!active) return { items: [], fetching: false };
  const items: HomeItem[] = (data?.resources ?? [])
    .filter((r) => r.canManage)
    .flatMap((r) =>
      r.claims
        .filter((c) => c.status === 'PENDING')
        .map((c) => ({
          id: `resource-${r.id}-${c.id}`,
          title: t('cycle.pendingConfirmResource', { org: c.organisationName, quantity: c.quantity, unit: r.capacityUnit }),
          meta: r.title,
          due: r.availableUntil,
          to: '/resources',
        })),
    );
  return result(items, fetching, error, refetch);
}

function useSupervision(acting: RoleGrant | undefined) {
  const active = !!acting && CYCLE.includes(acting.role);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HomeSupervisionQuery,
    variables: { organisationId: acting?.scopeId ?? '' },
    pause: !active,
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  return { active, items: data?.supervisionBoard ?? [], fetching, error, refetch };
}

function useOverdueItems(acting: RoleGrant | undefined): HomeSourceResult {
  const s = useSupervision(acting);
  if (!s.active) return { items: [], fetching: false };
  const items = s.items
    .filter((i) => i.status === 'OPEN' && i.overdue)
    .map((i) => ({ id: `action-${i.id}`, title: i.title, meta: i.ownerName, due: i.dueDate, to: `/supervision#${encodeURIComponent(i.id)}` }));
  return result(items, s.fetching, s.error, s.refetch);
}

function useDueSoonItems(acting: RoleGrant | undefined): HomeSourceResult {
  const s = useSupervision(acting);
  if (!s.active) return { items: [], fetching: false };
  const items = s.items
    .filter((i) => i.status === 'OPEN' && !i.overdue && daysUntil(i.dueDate) <= 7)
    .map((i) => ({ id: `action-${i.id}`, title: i.title, meta: i.ownerName, due: i.dueDate, to: `/supervision#${encodeURIComponent(i.id)}` }));
  return result(items, s.fetching, s.error, s.refetch);
}

function useMeetingsSoon(acting: RoleGrant | undefined): HomeSourceResult {
  const active = !!acting && CYCLE.includes(acting.role);
  const isUnit = acting?.role === 'UnitContact';
  const [{ data: org }] = useQuery({ query: CycleScopeQuery, variables: { id: acting?.scopeId ?? '' }, pause: !active || !isUnit });
  const orgId = isUnit ? (org?.organisation.path.streetId ?? '') : (acting?.scopeId ?? '');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HomeMeetingsQuery,
    variables: { organisationId: orgId },
    pause: !active || !orgId,
  });
  if (!active) return { items: [], fetching: false };
  const items = (data?.meetingsOfOrganisation ?? [])
    .filter((m) => m.phase === 'UPCOMING' && daysUntil(m.startsAt) <= 14 && (!isUnit || m.isInvited))
    .map((m) => ({ id: `meeting-${m.id}`, title: m.title, meta: `${m.committeeName} · ${m.place}`, due: m.startsAt, to: `/meetings/${encodeURIComponent(m.id)}` }));
  return result(items, fetching, error, () => reexecute({ requestPolicy: 'network-only' }));
}

export const CYCLE_HOME_SOURCES: readonly HomeSource[] = [
  { key: 'cycle.pendingSecretary', section: 'pendingConfirm', roles: SECRETARIES, useItems: usePendingSecretary },
  { key: 'cycle.pendingUnit', section: 'pendingConfirm', roles: ['UnitContact'], useItems: usePendingUnit },
  { key: 'cycle.overdue', section: 'overdue', roles: CYCLE, useItems: useOverdueItems },
  { key: 'cycle.dueSoonItems', section: 'dueSoon', roles: CYCLE, useItems: useDueSoonItems },
  { key: 'cycle.meetingsSoon', section: 'dueSoon', roles: CYCLE, useItems: useMeetingsSoon },
];
