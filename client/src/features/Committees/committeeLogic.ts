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

type Level = 'DISTRICT' | 'STREET' | 'COMMUNITY';

/**
 * Mirrors CommitteePolicy.CanSetUp (create, rename): those above the committee's organisation — the district admin
 * for every level in the district, the street secretary for its communities' committees; nobody at a community.
 */
export function canSetUp(committee: { level: Level; organisation?: { path: PathLike } | null }, acting: { role: Role; scopeId: string }): boolean {
  const path = committee.organisation?.path;
  if (!path) return false;
  if (acting.role === 'DistrictAdmin') return path.districtId === acting.scopeId;
  if (acting.role === 'StreetSecretary') return committee.level === 'COMMUNITY' && path.streetId === acting.scopeId;
  return false;
}

/** The levels an acting role may set a committee up at (CommitteePolicy.CanSetUp over its own scope). */
export function creatableLevels(role: Role): Level[] {
  if (role === 'DistrictAdmin') return ['STREET', 'COMMUNITY', 'DISTRICT'];
  if (role === 'StreetSecretary') return ['COMMUNITY'];
  return [];
}

/** The server's default when no cadence is sent: communities monthly, streets and districts quarterly. */
export function defaultCadence(level: Level): CadenceLike {
  return level === 'COMMUNITY' ? { kind: 'MONTHLY', interval: 1, dayOfMonth: 15, monthOfQuarter: 1 } : { kind: 'QUARTERLY', interval: 1, dayOfMonth: 15, monthOfQuarter: 1 };
}

/** The cadence form's text fields, as typed. */
export interface CadenceForm {
  kind: CadenceKind;
  interval: string;
  dayOfMonth: string;
  monthOfQuarter: string;
}

export function cadenceForm(c: CadenceLike): CadenceForm {
  return { kind: c.kind, interval: String(c.interval ?? 1), dayOfMonth: String(c.dayOfMonth ?? 15), monthOfQuarter: String(c.monthOfQuarter ?? 1) };
}

const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);

/** Field errors for the fields the kind uses (same ranges as the server's CadencePlanner), or the input to send. */
export function readCadence(f: CadenceForm): { errors: Record<string, string>; input?: { kind: CadenceKind; interval: number; dayOfMonth: number; monthOfQuarter: number } } {
  const errors: Record<string, string> = {};
  const interval = whole(f.interval);
  const day = whole(f.dayOfMonth);
  const month = whole(f.monthOfQuarter);
  const usesInterval = f.kind === 'EVERY_N_WEEKS' || f.kind === 'EVERY_N_MONTHS';
  if (usesInterval && !(interval >= 1 && interval <= 52)) errors.interval = t('committees.errors.interval');
  if (f.kind !== 'EVERY_N_WEEKS' && !(day >= 1 && day <= 31)) errors.dayOfMonth = t('committees.errors.dayOfMonth');
  if (f.kind === 'QUARTERLY' && !(month >= 1 && month <= 3)) errors.monthOfQuarter = t('committees.errors.monthOfQuarter');
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    input: { kind: f.kind, interval: usesInterval ? interval : 1, dayOfMonth: f.kind === 'EVERY_N_WEEKS' ? 15 : day, monthOfQuarter: f.kind === 'QUARTERLY' ? month : 1 },
  };
}

/** Skipped dates stay sorted and unique; past ones are kept (the server keeps them too) but shown as past. */
export function withSkippedDate(dates: readonly string[], date: string): string[] {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? [...new Set([...dates, date])].sort() : [...dates];
}

/** Same loose check as the server's ContactFormats.IsEmail: catches typos, the mail server judges the rest. */
export function isEmail(value: string): boolean {
  return value.length <= 254 && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);
}

/** A seat as the form holds it: an existing account's person, or a new person (no account) by name and email. */
export type SeatForm = { mode: 'account'; personId: string; name: string } | { mode: 'new'; name: string; email: string };

/**
 * Field errors keyed by the form's own names (person / name / email), and the SeatInput to send. An account's
 * name and email come from the account on the server, so only its personId goes.
 */
export function readSeat(seat: SeatForm, takenPersonIds: readonly string[] = []): { errors: Record<string, string>; input?: { personId?: string; name?: string; email?: string | null } } {
  if (seat.mode === 'account') {
    if (!seat.personId) return { errors: { person: t('committees.errors.personRequired') } };
    if (takenPersonIds.includes(seat.personId)) return { errors: { person: t('committees.errors.alreadyMember', { name: seat.name }) } };
    return { errors: {}, input: { personId: seat.personId } };
  }
  const errors: Record<string, string> = {};
  const name = seat.name.trim();
  const email = seat.email.trim();
  if (!name) errors.name = t('committees.errors.nameRequired');
  else if (Array.from(name).length > 50) errors.name = t('committees.errors.nameTooLong');
  if (email && !isEmail(email)) errors.email = t('committees.errors.email');
  if (Object.keys(errors).length) return { errors };
  return { errors, input: { name, email: email || null } };
}

/** Standing members who may become convener (everyone standing but the current one). */
export function convenerCandidates<M extends { personId: string; partTime?: boolean | null }>(members: readonly M[], convenerPersonId: string): M[] {
  return members.filter((m) => !m.partTime && m.personId !== convenerPersonId);
}
