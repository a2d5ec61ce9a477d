// 待审核 on a secretary's home: pending member and unit reports to their organisation (and below).
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import type { HomeSource, HomeSourceResult } from '@/features/Home/sections';
import { t } from '@/i18n';
import type { RoleGrant } from '@/lib/roles';
import { MemberReportsQuery, UnitReportsQuery } from './documents';

const ROLES = ['DistrictAdmin', 'StreetSecretary', 'CommunitySecretary'] as const;
const active = (acting: RoleGrant | undefined) => !!acting && (ROLES as readonly string[]).includes(acting.role);

function usePendingMembers(acting: RoleGrant | undefined): HomeSourceResult {
  const on = active(acting);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MemberReportsQuery,
    variables: { organisationId: acting?.scopeId ?? '', status: 'PENDING' },
    pause: !on,
  });
  return {
    items: on
      ? (data?.memberReports ?? []).map((r) => ({
          id: `member-report-${r.id}`,
          title: r.member?.displayName ?? r.personId,
          meta: t('reporting.approvals.homeMember', { unit: r.unit?.name ?? '' }),
          to: '/reporting/approvals',
        }))
      : [],
    fetching,
    ...(error ? { error: toAppError(error) } : {}),
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

function usePendingUnits(acting: RoleGrant | undefined): HomeSourceResult {
  const on = active(acting);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: UnitReportsQuery,
    variables: { organisationId: acting?.scopeId ?? '', status: 'PENDING' },
    pause: !on,
  });
  return {
    items: on
      ? (data?.unitReports ?? []).map((r) => ({
          id: `unit-report-${r.id}`,
          title: r.unit?.name ?? r.unitId,
          meta: t('reporting.approvals.homeUnit', { target: r.target?.name ?? '' }),
          to: '/reporting/approvals',
        }))
      : [],
    fetching,
    ...(error ? { error: toAppError(error) } : {}),
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

export const REPORTING_HOME_SOURCES: readonly HomeSource[] = [
  { key: 'reporting.members', section: 'pendingReview', roles: ROLES, useItems: usePendingMembers },
  { key: 'reporting.units', section: 'pendingReview', roles: ROLES, useItems: usePendingUnits },
];
