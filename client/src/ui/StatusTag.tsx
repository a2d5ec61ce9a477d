import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'brand' | 'success' | 'warning' | 'danger' | 'info';

/** A short status in colour, e.g. 已认领, 逾期. The text carries the meaning; colour only supports it. */
export function StatusTag({ tone = 'neutral', children, dot }: { tone?: Tone; children: ReactNode; dot?: boolean }) {
  return (
    <span className={`jm-tag jm-tag--${tone}`}>
      {dot && <span className="jm-tag__dot" aria-hidden="true" />}
      {children}
    </span>
  );
}

/** A small count next to a title or a nav item. */
export function Badge({ count, tone = 'brand', label }: { count: number; tone?: Tone; label?: string }) {
  if (count <= 0) return null;
  return (
    <span className={`jm-badge jm-badge--${tone}`} aria-label={label}>
      {count > 99 ? '99+' : count}
    </span>
  );
}
