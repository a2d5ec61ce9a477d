// A dialog holding one form (draft, offer, edit): the form's own submit, the command's error above the
// fields, and — for edits — the words for "someone changed it while you were editing".
import { useState, type FormEvent, type ReactNode } from 'react';
import type { AppError } from '@/api/errors';
import { t } from '@/i18n';
import { Button, Dialog, Field, TextArea } from '@/ui';
import { FormAlert, type RunnableCommand } from './Board';

export function FormDialog({
  open = true,
  title,
  formId,
  submitLabel,
  command: { running, error },
  conflict,
  size,
  grid,
  onClose,
  onSubmit,
  children,
}: {
  open?: boolean;
  title: string;
  formId: string;
  submitLabel: string;
  /** The command the form runs: its progress and its error. */
  command: { running: boolean; error?: AppError | undefined };
  /** Set after a CONFLICT on an edit: the page has refetched, the person's input is kept. */
  conflict?: string | undefined;
  size?: 'sm' | 'lg';
  /** Two columns on a desk (long forms). */
  grid?: boolean;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  const wide = grid ? 'jm-form-grid__wide' : undefined;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      {...(size ? { size } : {})}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} busy={running}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} className={grid ? 'jm-form-grid' : 'stack'} onSubmit={submit} noValidate>
        {conflict && (
          <p className={['jm-alert jm-alert--warning', wide].filter(Boolean).join(' ')} role="alert">
            {conflict}
          </p>
        )}
        {!conflict && <FormAlert error={error} {...(wide ? { className: wide } : {})} />}
        {children}
      </form>
    </Dialog>
  );
}

/**
 * For edit forms. The version is the one the form was opened on — a live refresh of the board must not move it,
 * or a save would silently overwrite what someone else just changed. After a CONFLICT the form keeps what was
 * typed, explains it, and moves to the server's current version so a reviewed save can go through.
 */
export function useEditVersion(openedOn: number | undefined, refetch: () => void) {
  const [version, setVersion] = useState(openedOn);
  const [conflict, setConflict] = useState<string>();
  return {
    version,
    conflict,
    onConflict: () => refetch(),
    /** Call with each save's result: explains a CONFLICT, or runs `saved` when it worked. */
    settle: ({ data, error }: { data?: unknown; error?: AppError }, saved: () => void) => {
      // A stale version gets our sentence; a rule (e.g. 协议已签署，不能修改) keeps the server's words.
      setConflict(error?.code !== 'CONFLICT' ? undefined : error.currentVersion !== undefined ? t('cycle.editConflict') : error.message);
      if (error?.code === 'CONFLICT') setVersion(error.currentVersion ?? openedOn);
      if (data) saved();
    },
  };
}

/** Progress of a project or an action item: a slider in steps of 5 and a required note. */
export function ProgressDialog({
  title,
  subject,
  percent: current,
  percentLabel,
  noteLabel,
  notePlaceholder,
  command,
  fieldError,
  input,
  success,
  onClose,
  onDone,
}: {
  title: string;
  subject?: ReactNode;
  percent: number;
  percentLabel: (percent: string) => string;
  noteLabel: string;
  notePlaceholder?: string;
  command: RunnableCommand;
  fieldError: (field: string) => string | undefined;
  input: (percent: number, note: string) => Record<string, unknown>;
  success: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [percent, setPercent] = useState(String(Math.min(100, current + 20)));
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  return (
    <FormDialog
      title={title}
      formId="jm-progress-form"
      submitLabel={t('common.save')}
      size="sm"
      command={command}
      onClose={onClose}
      onSubmit={async () => {
        setTouched(true);
        if (!note.trim()) return;
        const { data } = await command.exec(input(Number(percent), note.trim()), success);
        if (data) onDone();
      }}
    >
      {subject && <p>{subject}</p>}
      <Field label={percentLabel(percent)} error={fieldError('percent')}>
        <input className="jm-range" type="range" min={0} max={100} step={5} value={percent} onChange={(e) => setPercent(e.target.value)} />
      </Field>
      <Field label={noteLabel} required error={touched && !note.trim() ? t('fieldErrors.REQUIRED') : fieldError('note')}>
        <TextArea value={note} rows={3} maxLength={1000} {...(notePlaceholder ? { placeholder: notePlaceholder } : {})} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </FormDialog>
  );
}
