// A file input that speaks Chinese: the browser's own button says "Choose Files" / "No file chosen" in the
// browser's language, so the real <input type="file"> is kept (keyboard, screen readers, drag-and-drop on it,
// Playwright's setInputFiles) but visually hidden, and a button-styled <label> for it carries our words.
// Put it inside <Field>: Field's id and aria-* land on the input.
import { forwardRef, useId, useState, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { t } from '@/i18n';
import { Icon } from './Icon';

export interface FilePickerProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'size' | 'onChange' | 'value' | 'defaultValue' | 'children'> {
  /** The chosen files (already as an array); the input is emptied afterwards when clearAfterPick is set. */
  onFiles: (files: File[]) => void;
  /** The button's words; default 选择文件. */
  buttonLabel?: ReactNode;
  /** Empty the input after each pick, so the same file can be picked again (the caller lists what it keeps). */
  clearAfterPick?: boolean;
  /** Show the chosen file names beside the button (default true unless clearAfterPick). */
  showSelection?: boolean;
  size?: 'sm' | 'md';
}

export const FilePicker = forwardRef<HTMLInputElement, FilePickerProps>(function FilePicker(
  { onFiles, buttonLabel, clearAfterPick, showSelection, size = 'md', id, className, disabled, multiple, ...rest },
  ref,
) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const [names, setNames] = useState<string[]>([]);
  const show = showSelection ?? !clearAfterPick;
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    setNames(files.map((f) => f.name));
    onFiles(files);
    if (clearAfterPick) e.target.value = '';
  };
  const label = buttonLabel ?? (names.length > 0 && show ? t('ui.chooseAgain') : multiple ? t('ui.chooseFiles') : t('ui.chooseFile'));
  return (
    <div className={['jm-filepicker', disabled && 'is-disabled', className].filter(Boolean).join(' ')}>
      <input
        ref={ref}
        id={inputId}
        type="file"
        className="jm-filepicker__input"
        disabled={disabled}
        multiple={multiple}
        onChange={change}
        {...rest}
      />
      <label htmlFor={inputId} className={`jm-btn jm-btn--secondary jm-btn--${size} jm-filepicker__button`} aria-hidden="true">
        <Icon name="upload" size={16} />
        <span>{label}</span>
      </label>
      {show && (
        <span className="jm-filepicker__names" aria-live="polite">
          {names.length === 0 ? t('ui.noFileChosen') : names.length === 1 ? names[0] : t('ui.filesChosen', { count: names.length })}
        </span>
      )}
    </div>
  );
});
