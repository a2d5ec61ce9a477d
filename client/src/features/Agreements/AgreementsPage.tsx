// 共建协议书 (一书): drafted by the community/street, edited while nobody has signed, signed by each side,
// in force between its dates.
import { useState } from 'react';
import { useQuery } from 'urql';
import { t } from '@/i18n';
import { formatLocalDate, shanghaiDate } from '@/lib/format';
import { liveGroups } from '@/live/useLive';
import { Button, Field, Icon, Input, Select, StatusTag, TextArea } from '@/ui';
import { BoardHeader } from '@/features/Meetings/common/BoardHeader';
import { useCommand } from '@/api/useCommand';
import {
  BoardCard,
  BoardList,
  ClaimList,
  ClaimRow,
  CommandConfirmDialog,
  CommandReasonDialog,
  CycleScopePage,
  ExportLink,
  useLiveQuery,
} from '@/features/Meetings/common/Board';
import { FormDialog, useEditVersion } from '@/features/Meetings/common/FormDialog';
import { changedFields, rangeError, requiredErrors } from '@/features/Meetings/common/forms';
import type { CycleScope } from '@/features/Meetings/common/scope';
import { addDays } from '@/features/Needs/NeedForm';
import type { AgreementFieldsFragment, AgreementSide } from '@/gql/graphql';
import {
  AgreementsQuery,
  DraftAgreementMutation,
  EditAgreementMutation,
  SignAgreementMutation,
  TerminateAgreementMutation,
  UnitChoicesQuery,
} from './documents';

const SIDES: AgreementSide[] = ['ORGANISATION', 'UNIT'];

export default function AgreementsPage() {
  return <CycleScopePage title={t('agreements.pageTitle')}>{(scope) => <AgreementsList scope={scope} />}</CycleScopePage>;
}

function AgreementsList({ scope }: { scope: CycleScope }) {
  const [drafting, setDrafting] = useState(false);
  const variables = scope.isUnit ? { unitId: scope.unitId! } : { organisationId: scope.orgId };
  const board = useLiveQuery(AgreementsQuery, variables, [liveGroups.organisation(scope.isUnit ? scope.unitId! : scope.orgId)]);
  const { data, refetch } = board;
  const all = data?.agreements ?? [];
  const canDraft = scope.role === 'CommunitySecretary' || scope.role === 'StreetSecretary';
  return (
    <div className="jm-page">
      <BoardHeader
        title={t('agreements.pageTitle')}
        subtitle={scope.isUnit ? t('agreements.subtitleUnit', { unit: scope.scopeName }) : t('agreements.subtitle')}
        actions={
          <>
            {scope.isSecretary && <ExportLink board="agreements" organisationId={scope.orgId} />}
            {canDraft && (
              <Button variant="primary" icon={<Icon name="plus" size={16} />} onClick={() => setDrafting(true)}>
                {t('agreements.draft')}
              </Button>
            )}
          </>
        }
      />
      <BoardList
        state={board}
        items={all}
        total={all.length}
        skeletons={2}
        empty={{ icon: 'fileText', title: t('agreements.empty'), description: t('agreements.emptyHint') }}
      >
        {(a) => <AgreementCard key={a.id} agreement={a} scope={scope} refetch={refetch} />}
      </BoardList>
      {drafting && <AgreementFormDialog scope={scope} onClose={() => setDrafting(false)} refetch={refetch} />}
    </div>
  );
}

