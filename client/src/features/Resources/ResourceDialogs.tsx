// The resource's forms: a unit offers or edits a resource (one form, expectedVersion on edit);
// a community (street) claims a quantity of it.
import { useState } from 'react';
import { useCommand } from '@/api/useCommand';
import { t } from '@/i18n';
import { shanghaiDate } from '@/lib/format';
import { Field, Input, Select, TextArea } from '@/ui';
import { FormDialog, useEditVersion } from '@/features/Meetings/common/FormDialog';
import { changedFields, rangeError, requiredErrors } from '@/features/Meetings/common/forms';
import type { CycleScope } from '@/features/Meetings/common/scope';
import { addDays } from '@/features/Needs/NeedForm';
import type { ResourceFieldsFragment, ResourceKind } from '@/gql/graphql';
import { quantityError } from './claimQuantity';
import { ClaimResourceMutation, EditResourceMutation, OfferResourceMutation } from './documents';

export const KINDS: ResourceKind[] = ['VENUE', 'FUNDS', 'PROFESSIONAL_SERVICE', 'VOLUNTEERS', 'EQUIPMENT'];
// The server asks for a description too (资源描述不能为空).
const REQUIRED = ['title', 'description', 'capacity', 'capacityUnit', 'place', 'availableFrom', 'availableUntil'] as const;

function initial(scope: CycleScope, r?: ResourceFieldsFragment) {
  const today = shanghaiDate();
  return {
    kind: r?.kind ?? 'VENUE',
    title: r?.title ?? '',
    description: r?.description ?? '',
    capacity: String(r?.capacity ?? 1),
    capacityUnit: r?.capacityUnit ?? '',
    availableFrom: r?.availableFrom ?? today,
    availableUntil: r?.availableUntil ?? addDays(today, 180),
    place: r?.place ?? '',
    organisationId: r?.organisationId ?? scope.communityId ?? scope.boardOrgId,
  };
}

