// Which kinds of organisation may sit under which (DOMAIN.md §2).
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
