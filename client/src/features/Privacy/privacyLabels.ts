// How one audit row names the person whose details were seen: an account, a unit's contact, or a wish's resident.
import { t } from '@/i18n';

export type SubjectKind = 'person' | 'unitContact' | 'resident';

/** The server writes unit-contact:{unitId} and resident:{wishId} for people without an account. */
export function subjectKind(subjectPersonId: string): SubjectKind {
  if (subjectPersonId.startsWith('unit-contact:')) return 'unitContact';
  if (subjectPersonId.startsWith('resident:')) return 'resident';
  return 'person';
}

export function subjectLabel(row: {
  subjectPersonId: string;
  subject?: { username: string; maskedName: string } | null;
  subjectUnit?: { name: string } | null;
}): string {
  switch (subjectKind(row.subjectPersonId)) {
    case 'unitContact':
      return row.subjectUnit
        ? t('privacy.subjectKind.unitContact', { unit: row.subjectUnit.name })
        : t('privacy.subjectKind.unitContactUnknown');
    case 'resident':
      return t('privacy.subjectKind.resident');
    default:
      return row.subject ? personLabel(row.subject) : t('privacy.subjectKind.unknown');
  }
}

/** 张*华（demo-member）: the masked name with the login that tells accounts apart. */
export function personLabel(p: { maskedName: string; username: string }): string {
  return t('privacy.person', { name: p.maskedName, login: p.username });
}

const FIELDS = ['name', 'phone', 'email', 'address'] as const;
const CONTEXTS = ['account', 'unit-contact', 'wish-resident'] as const;
const REASONS = ['secretary', 'unit-contact', 'granted'] as const;

/** 姓名、手机 — known field names in a fixed order; unknown ones as the server wrote them. */
export function fieldsLabel(fields: readonly string[]): string {
  const known = FIELDS.filter((f) => fields.includes(f)).map((f) => t(`privacy.field.${f}`));
  const other = fields.filter((f) => !(FIELDS as readonly string[]).includes(f));
  return [...known, ...other].join(t('privacy.listSeparator'));
}

export function contextLabel(context: string): string {
  return (CONTEXTS as readonly string[]).includes(context) ? t(`privacy.context.${context as (typeof CONTEXTS)[number]}`) : context;
}

export function reasonLabel(reason: string): string {
  return (REASONS as readonly string[]).includes(reason) ? t(`privacy.reason.${reason as (typeof REASONS)[number]}`) : reason;
}

/** A date picked in China time (yyyy-mm-dd) as the UTC instant of its midnight there, for `since`. */
export function sinceInstant(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}
