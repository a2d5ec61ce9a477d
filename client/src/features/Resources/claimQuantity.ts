// The quantity rule a community sees before it sends a claim (the server enforces the same under concurrency).
import { t } from '@/i18n';

export function quantityError(raw: string, remaining: number, unit: string): string | undefined {
  const n = Number(raw);
  if (!raw.trim() || !Number.isInteger(n) || n < 1) return t('resources.quantityTooFew', { unit });
  if (n > remaining) return t('resources.quantityTooMany', { remaining, unit });
  return undefined;
}
