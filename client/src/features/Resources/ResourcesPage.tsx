// 资源清单: a unit offers and confirms; a community (street) claims with a quantity, capacity-limited.
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { formatLocalDate, shanghaiDate } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Dialog, EmptyState, ErrorState, Field, Icon, Input, Loading, Select, Skeleton, StatusTag, TextArea } from '@/ui';
import { BoardHeader, CapacityBar, FilterBar, Segmented } from '@/features/Meetings/common/BoardHeader';
import { useCommand } from '@/api/useCommand';
import { ReasonDialog } from '@/ui/dialogs';
import { claimTone, matchesText } from '@/features/Meetings/common/labels';
import { useCycleScope, type CycleScope } from '@/features/Meetings/common/scope';
import { addDays } from '@/features/Needs/NeedForm';
import type { ResourceFieldsFragment, ResourceKind } from '@/gql/graphql';
import { quantityError } from './claimQuantity';
import {
  CancelResourceClaimMutation,
  ClaimResourceMutation,
  ConfirmResourceClaimMutation,
  DeclineResourceClaimMutation,
  OfferResourceMutation,
  RecordResourceUseMutation,
  ResourcesQuery,
  WithdrawResourceMutation,
} from './documents';

const KINDS: ResourceKind[] = ['VENUE', 'FUNDS', 'PROFESSIONAL_SERVICE', 'VOLUNTEERS', 'EQUIPMENT'];
const kindIcon = { VENUE: 'home', FUNDS: 'award', PROFESSIONAL_SERVICE: 'briefcase', VOLUNTEERS: 'users', EQUIPMENT: 'package' } as const;

export default function ResourcesPage() {
  usePageTitle(t('resources.pageTitle'));
  const { scope, error, retry } = useCycleScope();
  if (error) return <div className="jm-page"><ErrorState message={error.message} onRetry={retry} /></div>;
  if (!scope) return <div className="jm-page"><Loading label={t('cycle.scopeLoading')} /></div>;
  return <ResourcesBoard scope={scope} />;
}

function ResourcesBoard({ scope }: { scope: CycleScope }) {
  const [kind, setKind] = useState<'ALL' | ResourceKind>('ALL');
  const [onlyAvailable, setOnlyAvailable] = useState(false);
  const [query, setQuery] = useState('');
  const [offering, setOffering] = useState(false);
  const variables = scope.isUnit ? { unitId: scope.unitId! } : { organisationId: scope.boardOrgId, available: onlyAvailable };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ResourcesQuery, variables });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.organisation(scope.isUnit ? scope.unitId! : scope.boardOrgId)], refetch);

  const all = data?.resources ?? [];
  const filtered = all.filter(
    (r) => (kind === 'ALL' || r.kind === kind) && matchesText(query, r.title, r.unitName, r.place, r.description),
  );

  return (
    <div className="jm-page">
      <BoardHeader
        title={t('resources.pageTitle')}
        subtitle={scope.isUnit ? t('resources.subtitleUnit', { unit: scope.scopeName }) : t('resources.subtitle', { scope: scope.scopeName })}
        actions={
          <>
            {(scope.isSecretary || scope.isUnit) && (
              <a
                className="jm-btn jm-btn--ghost jm-btn--md"
                href={`/exports/resources.csv?organisationId=${encodeURIComponent(scope.isUnit ? scope.unitId! : scope.boardOrgId)}`}
                title={t('cycle.exportHint')}
              >
                <Icon name="download" size={16} />
                <span>{t('cycle.exportCsv')}</span>
              </a>
            )}
            {scope.isUnit && (
              <Button variant="primary" icon={<Icon name="plus" size={16} />} onClick={() => setOffering(true)}>
                {t('resources.offer')}
              </Button>
            )}
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
          <Field label={t('cycle.search')} className="jm-filterbar__field jm-filterbar__search">
            <Input type="search" value={query} placeholder={t('cycle.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
          </Field>
        </div>
      </FilterBar>

      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <div className="jm-board-grid">
          {[0, 1, 2].map((i) => (
            <div key={i} className="jm-card jm-board-card">
              <Skeleton lines={4} />
            </div>
          ))}
        </div>
      ) : all.length === 0 ? (
        <EmptyState
          icon="package"
          title={t('resources.empty')}
          description={scope.isUnit ? t('resources.emptyHintUnit') : t('resources.emptyHintSecretary')}
          action={scope.isUnit && <Button variant="primary" onClick={() => setOffering(true)}>{t('resources.offer')}</Button>}
        />
      ) : filtered.length === 0 ? (
        <EmptyState icon="search" title={t('cycle.noMatch')} description={t('cycle.noMatchHint')} />
      ) : (
        <div className="jm-board-grid">
          {filtered.map((r) => (
            <ResourceCard key={r.id} resource={r} scope={scope} refetch={refetch} />
          ))}
        </div>
      )}
      {scope.isUnit && <OfferDialog open={offering} onClose={() => setOffering(false)} scope={scope} onSaved={refetch} />}
    </div>
  );
}

