import { forwardRef, type InputHTMLAttributes, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { t } from '@/i18n';

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function Input(
  { className, ...rest },
  ref,
) {
  return <input ref={ref} className={['jm-input', className].filter(Boolean).join(' ')} {...rest} />;
});

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  options: readonly SelectOption[];
  /** Shown as a first, empty choice; pass false to leave it out. */
  placeholder?: string | false;
}

export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { options, placeholder, className, ...rest },
  ref,
) {
  return (
    <span className={['jm-select', className].filter(Boolean).join(' ')}>
      <select ref={ref} {...rest}>
        {placeholder !== false && <option value="">{placeholder ?? t('common.selectPlaceholder')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
});

export interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  /** Shows "12 / 200" under the box when maxLength is set. */
  showCount?: boolean;
}

export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  { className, showCount, maxLength, value, ...rest },
  ref,
) {
  const length = typeof value === 'string' ? Array.from(value).length : undefined;
  return (
    <span className="jm-textarea">
      <textarea
        ref={ref}
        className={['jm-input', className].filter(Boolean).join(' ')}
        maxLength={maxLength}
        value={value}
        rows={rest.rows ?? 4}
        {...rest}
      />
      {showCount && maxLength !== undefined && length !== undefined && (
        <span className="jm-textarea__count" aria-hidden="true">
          {length} / {maxLength}
        </span>
      )}
    </span>
  );
});