function AgreementCard({ agreement: a, scope, refetch }: { agreement: AgreementFieldsFragment; scope: CycleScope; refetch: () => void }) {
  const [dialog, setDialog] = useState<'sign' | 'terminate' | 'edit' | null>(null);
  const close = () => setDialog(null);
  const done = () => { close(); refetch(); };
  const sign = useCommand(SignAgreementMutation, { onConflict: done });
  const terminate = useCommand(TerminateAgreementMutation, { onConflict: done });
  const canSign = a.status === 'DRAFT' && a.mySide && !a.signedBy.includes(a.mySide);
  // Terms someone signed cannot change (the server says the same).
  const canEdit = a.status === 'DRAFT' && a.mySide === 'ORGANISATION' && a.signedBy.length === 0;
  const party = (side: AgreementSide) => (side === 'UNIT' ? a.unitName : a.organisationName);
  return (
    <BoardCard
      titleId={`agreement-${a.id}-title`}
      data-agreement-id={a.id}
      title={a.title}
      tags={
        <>
          <StatusTag tone={a.status === 'EFFECTIVE' ? 'success' : a.status === 'DRAFT' ? 'warning' : 'neutral'}>{t(`agreements.status.${a.status}`)}</StatusTag>
          {a.status === 'EFFECTIVE' && <StatusTag tone={a.inForce ? 'success' : 'neutral'}>{a.inForce ? t('agreements.inForce') : t('agreements.notInForce')}</StatusTag>}
          {a.projectIds.length > 0 && <StatusTag>{t('agreements.projects', { count: a.projectIds.length })}</StatusTag>}
        </>
      }
      meta={`${a.organisationName} · ${a.unitName}`}
      actions={
        <>
          {a.mySide === 'ORGANISATION' && a.status !== 'TERMINATED' && (
            <Button size="sm" variant="ghost" onClick={() => setDialog('terminate')}>
              {t('agreements.terminate')}
            </Button>
          )}
          {canEdit && (
            <Button size="sm" icon={<Icon name="edit" size={14} />} onClick={() => setDialog('edit')}>
              {t('agreements.edit')}
            </Button>
          )}
          {canSign && (
            <Button size="sm" variant="primary" onClick={() => setDialog('sign')}>
              {t('agreements.sign', { side: t(`agreements.side.${a.mySide!}`) })}
            </Button>
          )}
        </>
      }
    >
      <p className="jm-board-card__body">{a.scope}</p>
      <p className="muted jm-board-card__small">{t('agreements.period', { from: formatLocalDate(a.startsOn), until: formatLocalDate(a.endsOn) })}</p>
      <ClaimList label={t('agreements.fields.signatures')}>
        {SIDES.map((side) => (
          <ClaimRow
            key={side}
            text={`${t(`agreements.side.${side}`)} · ${party(side)}`}
            tone={a.signedBy.includes(side) ? 'success' : 'neutral'}
            status={a.signedBy.includes(side) ? t('agreements.signed') : t('agreements.unsigned')}
          />
        ))}
      </ClaimList>
      {dialog === 'edit' && <AgreementFormDialog scope={scope} agreement={a} onClose={close} refetch={refetch} />}
      <CommandConfirmDialog
        open={dialog === 'sign'}
        title={t('agreements.signTitle')}
        body={t('agreements.signBody', { party: a.mySide ? party(a.mySide) : '', title: a.title })}
        confirmLabel={t('agreements.signTitle')}
        command={sign}
        input={{ agreementId: a.id, side: a.mySide, expectedVersion: a.version }}
        success={t('agreements.signedDone')}
        onClose={close}
        onDone={done}
      />
      <CommandReasonDialog
        open={dialog === 'terminate'}
        title={t('agreements.terminateTitle')}
        label={t('agreements.terminateReason')}
        confirmLabel={t('agreements.terminate')}
        danger
        command={terminate}
        input={(reason) => ({ agreementId: a.id, reason, expectedVersion: a.version })}
        success={t('agreements.terminated')}
        onClose={close}
        onDone={done}
      />
    </BoardCard>
  );
}

