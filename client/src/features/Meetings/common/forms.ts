// Small pure rules the board forms share (tested in forms.test.ts).
import { t } from '@/i18n';

/** REQUIRED errors for the named fields that are blank (after trimming). */
export function requiredErrors<K extends string>(values: Record<K, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const errors: Partial<Record<K, string>> = {};
  for (const k of keys) if (!String(values[k] ?? '').trim()) errors[k] = t('fieldErrors.REQUIRED');
  return errors;
}

/** A date range whose end comes before its start (ISO dates compare as text); blank ends are left to `requiredErrors`. */
export function rangeError(from: string, until: string, message: string): string | undefined {
  return from && until && until < from ? message : undefined;
}

/** The fields whose trimmed text differs from what was read (an edit that changes nothing need not be sent). */
export function changedFields<K extends string>(before: Record<K, unknown>, after: Record<K, unknown>): K[] {
  return (Object.keys(after) as K[]).filter((k) => String(before[k] ?? '').trim() !== String(after[k] ?? '').trim());
}
