// A resident unit's details (kind, Party organisation, contact) as form fields, shared by 新建下级 (a new unit) and
// 编辑单位信息 (updateUnitDetails). Editing is offered to those who see the contact whole (the secretaries over
// the unit); the version guards against someone else's edit in between.
import { useState, type FormEvent } from 'react';
import { useCommand } from '@/api/useCommand';
import type { OrgNodeFieldsFragment, UnitKind } from '@/gql/graphql';
import { t } from '@/i18n';
import { Button, Dialog, Field, Input, Select } from '@/ui';
import { UpdateUnitDetailsMutation } from './documents';
import { unitErrors, type UnitForm } from './orgRules';

const UNIT_KINDS: UnitKind[] = ['GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION', 'STATE_OWNED_ENTERPRISE', 'NON_PUBLIC_ENTERPRISE', 'SOCIAL_ORGANISATION', 'PROPERTY_COMPANY', 'SCHOOL', 'HOSPITAL'];
export const UNIT_FIELDS = ['unitKind', 'partyOrganisationName', 'contactName', 'contactPhone'];
export const EMPTY_UNIT: UnitForm = { kind: '', partyOrganisationName: '', contactName: '', contactPhone: '' };

type Org = OrgNodeFieldsFragment;

/** The unit's fields; errors are keyed as the server names them (unitKind, partyOrganisationName, contactName, contactPhone). */
export function UnitFields({ value, onChange, error }: { value: UnitForm; onChange: (u: UnitForm, changed: string) => void; error: (field: string) => string | undefined }) {
  const set = (key: keyof UnitForm, field: string) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value }, field);
  return (
    <>
      <Field label={t('orgs.unitKind')} required error={error('unitKind')}>
        <Select name="unitKind" value={value.kind} options={UNIT_KINDS.map((k) => ({ value: k, label: t(`orgs.unitKinds.${k}`) }))} onChange={set('kind', 'unitKind')} />
      </Field>
      <Field label={t('orgs.partyOrg')} required hint={t('orgs.unitEdit.partyOrgHint')} error={error('partyOrganisationName')}>
        <Input value={value.partyOrganisationName} maxLength={100} onChange={set('partyOrganisationName', 'partyOrganisationName')} />
      </Field>
      <div className="jm-form-grid">
        <Field label={t('orgs.contactName')} required error={error('contactName')}>
          <Input value={value.contactName} maxLength={50} autoComplete="off" onChange={set('contactName', 'contactName')} />
        </Field>
        <Field label={t('orgs.contactPhone')} required error={error('contactPhone')}>
          <Input type="tel" value={value.contactPhone} autoComplete="off" onChange={set('contactPhone', 'contactPhone')} />
        </Field>
      </div>
    </>
  );
}

/** What the server takes: the form's values trimmed. */
export function unitInput(u: UnitForm) {
  return { kind: u.kind, partyOrganisationName: u.partyOrganisationName.trim(), contactName: u.contactName.trim(), contactPhone: u.contactPhone.trim() };
}

export function UnitDetailsDialog({ org, onClose, onDone }: { org: Org; onClose: () => void; onDone: (o: Org) => void }) {
  const update = useCommand(UpdateUnitDetailsMutation, { onConflict: onClose });
  const [form, setForm] = useState<UnitForm>(org.unit ? { ...EMPTY_UNIT, ...org.unit } : EMPTY_UNIT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = unitErrors(form);
    setErrors(found);
    if (Object.keys(found).length) return;
    const r = await update.exec({ organisationId: org.id, unit: unitInput(form), expectedVersion: org.version }, t('orgs.unitEdit.done'));
    if (r.data) {
      onDone(r.data.updateUnitDetails);
      onClose();
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('orgs.unitEdit.title', { name: org.name })}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-unit-details" busy={update.running}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <form id="jm-unit-details" className="stack" onSubmit={submit} noValidate>
        <UnitFields
          value={form}
          onChange={(u, changed) => {
            setForm(u);
            setErrors(({ [changed]: _gone, ...rest }) => rest);
          }}
          error={(field) => errors[field] ?? update.fieldError(field)}
        />
        {update.error && update.error.code !== 'CONFLICT' && !UNIT_FIELDS.some((f) => update.error?.fields[f]) && (
          <p className="jm-alert jm-alert--error" role="alert">
            {update.error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}
