// 共建协议书 (一书): drafted by the community/street, signed by each side, in force between its dates.
import { useState } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { formatLocalDate, shanghaiDate } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, Dialog, EmptyState, ErrorState, Field, Icon, Input, Loading, Select, Skeleton, StatusTag, TextArea } from '@/ui';
import { BoardHeader } from '@/features/Meetings/common/BoardHeader';
import { useCommand } from '@/api/useCommand';
import { ConfirmDialog, ReasonDialog } from '@/ui/dialogs';
import { useCycleScope, type CycleScope } from '@/features/Meetings/common/scope';
import { addDays } from '@/features/Needs/NeedForm';
import type { AgreementFieldsFragment, AgreementSide } from '@/gql/graphql';
import { AgreementsQuery, DraftAgreementMutation, SignAgreementMutation, TerminateAgreementMutation, UnitChoicesQuery } from './documents';

const SIDES: AgreementSide[] = ['ORGANISATION', 'UNIT'];

export default function AgreementsPage() {
  usePageTitle(t('agreements.pageTitle'));
  const { scope, error, retry } = useCycleScope();
  if (error) return <div className="jm-page"><ErrorState message={error.message} onRetry={retry} /></div>;
  if (!scope) return <div className="jm-page"><Loading label={t('cycle.scopeLoading')} /></div>;
  return <AgreementsList scope={scope} />;
}

function AgreementsList({ scope }: { scope: CycleScope }) {
  const [drafting, setDrafting] = useState(false);
  const variables = scope.isUnit ? { unitId: scope.unitId! } : { organisationId: scope.orgId };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AgreementsQuery, variables });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.organisation(scope.isUnit ? scope.unitId! : scope.orgId)], refetch);
  const all = data?.agreements ?? [];
  const canDraft = scope.role === 'CommunitySecretary' || scope.role === 'StreetSecretary';
  return (
    <div className="jm-page">
      <BoardHeader
        title={t('agreements.pageTitle')}
        subtitle={scope.isUnit ? t('agreements.subtitleUnit', { unit: scope.scopeName }) : t('agreements.subtitle')}
        actions={
          <>
            {scope.isSecretary && (
              <a className="jm-btn jm-btn--ghost jm-btn--md" href={`/exports/agreements.csv?organisationId=${encodeURIComponent(scope.orgId)}`}>
                <Icon name="download" size={16} />
                <span>{t('cycle.exportCsv')}</span>
              </a>
            )}
            {canDraft && (
              <Button variant="primary" icon={<Icon name="plus" size={16} />} onClick={() => setDrafting(true)}>
                {t('agreements.draft')}
              </Button>
            )}
          </>
        }
      />
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Card>
          <Skeleton lines={5} />
        </Card>
      ) : all.length === 0 ? (
        <EmptyState icon="fileText" title={t('agreements.empty')} description={t('agreements.emptyHint')} />
      ) : (
        <div className="jm-board-grid">
          {all.map((a) => (
            <AgreementCard key={a.id} agreement={a} refetch={refetch} />
          ))}
        </div>
      )}
      {drafting && <DraftDialog scope={scope} onClose={() => setDrafting(false)} refetch={refetch} />}
    </div>
  );
}

