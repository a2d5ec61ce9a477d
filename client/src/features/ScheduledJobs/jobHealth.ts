// A job's health at a glance: failing now, failed before, healthy, or never run.
export type JobHealth = 'failing' | 'recovered' | 'ok' | 'never';

export function jobHealth(j: { consecutiveFailures: number; failureCount: number; runCount: number }): JobHealth {
  if (j.consecutiveFailures > 0) return 'failing';
  if (j.runCount === 0) return 'never';
  if (j.failureCount > 0) return 'recovered';
  return 'ok';
}

/** Failing jobs first, then by next fire time (soonest first, unscheduled last). */
export function sortJobs<T extends { consecutiveFailures: number; nextFireTime: string | null; key: string }>(jobs: readonly T[]): T[] {
  return [...jobs].sort(
    (a, b) =>
      Number(b.consecutiveFailures > 0) - Number(a.consecutiveFailures > 0) ||
      (a.nextFireTime && b.nextFireTime ? a.nextFireTime.localeCompare(b.nextFireTime) : a.nextFireTime ? -1 : b.nextFireTime ? 1 : 0) ||
      a.key.localeCompare(b.key),
  );
}

/** "DEFAULT.mail-outbox" → "mail-outbox" */
export function shortKey(key: string): string {
  const i = key.indexOf('.');
  return i >= 0 ? key.slice(i + 1) : key;
}
