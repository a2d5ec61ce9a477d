// Pure parts of the committee pages: whose committees a secretary sees, cadence in words, term states.
import type { CadenceKind } from '@/gql/graphql';
import { t } from '@/i18n';
import type { Role } from '@/lib/roles';

interface PathLike {
  districtId: string;
  streetId?: string | null;
  communityId?: string | null;
}

/** A district admin sees the district's committees, a street secretary the street's and its communities', a community its own. */
export function inScope(committee: { organisationId: string; organisation?: { path: PathLike } | null }, acting: { role: Role; scopeId: string }): boolean {
  const path = committee.organisation?.path;
  if (committee.organisationId === acting.scopeId) return true;
  if (!path) return false;
  if (acting.role === 'DistrictAdmin') return path.districtId === acting.scopeId;
  if (acting.role === 'StreetSecretary') return path.streetId === acting.scopeId;
  if (acting.role === 'CommunitySecretary') return path.communityId === acting.scopeId;
  return false;
}

export interface CadenceLike {
  kind: CadenceKind;
  interval?: number | null;
  dayOfMonth?: number | null;
  monthOfQuarter?: number | null;
}

export function cadenceText(c: CadenceLike): string {
  const day = c.dayOfMonth ?? 15;
  switch (c.kind) {
    case 'QUARTERLY':
      return t('committees.cadenceText.QUARTERLY', { month: c.monthOfQuarter ?? 1, day });
    case 'MONTHLY':
      return t('committees.cadenceText.MONTHLY', { day });
    case 'EVERY_N_WEEKS':
      return t('committees.cadenceText.EVERY_N_WEEKS', { n: c.interval ?? 1 });
    case 'EVERY_N_MONTHS':
      return t('committees.cadenceText.EVERY_N_MONTHS', { n: c.interval ?? 1, day });
  }
}

export type TermState = 'active' | 'ended' | 'upcoming';

/** Dates are YYYY-MM-DD (China dates); a term ending today is still served today. */
export function termState(m: { termStart?: string | null; termEnd?: string | null }, today: string): TermState {
  if (m.termStart && m.termStart > today) return 'upcoming';
  if (m.termEnd && m.termEnd < today) return 'ended';
  return 'active';
}

export function splitMembers<M extends { partTime?: boolean | null; termStart?: string | null; termEnd?: string | null }>(
  members: readonly M[],
  today: string,
): { standing: M[]; partTime: M[]; activePartTime: number } {
  const standing = members.filter((m) => !m.partTime);
  const partTime = members.filter((m) => m.partTime);
  // Serving first, then upcoming, then ended (most recent first).
  const order: Record<TermState, number> = { active: 0, upcoming: 1, ended: 2 };
  partTime.sort((a, b) => order[termState(a, today)] - order[termState(b, today)] || (b.termStart ?? '').localeCompare(a.termStart ?? ''));
  return { standing, partTime, activePartTime: partTime.filter((m) => termState(m, today) === 'active').length };
}