function AgreementCard({ agreement: a, refetch }: { agreement: AgreementFieldsFragment; refetch: () => void }) {
  const [dialog, setDialog] = useState<'sign' | 'terminate' | null>(null);
  const opts = { onConflict: () => { setDialog(null); refetch(); } };
  const sign = useCommand(SignAgreementMutation, opts);
  const terminate = useCommand(TerminateAgreementMutation, opts);
  const canSign = a.status === 'DRAFT' && a.mySide && !a.signedBy.includes(a.mySide);
  const titleId = `agreement-${a.id}-title`;
  const party = (side: AgreementSide) => (side === 'UNIT' ? a.unitName : a.organisationName);
  return (
    <article className="jm-card jm-board-card" aria-labelledby={titleId}>
      <div className="jm-board-card__tags">
        <StatusTag tone={a.status === 'EFFECTIVE' ? 'success' : a.status === 'DRAFT' ? 'warning' : 'neutral'}>{t(`agreements.status.${a.status}`)}</StatusTag>
        {a.status === 'EFFECTIVE' && <StatusTag tone={a.inForce ? 'success' : 'neutral'}>{a.inForce ? t('agreements.inForce') : t('agreements.notInForce')}</StatusTag>}
        {a.projectIds.length > 0 && <StatusTag>{t('agreements.projects', { count: a.projectIds.length })}</StatusTag>}
      </div>
      <h2 className="jm-board-card__title" id={titleId}>
        {a.title}
      </h2>
      <p className="jm-board-card__meta">
        {a.organisationName} · {a.unitName}
      </p>
      <p className="jm-board-card__body">{a.scope}</p>
      <p className="muted jm-board-card__small">{t('agreements.period', { from: formatLocalDate(a.startsOn), until: formatLocalDate(a.endsOn) })}</p>
      <ul className="jm-claims" aria-label={t('agreements.fields.signatures')}>
        {SIDES.map((side) => (
          <li key={side}>
            <span className="jm-claims__text">
              {t(`agreements.side.${side}`)} · {party(side)}
            </span>
            <StatusTag tone={a.signedBy.includes(side) ? 'success' : 'neutral'}>
              {a.signedBy.includes(side) ? t('agreements.signed') : t('agreements.unsigned')}
            </StatusTag>
          </li>
        ))}
      </ul>
      <div className="jm-board-card__footer">
        <span />
        <div className="jm-board-card__actions">
          {a.mySide === 'ORGANISATION' && a.status !== 'TERMINATED' && (
            <Button size="sm" variant="ghost" onClick={() => setDialog('terminate')}>
              {t('agreements.terminate')}
            </Button>
          )}
          {canSign && (
            <Button size="sm" variant="primary" onClick={() => setDialog('sign')}>
              {t('agreements.sign', { side: t(`agreements.side.${a.mySide!}`) })}
            </Button>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={dialog === 'sign'}
        title={t('agreements.signTitle')}
        body={t('agreements.signBody', { party: a.mySide ? party(a.mySide) : '', title: a.title })}
        confirmLabel={t('agreements.signTitle')}
        busy={sign.running}
        error={sign.error?.message}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          const { data } = await sign.exec({ agreementId: a.id, side: a.mySide, expectedVersion: a.version }, t('agreements.signedDone'));
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      />
      <ReasonDialog
        open={dialog === 'terminate'}
        title={t('agreements.terminateTitle')}
        label={t('agreements.terminateReason')}
        confirmLabel={t('agreements.terminate')}
        danger
        busy={terminate.running}
        error={terminate.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const { data } = await terminate.exec({ agreementId: a.id, reason, expectedVersion: a.version }, t('agreements.terminated'));
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      />
    </article>
  );
}

function DraftDialog({ scope, onClose, refetch }: { scope: CycleScope; onClose: () => void; refetch: () => void }) {
  const [{ data: units, fetching }] = useQuery({ query: UnitChoicesQuery, variables: { parentId: scope.orgId } });
  const today = shanghaiDate();
  const [d, setD] = useState({ unitId: '', title: '', scope: '', startsOn: today, endsOn: addDays(today, 365) });
  const [touched, setTouched] = useState(false);
  const draft = useCommand(DraftAgreementMutation);
  const set = (k: keyof typeof d) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  const req = (k: keyof typeof d) => (touched && !d[k].trim() ? t('fieldErrors.REQUIRED') : draft.fieldError(k));
  const options = (units?.organisations ?? []).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('agreements.draftTitle')}
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            busy={draft.running}
            onClick={async () => {
              setTouched(true);
              if (!d.unitId || !d.title.trim() || !d.scope.trim()) return;
              const { data } = await draft.exec({ organisationId: scope.orgId, ...d, title: d.title.trim(), scope: d.scope.trim() }, t('agreements.drafted'));
              if (data) {
                refetch();
                onClose();
              }
            }}
          >
            {t('agreements.draft')}
          </Button>
        </>
      }
    >
      <div className="jm-form-grid">
        {draft.error && Object.keys(draft.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error jm-form-grid__wide" role="alert">
            {draft.error.message}
          </p>
        )}
        <Field label={t('agreements.fields.unit')} required error={req('unitId')} hint={!fetching && options.length === 0 ? t('agreements.noUnits') : undefined}>
          <Select value={d.unitId} options={options} onChange={(e) => set('unitId')(e.target.value)} />
        </Field>
        <Field label={t('agreements.fields.title')} required error={req('title')}>
          <Input value={d.title} maxLength={100} placeholder={t('agreements.fields.titlePlaceholder')} onChange={(e) => set('title')(e.target.value)} />
        </Field>
        <Field label={t('agreements.fields.scope')} required error={req('scope')} className="jm-form-grid__wide">
          <TextArea value={d.scope} rows={4} maxLength={2000} placeholder={t('agreements.fields.scopePlaceholder')} onChange={(e) => set('scope')(e.target.value)} />
        </Field>
        <Field label={t('agreements.fields.startsOn')} required error={req('startsOn')}>
          <Input type="date" value={d.startsOn} onChange={(e) => set('startsOn')(e.target.value)} />
        </Field>
        <Field label={t('agreements.fields.endsOn')} required error={req('endsOn')}>
          <Input type="date" value={d.endsOn} onChange={(e) => set('endsOn')(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}