function ResourceCard({ resource: r, scope, refetch }: { resource: ResourceFieldsFragment; scope: CycleScope; refetch: () => void }) {
  const [dialog, setDialog] = useState<'claim' | 'withdraw' | { decline: string } | null>(null);
  const opts = { onConflict: () => { setDialog(null); refetch(); } };
  const confirm = useCommand(ConfirmResourceClaimMutation, opts);
  const decline = useCommand(DeclineResourceClaimMutation, opts);
  const cancel = useCommand(CancelResourceClaimMutation, opts);
  const use = useCommand(RecordResourceUseMutation, opts);
  const withdraw = useCommand(WithdrawResourceMutation, opts);
  const expired = r.availableUntil < shanghaiDate();
  const claimable = !scope.isUnit && scope.isSecretary && !r.withdrawn && !expired && r.remaining > 0;
  const visibleClaims = r.claims.filter((c) => r.canManage || c.organisationId === scope.orgId || scope.isSecretary);
  const titleId = `resource-${r.id}-title`;
  const declining = typeof dialog === 'object' && dialog !== null ? r.claims.find((c) => c.id === dialog.decline) : undefined;

  return (
    <article className="jm-card jm-board-card" aria-labelledby={titleId}>
      <div className="jm-board-card__tags">
        <StatusTag tone="info">
          <Icon name={kindIcon[r.kind]} size={12} /> {r.kindLabel}
        </StatusTag>
        {r.withdrawn && <StatusTag>{t('resources.withdrawn')}</StatusTag>}
      </div>
      <h2 className="jm-board-card__title" id={titleId}>
        {r.title}
      </h2>
      <p className="jm-board-card__meta">
        <span>{r.unitName}</span>
        <span aria-hidden="true">·</span>
        <span className="jm-board-card__place">
          <Icon name="mapPin" size={14} />
          {r.place}
        </span>
      </p>
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
        <ul className="jm-claims" aria-label={t('resources.claims')}>
          {visibleClaims.map((c) => (
            <li key={c.id}>
              <span className="jm-claims__text">
                {t('resources.claimLine', { org: c.organisationName, quantity: c.quantity, unit: r.capacityUnit, purpose: c.purpose })}
              </span>
              <StatusTag tone={claimTone(c.status)}>{t(`cycle.claimStatus.${c.status}`)}</StatusTag>
              {r.canManage && c.status === 'PENDING' && (
                <span className="jm-actions">
                  <Button
                    size="sm"
                    variant="primary"
                    busy={confirm.running}
                    onClick={() =>
                      void confirm
                        .exec({ resourceId: r.id, claimId: c.id, expectedVersion: r.version }, t('cycle.confirmed'))
                        .then(refetch)
                    }
                  >
                    {t('resources.confirmClaim')}
                  </Button>
                  <Button size="sm" onClick={() => setDialog({ decline: c.id })}>
                    {t('resources.declineClaim')}
                  </Button>
                </span>
              )}
              {!r.canManage && c.organisationId === scope.orgId && (c.status === 'PENDING' || c.status === 'CONFIRMED') && (
                <span className="jm-actions">
                  {c.status === 'CONFIRMED' && (
                    <Button
                      size="sm"
                      busy={use.running}
                      onClick={() =>
                        void use.exec({ resourceId: r.id, claimId: c.id, expectedVersion: r.version }, t('resources.used')).then(refetch)
                      }
                    >
                      {t('resources.recordUse')}
                    </Button>
                  )}
                  <Button
                    size="sm"
                    variant="ghost"
                    busy={cancel.running}
                    onClick={() =>
                      void cancel
                        .exec({ resourceId: r.id, claimId: c.id, expectedVersion: r.version }, t('resources.cancelled'))
                        .then(refetch)
                    }
                  >
                    {t('resources.cancelClaim')}
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="jm-board-card__footer">
        <span />
        <div className="jm-board-card__actions">
          {r.canManage && !r.withdrawn && (
            <Button size="sm" variant="ghost" onClick={() => setDialog('withdraw')}>
              {t('resources.withdraw')}
            </Button>
          )}
          {claimable && (
            <Button size="sm" variant="primary" onClick={() => setDialog('claim')}>
              {t('resources.claim')}
            </Button>
          )}
        </div>
      </div>
      {dialog === 'claim' && <ClaimDialog resource={r} scope={scope} onClose={() => setDialog(null)} refetch={refetch} />}
      <ReasonDialog
        open={!!declining}
        title={t('resources.declineTitle', { org: declining?.organisationName ?? '' })}
        label={t('cycle.declineReason')}
        hint={t('cycle.declineReasonHint')}
        confirmLabel={t('cycle.decline')}
        danger
        busy={decline.running}
        error={decline.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const { data } = await decline.exec(
            { resourceId: r.id, claimId: declining!.id, reason, expectedVersion: r.version },
            t('cycle.declined'),
          );
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      />
      <ReasonDialog
        open={dialog === 'withdraw'}
        title={t('resources.withdrawTitle')}
        label={t('resources.withdrawReason')}
        confirmLabel={t('resources.withdraw')}
        danger
        busy={withdraw.running}
        error={withdraw.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const { data } = await withdraw.exec({ resourceId: r.id, reason, expectedVersion: r.version }, t('resources.withdrawDone'));
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      />
    </article>
  );
}

function ClaimDialog({
  resource: r,
  scope,
  onClose,
  refetch,
}: {
  resource: ResourceFieldsFragment;
  scope: CycleScope;
  onClose: () => void;
  refetch: () => void;
}) {
  const [quantity, setQuantity] = useState('1');
  const [purpose, setPurpose] = useState('');
  const [touched, setTouched] = useState(false);
  const claim = useCommand(ClaimResourceMutation, { onConflict: () => { refetch(); } });
  const qError = touched ? quantityError(quantity, r.remaining, r.capacityUnit) : undefined;
  const pError = touched && !purpose.trim() ? t('fieldErrors.REQUIRED') : undefined;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (quantityError(quantity, r.remaining, r.capacityUnit) || !purpose.trim()) return;
    const { data } = await claim.exec(
      { resourceId: r.id, organisationId: scope.orgId, quantity: Number(quantity), purpose: purpose.trim(), expectedVersion: r.version },
      t('cycle.claimed'),
    );
    if (data) {
      refetch();
      onClose();
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('resources.claimTitle', { title: r.title })}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-resource-claim" busy={claim.running}>
            {t('resources.claimSubmit')}
          </Button>
        </>
      }
    >
      <form id="jm-resource-claim" className="stack" onSubmit={submit} noValidate>
        <p className="muted">{t('resources.claimBody', { org: scope.scopeName, unit: r.unitName })}</p>
        {claim.error && Object.keys(claim.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error" role="alert">
            {claim.error.message}
          </p>
        )}
        <Field
          label={t('resources.fields.quantity')}
          required
          hint={t('resources.quantityHint', { remaining: r.remaining, unit: r.capacityUnit })}
          error={qError ?? claim.fieldError('quantity')}
        >
          <Input type="number" min={1} max={r.remaining} inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
        </Field>
        <Field label={t('resources.fields.purpose')} required error={pError ?? claim.fieldError('purpose')}>
          <TextArea value={purpose} rows={3} maxLength={500} placeholder={t('resources.fields.purposePlaceholder')} onChange={(e) => setPurpose(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}

function OfferDialog({ open, onClose, scope, onSaved }: { open: boolean; onClose: () => void; scope: CycleScope; onSaved: () => void }) {
  const today = shanghaiDate();
  const blank = {
    kind: 'VENUE',
    title: '',
    description: '',
    capacity: '1',
    capacityUnit: '',
    availableFrom: today,
    availableUntil: addDays(today, 180),
    place: '',
    organisationId: scope.communityId ?? scope.boardOrgId,
  };
  const [d, setD] = useState(blank);
  const [touched, setTouched] = useState(false);
  const offer = useCommand(OfferResourceMutation);
  const req = (k: keyof typeof d) => (touched && !String(d[k]).trim() ? t('fieldErrors.REQUIRED') : offer.fieldError(k));
  const set = (k: keyof typeof d) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (['title', 'capacity', 'capacityUnit', 'place', 'availableFrom', 'availableUntil'].some((k) => !String(d[k as keyof typeof d]).trim())) return;
    const { data } = await offer.exec(
      {
        unitId: scope.unitId,
        organisationId: d.organisationId,
        kind: d.kind,
        title: d.title.trim(),
        description: d.description.trim(),
        capacity: Number(d.capacity),
        capacityUnit: d.capacityUnit.trim(),
        availableFrom: d.availableFrom,
        availableUntil: d.availableUntil,
        place: d.place.trim(),
      },
      t('resources.offered'),
    );
    if (data) {
      setD(blank);
      setTouched(false);
      onSaved();
      onClose();
    }
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('resources.offerTitle')}
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-offer-form" busy={offer.running}>
            {t('resources.offer')}
          </Button>
        </>
      }
    >
      <form id="jm-offer-form" className="jm-form-grid" onSubmit={submit} noValidate>
        {offer.error && Object.keys(offer.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error jm-form-grid__wide" role="alert">
            {offer.error.message}
          </p>
        )}
        <Field label={t('resources.fields.title')} required error={req('title')} className="jm-form-grid__wide">
          <Input value={d.title} maxLength={100} placeholder={t('resources.fields.titlePlaceholder')} onChange={(e) => set('title')(e.target.value)} />
        </Field>
        <Field label={t('resources.fields.kind')} required>
          <Select value={d.kind} placeholder={false} options={KINDS.map((k) => ({ value: k, label: t(`resources.kind.${k}`) }))} onChange={(e) => set('kind')(e.target.value)} />
        </Field>
        <Field label={t('resources.fields.organisation')} required>
          <Select
            value={d.organisationId}
            placeholder={false}
            options={[
              ...(scope.communityId ? [{ value: scope.communityId, label: t('cycle.scopeCommunity') }] : []),
              { value: scope.boardOrgId, label: t('cycle.scopeStreet') },
            ]}
            onChange={(e) => set('organisationId')(e.target.value)}
          />
        </Field>
        <Field label={t('resources.fields.capacity')} required error={req('capacity')}>
          <Input type="number" min={1} inputMode="numeric" value={d.capacity} onChange={(e) => set('capacity')(e.target.value)} />
        </Field>
        <Field label={t('resources.fields.capacityUnit')} required error={req('capacityUnit')}>
          <Input value={d.capacityUnit} maxLength={10} placeholder={t('resources.fields.capacityUnitPlaceholder')} onChange={(e) => set('capacityUnit')(e.target.value)} />
        </Field>
        <Field label={t('resources.fields.availableFrom')} required error={req('availableFrom')}>
          <Input type="date" value={d.availableFrom} onChange={(e) => set('availableFrom')(e.target.value)} />
        </Field>
        <Field label={t('resources.fields.availableUntil')} required error={req('availableUntil')}>
          <Input type="date" value={d.availableUntil} onChange={(e) => set('availableUntil')(e.target.value)} />
        </Field>
        <Field label={t('resources.fields.place')} required error={req('place')} className="jm-form-grid__wide">
          <Input value={d.place} maxLength={200} onChange={(e) => set('place')(e.target.value)} />
        </Field>
        <Field label={t('resources.fields.description')} error={offer.fieldError('description')} className="jm-form-grid__wide">
          <TextArea value={d.description} rows={3} maxLength={1000} placeholder={t('resources.fields.descriptionPlaceholder')} onChange={(e) => set('description')(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}
