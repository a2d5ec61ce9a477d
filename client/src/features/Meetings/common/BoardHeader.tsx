import type { ReactNode } from 'react';

/** The top of a board: title, one line on what it is, and the page's actions. */
export function BoardHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="jm-page__header jm-board__header">
      <div className="jm-board__titles">
        <h1>{title}</h1>
        {subtitle && <p className="muted">{subtitle}</p>}
      </div>
      {actions && <div className="jm-board__actions">{actions}</div>}
    </header>
  );
}

/** A row of filters above a board; wraps on phones. */
export function FilterBar({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="jm-filterbar" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/** Segmented choice (status filter), keyboard usable as a radio group. */
export function Segmented<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly { value: V; label: string; count?: number }[];
  onChange: (value: V) => void;
}) {
  return (
    <div className="jm-segmented" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          tabIndex={o.value === value ? 0 : -1}
          className={o.value === value ? 'jm-segmented__item is-active' : 'jm-segmented__item'}
          onClick={() => onChange(o.value)}
          onKeyDown={(e) => {
            const i = options.findIndex((x) => x.value === value);
            const next = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? i - 1 : -2;
            if (next === -2) return;
            e.preventDefault();
            const target = options[(next + options.length) % options.length]!;
            onChange(target.value);
            const buttons = (e.currentTarget.parentElement?.querySelectorAll('button') ?? []) as NodeListOf<HTMLButtonElement>;
            buttons[(next + options.length) % options.length]?.focus();
          }}
        >
          {o.label}
          {o.count !== undefined && <span className="jm-segmented__count">{o.count}</span>}
        </button>
      ))}
    </div>
  );
}

/** remaining / capacity as a bar with words. */
export function CapacityBar({ taken, capacity, label }: { taken: number; capacity: number; label: string }) {
  // The bar shows what is still free, so an empty bar reads "nothing left".
  const free = capacity > 0 ? Math.max(0, Math.min(100, Math.round(((capacity - taken) / capacity) * 100))) : 0;
  return (
    <div className="jm-capacity">
      <div className="jm-capacity__bar" aria-hidden="true">
        <span style={{ width: `${free}%` }} className={free <= 25 ? 'is-low' : undefined} />
      </div>
      <span className="jm-capacity__label">{label}</span>
    </div>
  );
}

/** A progress bar with its percentage. */
export function Progress({ percent, label }: { percent: number; label: string }) {
  const p = Math.max(0, Math.min(100, percent));
  return (
    <div className="jm-progress" role="progressbar" aria-valuenow={p} aria-valuemin={0} aria-valuemax={100} aria-label={label}>
      <span className="jm-progress__bar">
        <span style={{ width: `${p}%` }} />
      </span>
      <span className="jm-progress__value">{p}%</span>
    </div>
  );
}
