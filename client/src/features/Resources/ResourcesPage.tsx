// 资源清单: a unit offers, edits and confirms; a community (street) claims with a quantity, capacity-limited.
import { useState } from 'react';
import { t } from '@/i18n';
import { formatLocalDate, shanghaiDate } from '@/lib/format';
import { liveGroups } from '@/live/useLive';
import { Button, Icon, StatusTag } from '@/ui';
import { useCommand } from '@/api/useCommand';
import { BoardHeader, CapacityBar, FilterBar, Segmented } from '@/features/Meetings/common/BoardHeader';
import {
  BoardCard,
  BoardList,
  ClaimList,
  ClaimRow,
  CommandReasonDialog,
  CycleScopePage,
  ExportLink,
  SearchField,
  useLiveQuery,
} from '@/features/Meetings/common/Board';
import { claimTone, matchesText } from '@/features/Meetings/common/labels';
import type { CycleScope } from '@/features/Meetings/common/scope';
import type { ResourceFieldsFragment, ResourceKind } from '@/gql/graphql';
import {
  CancelResourceClaimMutation,
  ConfirmResourceClaimMutation,
  DeclineResourceClaimMutation,
  RecordResourceUseMutation,
  ResourcesQuery,
  WithdrawResourceMutation,
} from './documents';
import { ClaimDialog, KINDS, ResourceFormDialog } from './ResourceDialogs';

const kindIcon = { VENUE: 'home', FUNDS: 'award', PROFESSIONAL_SERVICE: 'briefcase', VOLUNTEERS: 'users', EQUIPMENT: 'package' } as const;

export default function ResourcesPage() {
  return <CycleScopePage title={t('resources.pageTitle')}>{(scope) => <ResourcesBoard scope={scope} />}</CycleScopePage>;
}

function ResourcesBoard({ scope }: { scope: CycleScope }) {
  const [kind, setKind] = useState<'ALL' | ResourceKind>('ALL');
  const [onlyAvailable, setOnlyAvailable] = useState(false);
  const [query, setQuery] = useState('');
  const [offering, setOffering] = useState(false);
  const variables = scope.isUnit ? { unitId: scope.unitId! } : { organisationId: scope.boardOrgId, available: onlyAvailable };
  const board = useLiveQuery(ResourcesQuery, variables, [
    liveGroups.organisation(scope.isUnit ? scope.unitId! : scope.boardOrgId),
  ]);
  const { data, refetch } = board;
  const all = data?.resources ?? [];
  const filtered = all.filter((r) => (kind === 'ALL' || r.kind === kind) && matchesText(query, r.title, r.unitName, r.place, r.description));
  const offerButton = scope.isUnit && (
    <Button variant="primary" icon={<Icon name="plus" size={16} />} onClick={() => setOffering(true)}>
      {t('resources.offer')}
    </Button>
  );

  return (
    <div className="jm-page">
      <BoardHeader
        title={t('resources.pageTitle')}
        subtitle={scope.isUnit ? t('resources.subtitleUnit', { unit: scope.scopeName }) : t('resources.subtitle', { scope: scope.scopeName })}
        actions={
          <>
            {(scope.isSecretary || scope.isUnit) && <ExportLink board="resources" organisationId={scope.isUnit ? scope.unitId! : scope.boardOrgId} />}
            {offerButton}
          </>
        }
      />
      <FilterBar label={t('cycle.filters')}>
        <Segmented<'ALL' | ResourceKind>
          label={t('resources.fields.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'ALL', label: t('cycle.filterAll'), count: all.length },
            ...KINDS.map((k) => ({ value: k, label: t(`resources.kind.${k}`), count: all.filter((r) => r.kind === k).length })),
          ]}
        />
        <div className="jm-filterbar__fields">
          {!scope.isUnit && (
            <label className="jm-check">
              <input type="checkbox" checked={onlyAvailable} onChange={(e) => setOnlyAvailable(e.target.checked)} />
              <span>{t('resources.onlyAvailable')}</span>
            </label>
          )}
          <SearchField value={query} onChange={setQuery} />
        </div>
      </FilterBar>
      <BoardList
        state={board}
        items={filtered}
        total={all.length}
        empty={{
          icon: 'package',
          title: t('resources.empty'),
          description: scope.isUnit ? t('resources.emptyHintUnit') : t('resources.emptyHintSecretary'),
          action: offerButton,
        }}
        onClearFilters={(kind !== 'ALL' || !!query) && (() => { setKind('ALL'); setQuery(''); })}
      >
        {(r) => <ResourceCard key={r.id} resource={r} scope={scope} refetch={refetch} />}
      </BoardList>
      {offering && <ResourceFormDialog scope={scope} onClose={() => setOffering(false)} onSaved={refetch} />}
    </div>
  );
}

