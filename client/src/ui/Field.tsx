import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { t } from '@/i18n';

export interface FieldProps {
  label: ReactNode;
  /** One input/select/textarea; Field wires id, aria-invalid and aria-describedby onto it. */
  children: ReactElement<Record<string, unknown>>;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

export function Field({ label, children, error, hint, required, className }: FieldProps) {
  const autoId = useId();
  const id = (isValidElement(children) && (children.props.id as string | undefined)) || autoId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
  });
  return (
    <div className={['jm-field', error && 'jm-field--error', className].filter(Boolean).join(' ')}>
      <label className="jm-field__label" htmlFor={id}>
        {label}
        {required && (
          <span className="jm-field__required" aria-hidden="true">
            *
          </span>
        )}
        {required && <span className="visually-hidden">{t('ui.required')}</span>}
      </label>
      {control}
      {hint && (
        <p id={hintId} className="jm-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="jm-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