/** Drafts an agreement with a co-building unit, or edits an unsigned draft's terms (its unit and projects stay). */
function AgreementFormDialog({
  scope,
  agreement,
  onClose,
  refetch,
}: {
  scope: CycleScope;
  agreement?: AgreementFieldsFragment;
  onClose: () => void;
  refetch: () => void;
}) {
  const [{ data: units, fetching }] = useQuery({ query: UnitChoicesQuery, variables: { parentId: scope.orgId }, pause: !!agreement });
  const today = shanghaiDate();
  const [d, setD] = useState({
    unitId: agreement?.unitId ?? '',
    title: agreement?.title ?? '',
    scope: agreement?.scope ?? '',
    startsOn: agreement?.startsOn ?? today,
    endsOn: agreement?.endsOn ?? addDays(today, 365),
  });
  const [touched, setTouched] = useState(false);
  const notice = useEditVersion(agreement?.version, refetch);
  const draft = useCommand(DraftAgreementMutation);
  const edit = useCommand(EditAgreementMutation, { onConflict: notice.onConflict });
  const command = agreement ? edit : draft;
  const keys = ['unitId', 'title', 'scope', 'startsOn', 'endsOn'] as const;
  const missing: Partial<Record<string, string>> = touched ? requiredErrors(d, keys) : {};
  const badRange = touched ? rangeError(d.startsOn, d.endsOn, t('agreements.rangeInvalid')) : undefined;
  const err = (k: keyof typeof d) => missing[k] ?? command.fieldError(k);
  const set = (k: keyof typeof d) => (e: { target: { value: string } }) => setD((x) => ({ ...x, [k]: e.target.value }));
  const options = agreement ? [{ value: agreement.unitId, label: agreement.unitName }] : (units?.organisations ?? []).map((u) => ({ value: u.id, label: u.name }));
  const save = async () => {
    setTouched(true);
    if (Object.keys(requiredErrors(d, keys)).length || rangeError(d.startsOn, d.endsOn, '-')) return;
    if (agreement && changedFields({ unitId: agreement.unitId, title: agreement.title, scope: agreement.scope, startsOn: agreement.startsOn, endsOn: agreement.endsOn }, d).length === 0) return onClose();
    const terms = { title: d.title.trim(), scope: d.scope.trim(), startsOn: d.startsOn, endsOn: d.endsOn };
    const result = agreement
      ? await edit.exec({ agreementId: agreement.id, ...terms, projectIds: agreement.projectIds, expectedVersion: notice.version }, t('agreements.edited'))
      : await draft.exec({ organisationId: scope.orgId, unitId: d.unitId, ...terms }, t('agreements.drafted'));
    notice.settle(result, () => {
      refetch();
      onClose();
    });
  };
  return (
    <FormDialog
      title={agreement ? t('agreements.editTitle') : t('agreements.draftTitle')}
      formId="jm-agreement-form"
      submitLabel={agreement ? t('common.save') : t('agreements.draft')}
      size="lg"
      grid
      command={command}
      conflict={notice.conflict}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      {agreement && <p className="muted jm-form-grid__wide">{t('agreements.editHint')}</p>}
      <Field label={t('agreements.fields.unit')} required error={err('unitId')} hint={!agreement && !fetching && options.length === 0 ? t('agreements.noUnits') : undefined}>
        <Select value={d.unitId} options={options} disabled={!!agreement} onChange={set('unitId')} />
      </Field>
      <Field label={t('agreements.fields.title')} required error={err('title')}>
        <Input value={d.title} maxLength={100} placeholder={t('agreements.fields.titlePlaceholder')} onChange={set('title')} />
      </Field>
      <Field label={t('agreements.fields.scope')} required error={err('scope')} className="jm-form-grid__wide">
        <TextArea value={d.scope} rows={4} maxLength={2000} placeholder={t('agreements.fields.scopePlaceholder')} onChange={set('scope')} />
      </Field>
      <Field label={t('agreements.fields.startsOn')} required error={err('startsOn')}>
        <Input type="date" value={d.startsOn} onChange={set('startsOn')} />
      </Field>
      <Field label={t('agreements.fields.endsOn')} required error={err('endsOn') ?? badRange}>
        <Input type="date" value={d.endsOn} onChange={set('endsOn')} />
      </Field>
    </FormDialog>
  );
}