function ResourceCard({ resource: r, scope, refetch }: { resource: ResourceFieldsFragment; scope: CycleScope; refetch: () => void }) {
  const [dialog, setDialog] = useState<'claim' | 'edit' | 'withdraw' | { decline: string } | null>(null);
  const close = () => setDialog(null);
  const done = () => { close(); refetch(); };
  const opts = { onConflict: done };
  const confirm = useCommand(ConfirmResourceClaimMutation, opts);
  const decline = useCommand(DeclineResourceClaimMutation, opts);
  const cancel = useCommand(CancelResourceClaimMutation, opts);
  const use = useCommand(RecordResourceUseMutation, opts);
  const withdraw = useCommand(WithdrawResourceMutation, opts);
  const expired = r.availableUntil < shanghaiDate();
  const claimable = !scope.isUnit && scope.isSecretary && !r.withdrawn && !expired && r.remaining > 0;
  const visibleClaims = r.claims.filter((c) => r.canManage || c.organisationId === scope.orgId || scope.isSecretary);
  const declining = typeof dialog === 'object' && dialog !== null ? r.claims.find((c) => c.id === dialog.decline) : undefined;
  const onClaim = (c: { id: string }) => ({ resourceId: r.id, claimId: c.id, expectedVersion: r.version });

  return (
    <BoardCard
      titleId={`resource-${r.id}-title`}
      data-resource-id={r.id}
      title={r.title}
      tags={
        <>
          <StatusTag tone="info">
            <Icon name={kindIcon[r.kind]} size={12} /> {r.kindLabel}
          </StatusTag>
          {r.withdrawn && <StatusTag>{t('resources.withdrawn')}</StatusTag>}
        </>
      }
      meta={
        <>
          <span>{r.unitName}</span>
          <span aria-hidden="true">·</span>
          <span className="jm-board-card__place">
            <Icon name="mapPin" size={14} />
            {r.place}
          </span>
        </>
      }
      actions={
        <>
          {r.canManage && !r.withdrawn && (
            <>
              <Button size="sm" variant="ghost" onClick={() => setDialog('withdraw')}>
                {t('resources.withdraw')}
              </Button>
              <Button size="sm" icon={<Icon name="edit" size={14} />} onClick={() => setDialog('edit')}>
                {t('resources.edit')}
              </Button>
            </>
          )}
          {claimable && (
            <Button size="sm" variant="primary" onClick={() => setDialog('claim')}>
              {t('resources.claim')}
            </Button>
          )}
        </>
      }
    >
      {r.description && <p className="jm-board-card__body">{r.description}</p>}
      <CapacityBar
        taken={r.taken}
        capacity={r.capacity}
        label={
          r.remaining > 0
            ? t('resources.capacity', { remaining: r.remaining, capacity: r.capacity, unit: r.capacityUnit })
            : t('resources.capacityFull', { capacity: r.capacity, unit: r.capacityUnit })
        }
      />
      <p className="muted jm-board-card__small">
        {t('resources.availableRange', { from: formatLocalDate(r.availableFrom), until: formatLocalDate(r.availableUntil) })}
      </p>
      {visibleClaims.length > 0 && (
        <ClaimList label={t('resources.claims')}>
          {visibleClaims.map((c) => (
            <ClaimRow
              key={c.id}
              text={t('resources.claimLine', { org: c.organisationName, quantity: c.quantity, unit: r.capacityUnit, purpose: c.purpose })}
              tone={claimTone(c.status)}
              status={t(`cycle.claimStatus.${c.status}`)}
              actions={
                r.canManage && c.status === 'PENDING' ? (
                  <>
                    <Button size="sm" variant="primary" busy={confirm.running} onClick={() => void confirm.exec(onClaim(c), t('cycle.confirmed')).then(refetch)}>
                      {t('resources.confirmClaim')}
                    </Button>
                    <Button size="sm" onClick={() => setDialog({ decline: c.id })}>
                      {t('resources.declineClaim')}
                    </Button>
                  </>
                ) : !r.canManage && c.organisationId === scope.orgId && (c.status === 'PENDING' || c.status === 'CONFIRMED') ? (
                  <>
                    {c.status === 'CONFIRMED' && (
                      <Button size="sm" busy={use.running} onClick={() => void use.exec(onClaim(c), t('resources.used')).then(refetch)}>
                        {t('resources.recordUse')}
                      </Button>
                    )}
                    <Button size="sm" variant="ghost" busy={cancel.running} onClick={() => void cancel.exec(onClaim(c), t('resources.cancelled')).then(refetch)}>
                      {t('resources.cancelClaim')}
                    </Button>
                  </>
                ) : undefined
              }
            />
          ))}
        </ClaimList>
      )}
      {dialog === 'claim' && <ClaimDialog resource={r} scope={scope} onClose={close} refetch={refetch} />}
      {dialog === 'edit' && <ResourceFormDialog scope={scope} resource={r} onClose={close} onSaved={refetch} />}
      <CommandReasonDialog
        open={!!declining}
        title={t('resources.declineTitle', { org: declining?.organisationName ?? '' })}
        label={t('cycle.declineReason')}
        hint={t('cycle.declineReasonHint')}
        confirmLabel={t('cycle.decline')}
        danger
        command={decline}
        input={(reason) => ({ ...onClaim(declining!), reason })}
        success={t('cycle.declined')}
        onClose={close}
        onDone={done}
      />
      <CommandReasonDialog
        open={dialog === 'withdraw'}
        title={t('resources.withdrawTitle')}
        label={t('resources.withdrawReason')}
        confirmLabel={t('resources.withdraw')}
        danger
        command={withdraw}
        input={(reason) => ({ resourceId: r.id, reason, expectedVersion: r.version })}
        success={t('resources.withdrawDone')}
        onClose={close}
        onDone={done}
      />
    </BoardCard>
  );
}
