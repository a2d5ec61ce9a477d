// The role home's four sections and the sources that fill them.
// A feature contributes items by adding a HomeSource (see client/README.md); until one exists,
// a section shows its empty state rather than made-up numbers.
import type { AppError } from '@/api/errors';
import type { MessageKey } from '@/i18n';
import { ROLES, type Role, type RoleGrant } from '@/lib/roles';
import type { IconName } from '@/ui/Icon';
import { CYCLE_HOME_SOURCES } from '@/features/Meetings/homeSources';
import { WISH_HOME_SOURCES } from '@/features/MicroWishes/homeSources';
import { REPORTING_HOME_SOURCES } from '@/features/Reporting/homeSources';

export type SectionKey = 'pendingReview' | 'pendingConfirm' | 'dueSoon' | 'overdue';

export interface HomeSection {
  key: SectionKey;
  icon: IconName;
  tone: 'brand' | 'info' | 'warning' | 'danger';
  roles: readonly Role[];
}

export const SECTIONS: readonly HomeSection[] = [
  // Reporting, wishes and publications wait for the secretary who approves them.
  { key: 'pendingReview', icon: 'clipboard', tone: 'brand', roles: ['DistrictAdmin', 'StreetSecretary', 'CommunitySecretary'] },
  // Claims and fulfilments wait for the other side of a two-way claim.
  { key: 'pendingConfirm', icon: 'checkCircle', tone: 'info', roles: ['StreetSecretary', 'CommunitySecretary', 'UnitContact'] },
  { key: 'dueSoon', icon: 'clock', tone: 'warning', roles: ROLES },
  { key: 'overdue', icon: 'flag', tone: 'danger', roles: ROLES },
];

export function sectionsFor(acting: RoleGrant | undefined): HomeSection[] {
  return acting ? SECTIONS.filter((s) => s.roles.includes(acting.role)) : [];
}

export function sectionText(key: SectionKey, part: 'title' | 'description' | 'empty'): MessageKey {
  return `home.sections.${key}.${part}`;
}

export interface HomeItem {
  id: string;
  title: string;
  /** A short line under the title: who, where, what kind. */
  meta?: string;
  /** DateTime or Date; shown as 3 天后到期 / 逾期 2 天. */
  due?: string;
  /** Where the item is handled. */
  to: string;
}

export interface HomeSourceResult {
  items: HomeItem[];
  fetching: boolean;
  error?: AppError;
  refetch?: () => void;
}

/** A hook that fills one section for the acting grant (pause its query when the grant is not its role). */
export interface HomeSource {
  key: string;
  section: SectionKey;
  roles: readonly Role[];
  useItems: (acting: RoleGrant | undefined) => HomeSourceResult;
}

/** Registered sources. The list is fixed at build time, so calling each hook in order is safe. */
export const HOME_SOURCES: readonly HomeSource[] = [...WISH_HOME_SOURCES, ...CYCLE_HOME_SOURCES, ...REPORTING_HOME_SOURCES];

/** Merge results per section, sorted by due date (soonest first, undated last). */
export function mergeSection(results: readonly HomeSourceResult[]): HomeSourceResult {
  const items = results.flatMap((r) => r.items);
  items.sort((a, b) => (a.due && b.due ? a.due.localeCompare(b.due) : a.due ? -1 : b.due ? 1 : 0));
  const error = results.find((r) => r.error)?.error;
  const refetches = results.map((r) => r.refetch).filter((f): f is () => void => !!f);
  return {
    items,
    fetching: results.some((r) => r.fetching),
    ...(error ? { error } : {}),
    ...(refetches.length ? { refetch: () => refetches.forEach((f) => f()) } : {}),
  };
}
