import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from '@/i18n';
import { Icon } from './Icon';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children?: ReactNode;
  /** Buttons, right-aligned on desktop and full width on phones. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
}

// The native <dialog> gives focus trapping, Esc to close, inert background and top layer for free.
export function Dialog({ open, onClose, title, children, footer, size = 'md' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      returnFocus.current = document.activeElement as HTMLElement | null;
      el.showModal();
    } else if (!open && el.open) {
      el.close();
      returnFocus.current?.focus?.();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`jm-dialog jm-dialog--${size}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its panel) closes it.
        if (e.target === ref.current) onClose();
      }}
    >
      {/* Content exists only while open: no hidden duplicates of ids, radio names or live regions. */}
      {open && <div className="jm-dialog__panel">
        <header className="jm-dialog__header">
          <h2 id={titleId} className="jm-dialog__title">
            {title}
          </h2>
          <button type="button" className="jm-icon-btn" onClick={onClose} aria-label={t('ui.dialogClose')}>
            <Icon name="close" />
          </button>
        </header>
        {children && <div className="jm-dialog__body">{children}</div>}
        {footer && <footer className="jm-dialog__footer">{footer}</footer>}
      </div>}
    </dialog>
  );
}
