// Small dialogs any page can use: ask for a reason (decline, withdraw, reject, cancel…) or for a yes.
import { useState, type FormEvent, type ReactNode } from 'react';
import { t } from '@/i18n';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { Field } from './Field';
import { TextArea } from './Input';

export function ReasonDialog({
  open,
  title,
  label,
  hint,
  placeholder,
  confirmLabel,
  required = true,
  busy,
  error,
  danger,
  onClose,
  onSubmit,
  children,
}: {
  open: boolean;
  title: string;
  label: string;
  hint?: string;
  placeholder?: string;
  confirmLabel: string;
  required?: boolean;
  busy?: boolean;
  error?: string | undefined;
  danger?: boolean;
  onClose: () => void;
  onSubmit: (reason: string) => void;
  children?: ReactNode;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (required && !reason.trim()) {
      setMissing(true);
      return;
    }
    onSubmit(reason.trim());
  };
  const close = () => {
    setReason('');
    setMissing(false);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={title}
      size="sm"
      footer={
        <>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button variant={danger ? 'danger' : 'primary'} type="submit" form="jm-reason-form" busy={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <form id="jm-reason-form" className="stack" onSubmit={submit} noValidate>
        {children}
        <Field label={label} required={required} hint={hint} error={(missing ? t('common.reasonRequired') : undefined) ?? error}>
          <TextArea
            value={reason}
            placeholder={placeholder}
            maxLength={500}
            showCount
            rows={3}
            autoFocus
            onChange={(e) => {
              setReason(e.target.value);
              setMissing(false);
            }}
          />
        </Field>
      </form>
    </Dialog>
  );
}

export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  busy,
  danger,
  error,
  onClose,
  onConfirm,
}: {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  danger?: boolean;
  error?: string | undefined;
  onClose: () => void;
  onConfirm: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant={danger ? 'danger' : 'primary'} busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>{body}</p>
        {error && (
          <p className="jm-alert jm-alert--error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
