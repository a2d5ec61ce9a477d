// Which kinds of organisation may sit under which (DOMAIN.md §2); what a unit's details must look like.
import { t } from '@/i18n';

export type OrgKind = 'DISTRICT' | 'STREET' | 'COMMUNITY' | 'GRID' | 'BUILDING' | 'ECONOMIC_COOPERATIVE' | 'RESIDENT_UNIT';

export const CHILD_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  DISTRICT: ['STREET'],
  STREET: ['COMMUNITY', 'ECONOMIC_COOPERATIVE', 'RESIDENT_UNIT'],
  COMMUNITY: ['GRID', 'RESIDENT_UNIT'],
  GRID: ['BUILDING'],
  BUILDING: [],
  ECONOMIC_COOPERATIVE: [],
  RESIDENT_UNIT: [],
};

/** The kind a move target must have for a node of this kind. */
export function parentKinds(kind: OrgKind): OrgKind[] {
  return (Object.keys(CHILD_KINDS) as OrgKind[]).filter((p) => CHILD_KINDS[p].includes(kind));
}

/** Same as the server's ContactFormats.IsPhone: a mainland mobile, or a landline such as 020-88881234 / 88881234-12. */
export function isPhone(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value) || /^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$/.test(value);
}

export type UnitForm = { kind: string; partyOrganisationName: string; contactName: string; contactPhone: string };

/** Field errors (named as the server names them) the client can tell before sending, as the server's ValidateUnit. */
export function unitErrors(u: UnitForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!u.kind) errors.unitKind = t('fieldErrors.REQUIRED');
  if (!u.partyOrganisationName.trim()) errors.partyOrganisationName = t('fieldErrors.REQUIRED');
  if (!u.contactName.trim()) errors.contactName = t('fieldErrors.REQUIRED');
  if (!u.contactPhone.trim()) errors.contactPhone = t('fieldErrors.REQUIRED');
  else if (!isPhone(u.contactPhone.trim())) errors.contactPhone = t('orgs.unitEdit.phoneInvalid');
  return errors;
}