/** Offers a new resource for the unit, or edits `resource` (where it is offered stays as it was). */
export function ResourceFormDialog({
  scope,
  resource,
  onClose,
  onSaved,
}: {
  scope: CycleScope;
  resource?: ResourceFieldsFragment;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [d, setD] = useState(() => initial(scope, resource));
  const [touched, setTouched] = useState(false);
  const notice = useEditVersion(resource?.version, onSaved);
  const offer = useCommand(OfferResourceMutation);
  const edit = useCommand(EditResourceMutation, { onConflict: notice.onConflict });
  const command = resource ? edit : offer;
  const missing: Partial<Record<string, string>> = touched ? requiredErrors(d, REQUIRED) : {};
  const badRange = touched ? rangeError(d.availableFrom, d.availableUntil, t('resources.rangeInvalid')) : undefined;
  const err = (k: keyof typeof d) => missing[k] ?? command.fieldError(k);
  const set = (k: keyof typeof d) => (e: { target: { value: string } }) => setD((x) => ({ ...x, [k]: e.target.value }));
  const save = async () => {
    setTouched(true);
    if (Object.keys(requiredErrors(d, REQUIRED)).length || rangeError(d.availableFrom, d.availableUntil, '-')) return;
    // Nothing changed: nothing to send (and no version to bump).
    if (resource && changedFields(initial(scope, resource), d).length === 0) return onClose();
    const fields = {
      kind: d.kind,
      title: d.title.trim(),
      description: d.description.trim(),
      capacity: Number(d.capacity),
      capacityUnit: d.capacityUnit.trim(),
      availableFrom: d.availableFrom,
      availableUntil: d.availableUntil,
      place: d.place.trim(),
    };
    const result = resource
      ? await edit.exec({ resourceId: resource.id, ...fields, expectedVersion: notice.version }, t('resources.edited'))
      : await offer.exec({ unitId: scope.unitId, organisationId: d.organisationId, ...fields }, t('resources.offered'));
    notice.settle(result, () => {
      onSaved();
      onClose();
    });
  };
  return (
    <FormDialog
      title={resource ? t('resources.editTitle') : t('resources.offerTitle')}
      formId="jm-resource-form"
      submitLabel={resource ? t('common.save') : t('resources.offer')}
      size="lg"
      grid
      command={command}
      conflict={notice.conflict}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      {resource && resource.taken > 0 && (
        <p className="muted jm-form-grid__wide">{t('resources.editHint', { taken: resource.taken, unit: resource.capacityUnit })}</p>
      )}
      <Field label={t('resources.fields.title')} required error={err('title')} className="jm-form-grid__wide">
        <Input value={d.title} maxLength={100} placeholder={t('resources.fields.titlePlaceholder')} onChange={set('title')} />
      </Field>
      <Field label={t('resources.fields.kind')} required>
        <Select value={d.kind} placeholder={false} options={KINDS.map((k) => ({ value: k, label: t(`resources.kind.${k}`) }))} onChange={set('kind')} />
      </Field>
      {!resource && (
        <Field label={t('resources.fields.organisation')} required>
          <Select
            value={d.organisationId}
            placeholder={false}
            options={[
              ...(scope.communityId ? [{ value: scope.communityId, label: t('cycle.scopeCommunity') }] : []),
              { value: scope.boardOrgId, label: t('cycle.scopeStreet') },
            ]}
            onChange={set('organisationId')}
          />
        </Field>
      )}
      <Field label={t('resources.fields.capacity')} required error={err('capacity')}>
        <Input type="number" min={Math.max(1, resource?.taken ?? 1)} inputMode="numeric" value={d.capacity} onChange={set('capacity')} />
      </Field>
      <Field label={t('resources.fields.capacityUnit')} required error={err('capacityUnit')}>
        <Input value={d.capacityUnit} maxLength={10} placeholder={t('resources.fields.capacityUnitPlaceholder')} onChange={set('capacityUnit')} />
      </Field>
      <Field label={t('resources.fields.availableFrom')} required error={err('availableFrom')}>
        <Input type="date" value={d.availableFrom} onChange={set('availableFrom')} />
      </Field>
      <Field label={t('resources.fields.availableUntil')} required error={err('availableUntil') ?? badRange}>
        <Input type="date" value={d.availableUntil} onChange={set('availableUntil')} />
      </Field>
      <Field label={t('resources.fields.place')} required error={err('place')} className="jm-form-grid__wide">
        <Input value={d.place} maxLength={200} onChange={set('place')} />
      </Field>
      <Field label={t('resources.fields.description')} required error={err('description')} className="jm-form-grid__wide">
        <TextArea value={d.description} rows={3} maxLength={1000} placeholder={t('resources.fields.descriptionPlaceholder')} onChange={set('description')} />
      </Field>
    </FormDialog>
  );
}

export function ClaimDialog({ resource: r, scope, onClose, refetch }: { resource: ResourceFieldsFragment; scope: CycleScope; onClose: () => void; refetch: () => void }) {
  const [quantity, setQuantity] = useState('1');
  const [purpose, setPurpose] = useState('');
  const [touched, setTouched] = useState(false);
  const claim = useCommand(ClaimResourceMutation, { onConflict: refetch });
  const qError = touched ? quantityError(quantity, r.remaining, r.capacityUnit) : undefined;
  const pError = touched && !purpose.trim() ? t('fieldErrors.REQUIRED') : undefined;
  return (
    <FormDialog
      title={t('resources.claimTitle', { title: r.title })}
      formId="jm-resource-claim"
      submitLabel={t('resources.claimSubmit')}
      size="sm"
      command={claim}
      onClose={onClose}
      onSubmit={async () => {
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
      }}
    >
      <p className="muted">{t('resources.claimBody', { org: scope.scopeName, unit: r.unitName })}</p>
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
    </FormDialog>
  );
}
