// 批量导入: a secretary (or the district admin) imports members, units or organisations into their scope from a
// UTF-8 CSV. The file goes up raw (POST /imports/uploads); the server checks the header and every row first:
// a wrong encoding or a missing column is refused at once with its sentence, bad rows come back as a per-row
// report (nothing written unless 只导入有效行), valid rows are written in the background while we poll the job.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { useAction } from '@/api/useAction';
import { newMutationId } from '@/api/useCommand';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { BoardHeader, Segmented } from '@/features/Meetings/common/BoardHeader';
import type { ImportJobQuery as ImportJobResult, ImportKind } from '@/gql/graphql';
import { messages, t } from '@/i18n';
import { Button, Card, DataTable, EmptyState, Field, FilePicker, Icon, StatusTag, type Column } from '@/ui';
import { ImportJobQuery, ImportMembersMutation, ImportOrganisationsMutation, ImportUnitsMutation } from './documents';
import { csvTemplate, isFinished, KINDS, looksLikeCsv, pollDelay, progressPercent, uploadCsv, UploadFailed } from './importLogic';
import './imports.css';

type Job = ImportJobResult['importJob'];
type RowError = Job['errors'][number];
const ERRORS_SHOWN = 500;

export default function ImportPage() {
  usePageTitle(t('imports.pageTitle'));
  const { acting } = useSignedIn();
  const organisationId = acting?.scopeId ?? '';
  const client = useClient();
  const [kind, setKind] = useState<ImportKind>('MEMBERS');
  const [file, setFile] = useState<File>();
  const [fileError, setFileError] = useState<string>();
  const [validOnly, setValidOnly] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [uploadId, setUploadId] = useState<string>();
  const [job, setJob] = useState<Job>();
  const [pickerKey, setPickerKey] = useState(0);
  const members = useAction(ImportMembersMutation);
  const units = useAction(ImportUnitsMutation);
  const orgs = useAction(ImportOrganisationsMutation);
  const action = kind === 'MEMBERS' ? members : kind === 'UNITS' ? units : orgs;
  const started = useRef(0);

  // Poll the job while it runs (the errors table comes with it).
  useEffect(() => {
    if (!job || isFinished(job)) return;
    const timer = setTimeout(async () => {
      const r = await client.query(ImportJobQuery, { id: job.id, first: ERRORS_SHOWN, offset: 0 }, { requestPolicy: 'network-only' }).toPromise();
      if (r.data) setJob(r.data.importJob);
      else setJob({ ...job }); // try again on the next tick
    }, pollDelay(Date.now() - started.current));
    return () => clearTimeout(timer);
  }, [job, client]);

  const columns = messages().imports.columns[kind];
  const downloadTemplate = () => {
    const header = [...columns.required, ...columns.optional];
    const blob = new Blob([csvTemplate(header, messages().imports.example[kind])], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = t('imports.templateName', { kind: t(`imports.kind.${kind}`) });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const start = async (opts: { reuseUpload?: string; validRows?: boolean } = {}) => {
    action.clearError();
    let id = opts.reuseUpload;
    if (!id) {
      if (!file) {
        setFileError(t('imports.fileRequired'));
        return;
      }
      setUploading(true);
      try {
        id = await uploadCsv(file);
      } catch (e) {
        setFileError(t('imports.uploadFailed', { message: e instanceof UploadFailed ? e.message : String(e) }));
        return;
      } finally {
        setUploading(false);
      }
      setUploadId(id);
    }
    started.current = Date.now();
    const r = await action.attempt({
      input: { organisationId, uploadId: id, importValidRows: opts.validRows ?? validOnly, clientMutationId: newMutationId() },
    });
    const created = r.data && ('importMembers' in r.data ? r.data.importMembers : 'importUnits' in r.data ? r.data.importUnits : r.data.importOrganisations);
    if (!created) return;
    // The first page of the error report (and fresh counts) comes from importJob.
    const full = await client.query(ImportJobQuery, { id: created.id, first: ERRORS_SHOWN, offset: 0 }, { requestPolicy: 'network-only' }).toPromise();
    setJob(full.data?.importJob ?? { ...created, errors: [] });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void start();
  };

  const reset = () => {
    setJob(undefined);
    setFile(undefined);
    setUploadId(undefined);
    setFileError(undefined);
    action.clearError();
    setPickerKey((k) => k + 1);
  };

  const busy = uploading || action.running;

  return (
    <div className="jm-page jm-page-stack">
      <BoardHeader title={t('imports.pageTitle')} subtitle={t('imports.subtitle', { scope: acting?.scopeName ?? '' })} />
      <Card>
        <form className="jm-import-form" onSubmit={submit} noValidate>
          <div className="jm-import-kind">
            <span className="jm-field__label">
              {t('imports.kindLabel')}
            </span>
            <Segmented
              label={t('imports.kindLabel')}
              value={kind}
              options={KINDS.map((k) => ({ value: k, label: t(`imports.kind.${k}`) }))}
              onChange={(k) => {
                setKind(k);
                reset();
              }}
            />
            <p className="muted">{t(`imports.kindHint.${kind}`)}</p>
          </div>
          <div className="jm-import-columns">
            <div>
              <span className="jm-import-columns__label">{t('imports.requiredColumns')}</span>
              {columns.required.map((c) => (
                <code key={c} className="jm-import-col is-required">
                  {c}
                </code>
              ))}
            </div>
            {columns.optional.length > 0 && (
              <div>
                <span className="jm-import-columns__label">{t('imports.optionalColumns')}</span>
                {columns.optional.map((c) => (
                  <code key={c} className="jm-import-col">
                    {c}
                  </code>
                ))}
              </div>
            )}
            <Button size="sm" variant="ghost" icon={<Icon name="download" size={16} />} onClick={downloadTemplate}>
              {t('imports.template')}
            </Button>
          </div>
          <p className="jm-alert jm-alert--info">
            <Icon name="alert" size={16} />
            {t('imports.encoding')}
          </p>
          <Field label={t('imports.file')} required hint={t('imports.fileHint')} error={fileError}>
            <FilePicker
              key={pickerKey}
              accept=".csv,text/csv"
              disabled={busy}
              onFiles={(files) => {
                const f = files[0];
                setJob(undefined);
                setUploadId(undefined);
                action.clearError();
                if (f && !looksLikeCsv(f)) {
                  setFile(undefined);
                  setFileError(t('imports.fileNotCsv', { name: f.name }));
                  return;
                }
                setFile(f);
                setFileError(undefined);
              }}
            />
          </Field>
          <label className="jm-import-check">
            <input type="checkbox" checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} />
            <span>
              <strong>{t('imports.validOnly')}</strong>
              <span className="muted">{t('imports.validOnlyHint')}</span>
            </span>
          </label>
          {action.error && (
            <p className="jm-alert jm-alert--error" role="alert">
              {t('imports.fileProblem', { message: action.error.message })}
            </p>
          )}
          <div className="jm-import-actions">
            {job && (
              <Button onClick={reset} disabled={!isFinished(job)}>
                {t('imports.again')}
              </Button>
            )}
            <Button variant="primary" type="submit" busy={busy} busyLabel={uploading ? t('imports.uploading') : undefined} disabled={!!job && !isFinished(job)}>
              {t('imports.start')}
            </Button>
          </div>
        </form>
      </Card>
      {job && (
        <JobCard
          job={job}
          onImportValid={uploadId && job.status === 'REJECTED' && job.valid > 0 ? () => void start({ reuseUpload: uploadId, validRows: true }) : undefined}
          // An interrupted import is finished by importing the same file again: rows already written come back as 已存在 and are skipped.
          onImportRest={uploadId && job.status === 'INTERRUPTED' ? () => void start({ reuseUpload: uploadId, validRows: true }) : undefined}
          busy={busy}
        />
      )}
    </div>
  );
}

function JobCard({ job, onImportValid, onImportRest, busy }: { job: Job; onImportValid?: (() => void) | undefined; onImportRest?: (() => void) | undefined; busy: boolean }) {
  const percent = progressPercent(job);
  const tone = job.status === 'DONE' ? 'success' : job.status === 'RUNNING' ? 'info' : 'danger';
  const columns: Column<RowError>[] = [
    { key: 'row', header: t('imports.row'), primary: true, width: '110px', render: (e) => t('imports.rowN', { n: e.row }) },
    { key: 'column', header: t('imports.column'), width: '140px', render: (e) => e.column },
    { key: 'reason', header: t('imports.reason'), render: (e) => e.reason },
  ];
  return (
    <Card title={t('imports.job')} extra={<StatusTag tone={tone} dot>{t(`imports.status.${job.status}`)}</StatusTag>} aria-live="polite">
      <div className="jm-import-job">
        <p className="jm-import-job__summary">{t('imports.summary', { total: job.total, valid: job.valid, errors: job.errorCount })}</p>
        {job.status !== 'REJECTED' && (
          <div className="jm-import-progress">
            <div
              className="jm-import-progress__bar"
              role="progressbar"
              aria-label={t('imports.progressLabel')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
            >
              <span style={{ width: `${percent}%` }} />
            </div>
            <span className="jm-import-progress__text">
              {t('imports.progress', { processed: job.processed, valid: job.valid })} · {percent}%
            </span>
          </div>
        )}
        {job.status === 'REJECTED' && (
          <div className="jm-alert jm-alert--error jm-import-rejected" role="status">
            <span>{t('imports.rejectedBody', { errors: job.errorCount, valid: job.valid })}</span>
            {onImportValid && (
              <Button size="sm" variant="primary" busy={busy} onClick={onImportValid}>
                {t('imports.importValidNow', { valid: job.valid })}
              </Button>
            )}
          </div>
        )}
        {job.status === 'DONE' && (
          <p className="jm-alert jm-alert--success" role="status">
            <Icon name="checkCircle" size={16} />
            {job.errorCount > 0 ? t('imports.doneWithSkipped', { errors: job.errorCount }) : t('imports.doneBody')}{' '}
            {t('imports.written', { count: job.processed - job.failed })}
            {job.failed > 0 && ` · ${t('imports.writeFailed', { count: job.failed })}`}
            {job.tookMs != null && ` · ${t('imports.took', { seconds: (job.tookMs / 1000).toFixed(1) })}`}
          </p>
        )}
        {job.status === 'FAILED' && (
          <p className="jm-alert jm-alert--error" role="status">
            {t('imports.failedBody')}
          </p>
        )}
        {job.status === 'INTERRUPTED' && (
          <div className="jm-alert jm-alert--error jm-import-rejected" role="status">
            <span>{job.message}</span>
            {onImportRest && (
              <Button size="sm" variant="primary" busy={busy} onClick={onImportRest}>
                {t('imports.importRestNow')}
              </Button>
            )}
          </div>
        )}
        {job.errorCount > 0 && (
          <>
            <h3 className="jm-import-job__errors">{t('imports.errorsTitle')}</h3>
            <DataTable
              columns={columns}
              rows={job.errors}
              rowKey={(e) => `${e.row}:${e.column}:${e.reason}`}
              caption={t('imports.errorsCaption')}
              hideCaption
              empty={<EmptyState title={t('imports.noErrors')} compact />}
            />
            {job.errorCount > job.errors.length && <p className="muted">{t('imports.errorsMore', { shown: job.errors.length, total: job.errorCount })}</p>}
          </>
        )}
      </div>
    </Card>
  );
}

