// The supervision board's order and counts (the server already sorts overdue first; the client keeps
// that order when it filters, and counts the summary tiles from the same rule).
import { daysUntil } from '@/lib/format';

export interface SupervisedItem {
  status: string;
  overdue: boolean;
  dueDate: string;
}

export type SupervisionFilter = 'open' | 'overdue' | 'done' | 'dropped' | 'all';

export function supervisionSummary(items: readonly SupervisedItem[], now: number | string = Date.now()) {
  const open = items.filter((i) => i.status === 'OPEN');
  return {
    open: open.length,
    overdue: open.filter((i) => i.overdue).length,
    dueSoon: open.filter((i) => !i.overdue && daysUntil(i.dueDate, now) <= 7).length,
    done: items.filter((i) => i.status === 'COMPLETED').length,
  };
}

export function filterSupervision<T extends SupervisedItem>(items: readonly T[], filter: SupervisionFilter): T[] {
  const list = items.filter((i) =>
    filter === 'all'
      ? true
      : filter === 'open'
        ? i.status === 'OPEN'
        : filter === 'overdue'
          ? i.status === 'OPEN' && i.overdue
          : filter === 'done'
            ? i.status === 'COMPLETED'
            : i.status === 'DROPPED',
  );
  // Overdue first, then by due date: what needs pushing is on top.
  return [...list].sort((a, b) => Number(b.overdue && b.status === 'OPEN') - Number(a.overdue && a.status === 'OPEN') || a.dueDate.localeCompare(b.dueDate));
}

/** An item's history for reading: newest first; of several lines at one version (never expected) the first is kept. */
export function historyNewestFirst<T extends { version: number; at: string }>(history: readonly T[]): T[] {
  const seen = new Set<number>();
  return [...history]
    .filter((h) => (seen.has(h.version) ? false : (seen.add(h.version), true)))
    .sort((a, b) => b.version - a.version || b.at.localeCompare(a.at));
}
