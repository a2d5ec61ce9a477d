// Pure rules of the 账号管理 pages: an account's state, which roles the acting person may grant and where,
// a one-time password that passes the server's rules, and the register form's problems before sending.
import type { OrganisationKind, Role as GqlRole } from '@/gql/graphql';
import { t } from '@/i18n';
import { parseRole, type Role } from '@/lib/roles';
import { MIN_PASSWORD } from './passwordRules';

export type AccountState = 'locked' | 'inactive' | 'mustChange' | 'active';

/** The one state an admin should see first: a lock blocks signing in, then a missing password, then a pending change. */
export function accountState(
  a: { lockedUntil?: string | null; passwordSet: boolean; mustChangePassword: boolean },
  now: number = Date.now(),
): AccountState {
  if (a.lockedUntil && Date.parse(a.lockedUntil) > now) return 'locked';
  if (!a.passwordSet) return 'inactive';
  if (a.mustChangePassword) return 'mustChange';
  return 'active';
}

export const STATE_TONE: Record<AccountState, 'danger' | 'warning' | 'info' | 'success'> = {
  locked: 'danger',
  inactive: 'warning',
  mustChange: 'info',
  active: 'success',
};

/** The organisation kind each role is scoped to (the server's AccountPolicy.ScopeKindOf). */
export const SCOPE_KIND: Record<Role, OrganisationKind> = {
  DistrictAdmin: 'DISTRICT',
  StreetSecretary: 'STREET',
  CommunitySecretary: 'COMMUNITY',
  UnitContact: 'RESIDENT_UNIT',
  Member: 'COMMUNITY',
};

/** Roles the acting role may grant (AccountPolicy.CanGrant, without the scope check the server makes). */
export function grantableRoles(acting: Role | undefined): Role[] {
  switch (acting) {
    case 'DistrictAdmin':
      return ['DistrictAdmin', 'StreetSecretary', 'CommunitySecretary', 'UnitContact', 'Member'];
    case 'StreetSecretary':
      return ['CommunitySecretary', 'UnitContact', 'Member'];
    case 'CommunitySecretary':
      return ['UnitContact', 'Member'];
    default:
      return [];
  }
}

/** Kinds that can hold (below them) an organisation of `target` kind: what a scope picker lets one walk through. */
const HOLDERS: Record<OrganisationKind, readonly OrganisationKind[]> = {
  DISTRICT: [],
  STREET: ['DISTRICT'],
  COMMUNITY: ['DISTRICT', 'STREET'],
  RESIDENT_UNIT: ['DISTRICT', 'STREET', 'COMMUNITY'],
  GRID: ['DISTRICT', 'STREET', 'COMMUNITY'],
  BUILDING: ['DISTRICT', 'STREET', 'COMMUNITY', 'GRID'],
  ECONOMIC_COOPERATIVE: ['DISTRICT', 'STREET'],
};

/** Whether a picker looking for `target` should offer an organisation of `kind` (itself a target, or on the way to one). */
export function leadsTo(kind: OrganisationKind, target: OrganisationKind | undefined): boolean {
  return target === undefined || kind === target || HOLDERS[target].includes(kind);
}

/** GraphQL spells roles DISTRICT_ADMIN; the app's Role is DistrictAdmin. */
export function toGqlRole(role: Role): GqlRole {
  return role.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as GqlRole;
}

export function fromGqlRole(role: string): Role | undefined {
  return parseRole(role);
}

// No 0/O, 1/l/I: the password is read out over the phone or written on paper.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/** A random one-time password that meets the server's rules (length, a letter and a digit). */
export function generatePassword(length = 10, random: (n: number) => Uint32Array = cryptoRandom): string {
  const size = Math.max(length, MIN_PASSWORD);
  const values = random(size + 2);
  const all = LETTERS + DIGITS;
  const chars = Array.from({ length: size }, (_, i) => all[values[i]! % all.length]!);
  // Guarantee one letter and one digit at positions chosen by the random values too.
  const letterAt = values[size]! % size;
  let digitAt = values[size + 1]! % size;
  if (digitAt === letterAt) digitAt = (digitAt + 1) % size;
  if (!/[A-Za-z]/.test(chars.join(''))) chars[letterAt] = LETTERS[values[letterAt]! % LETTERS.length]!;
  if (!/\d/.test(chars.join(''))) chars[digitAt] = DIGITS[values[digitAt]! % DIGITS.length]!;
  return chars.join('');
}

function cryptoRandom(n: number): Uint32Array {
  return crypto.getRandomValues(new Uint32Array(n));
}

/** A new password's problem in words, or undefined: the same rules as the server's AccountRules.CheckPassword. */
export function newPasswordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD || password.length > 128) return t('accountsAdmin.password.length', { min: MIN_PASSWORD });
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return t('accountsAdmin.password.mix');
  return undefined;
}

export interface RegisterForm {
  loginName: string;
  displayName: string;
  password: string;
  phone: string;
  email: string;
  homeOrganisationId: string;
}

export type RegisterProblems = Partial<Record<keyof RegisterForm, string>>;

/** What the server would refuse, said before sending (the server still decides). */
export function registerProblems(f: RegisterForm): RegisterProblems {
  const out: RegisterProblems = {};
  const login = f.loginName.trim().toLowerCase();
  if (!login) out.loginName = t('fieldErrors.REQUIRED');
  else if (!/^[a-z0-9][a-z0-9._-]{2,31}$/.test(login)) out.loginName = t('accountsAdmin.register.loginRule');
  Object.assign(out, profileProblems(f));
  const pw = newPasswordProblem(f.password);
  if (pw) out.password = pw;
  if (!f.homeOrganisationId) out.homeOrganisationId = t('accountsAdmin.register.homeRequired');
  return out;
}

/** The profile's problems (姓名 required, phone and email formats) as the server's AccountRules.ValidateProfile. */
export function profileProblems(f: { displayName: string; phone: string; email: string }): Partial<Record<'displayName' | 'phone' | 'email', string>> {
  const out: Partial<Record<'displayName' | 'phone' | 'email', string>> = {};
  if (!f.displayName.trim()) out.displayName = t('fieldErrors.REQUIRED');
  else if (f.displayName.trim().length > 50) out.displayName = t('accountsAdmin.profile.nameTooLong');
  // Mobiles and landlines both pass the server; here only what is surely wrong.
  if (f.phone.trim() && !/^[0-9-]{7,20}$/.test(f.phone.trim())) out.phone = t('accountsAdmin.profile.phoneInvalid');
  if (f.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) out.email = t('accountsAdmin.profile.emailInvalid');
  return out;
}
