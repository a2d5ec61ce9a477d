// What wishes put on the role home: submitted wishes to review and fulfilments to confirm (community
// secretary), claims due soon or overdue (the member who claimed them).
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import type { HomeItem, HomeSource, HomeSourceResult } from '@/features/Home/sections';
import { t } from '@/i18n';
import { daysUntil } from '@/lib/format';
import type { RoleGrant } from '@/lib/roles';
import { MyClaimsQuery, WishesQuery } from './documents';

type Status = 'SUBMITTED' | 'FULFILLED' | 'CLAIMED';

function useCommunityWishes(acting: RoleGrant | undefined, status: Status, toItem: (w: WishLike) => HomeItem | undefined): HomeSourceResult {
  const active = acting?.role === 'CommunitySecretary';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WishesQuery,
    variables: { communityId: acting?.scopeId ?? '', status },
    pause: !active,
  });
  return result(active ? (data?.wishes ?? []) : [], fetching, error, () => reexecute({ requestPolicy: 'network-only' }), toItem);
}

function useMyClaims(acting: RoleGrant | undefined, toItem: (w: WishLike) => HomeItem | undefined): HomeSourceResult {
  const active = acting?.role === 'Member';
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyClaimsQuery, pause: !active });
  return result(active ? (data?.myClaims ?? []) : [], fetching, error, () => reexecute({ requestPolicy: 'network-only' }), toItem);
}

interface WishLike {
  id: string;
  title: string;
  status: string;
  categoryLabel: string;
  dueAt: string | null;
  claimant: { displayName: string | null } | null;
  buildingName: string | null;
}

function result(
  wishes: readonly WishLike[],
  fetching: boolean,
  error: Parameters<typeof toAppError>[0] | undefined,
  refetch: () => void,
  toItem: (w: WishLike) => HomeItem | undefined,
): HomeSourceResult {
  return {
    items: wishes.map(toItem).filter((i): i is HomeItem => !!i),
    fetching,
    ...(error ? { error: toAppError(error) } : {}),
    refetch,
  };
}

const link = (w: WishLike) => `/wishes/${w.id}`;

export const WISH_HOME_SOURCES: readonly HomeSource[] = [
  {
    key: 'wishes.submitted',
    section: 'pendingReview',
    roles: ['CommunitySecretary'],
    useItems: (acting) =>
      useCommunityWishes(acting, 'SUBMITTED', (w) => ({
        id: `wish-${w.id}`,
        title: w.title,
        meta: [t('microWishes.home.submitted'), w.categoryLabel, w.buildingName].filter(Boolean).join(' · '),
        to: link(w),
      })),
  },
  {
    key: 'wishes.fulfilled',
    section: 'pendingConfirm',
    roles: ['CommunitySecretary'],
    useItems: (acting) =>
      useCommunityWishes(acting, 'FULFILLED', (w) => ({
        id: `wish-${w.id}`,
        title: w.title,
        meta: [t('microWishes.home.fulfilled'), w.claimant?.displayName ? t('microWishes.home.by', { name: w.claimant.displayName }) : undefined]
          .filter(Boolean)
          .join(' · '),
        to: link(w),
      })),
  },
  {
    key: 'wishes.claimsOverdueStaff',
    section: 'overdue',
    roles: ['CommunitySecretary'],
    useItems: (acting) =>
      useCommunityWishes(acting, 'CLAIMED', (w) =>
        w.dueAt && daysUntil(w.dueAt) < 0
          ? { id: `wish-${w.id}`, title: w.title, meta: w.claimant?.displayName ?? undefined, due: w.dueAt, to: link(w) }
          : undefined,
      ),
  },
  {
    key: 'wishes.myClaimsDue',
    section: 'dueSoon',
    roles: ['Member'],
    useItems: (acting) =>
      useMyClaims(acting, (w) =>
        w.status === 'CLAIMED' && w.dueAt && daysUntil(w.dueAt) >= 0 && daysUntil(w.dueAt) <= 7
          ? { id: `wish-${w.id}`, title: w.title, meta: [t('microWishes.home.claimDue'), w.categoryLabel].join(' · '), due: w.dueAt, to: link(w) }
          : undefined,
      ),
  },
  {
    key: 'wishes.myClaimsOverdue',
    section: 'overdue',
    roles: ['Member'],
    useItems: (acting) =>
      useMyClaims(acting, (w) =>
        w.status === 'CLAIMED' && w.dueAt && daysUntil(w.dueAt) < 0
          ? { id: `wish-${w.id}`, title: w.title, meta: w.categoryLabel, due: w.dueAt, to: link(w) }
          : undefined,
      ),
  },
];
