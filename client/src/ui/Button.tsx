import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { Spinner } from './Spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'link';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md' | 'lg';
  /** Shows a spinner, keeps the width, and blocks clicks; announce the action with busyLabel. */
  busy?: boolean;
  busyLabel?: string;
  icon?: ReactNode;
  block?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'md', busy, busyLabel, icon, block, className, children, disabled, type, ...rest },
  ref,
) {
  const classes = ['jm-btn', `jm-btn--${variant}`, `jm-btn--${size}`, block && 'jm-btn--block', className]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      ref={ref}
      type={type ?? 'button'}
      className={classes}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy ? <Spinner size={16} /> : icon}
      <span>{busy && busyLabel ? busyLabel : children}</span>
    </button>
  );
});
