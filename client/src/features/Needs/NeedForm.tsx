// Post or edit a need (secretaries).
import { useState, type FormEvent } from 'react';
import { t } from '@/i18n';
import { shanghaiDate } from '@/lib/format';
import { Button, Dialog, Field, Input, Select, TextArea } from '@/ui';
import { useCommand } from '@/api/useCommand';
import type { NeedCategory, NeedFieldsFragment, NeedUrgency } from '@/gql/graphql';
import { EditNeedMutation, PostNeedMutation } from './documents';

export const NEED_CATEGORIES: readonly NeedCategory[] = [
  'ENVIRONMENTAL_IMPROVEMENT',
  'INFRASTRUCTURE',
  'PROPERTY_MANAGEMENT',
  'ELDERLY_AND_DISABLED_CARE',
  'EDUCATION',
  'HEALTH_CARE',
  'LEGAL_AID',
  'EMPLOYMENT_AND_ENTREPRENEURSHIP',
  'CULTURE_AND_SPORTS',
  'SAFETY_AND_STABILITY',
  'OTHER',
];
export const NEED_URGENCIES: readonly NeedUrgency[] = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

interface Draft {
  title: string;
  category: string;
  urgency: string;
  description: string;
  place: string;
  whatIsNeeded: string;
  quantityNeeded: string;
  deadline: string;
}

const REQUIRED: (keyof Draft)[] = ['title', 'category', 'urgency', 'description', 'place', 'whatIsNeeded', 'deadline'];

export function NeedFormDialog({
  open,
  onClose,
  organisationId,
  need,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  organisationId: string;
  need?: NeedFieldsFragment;
  onSaved?: (need: NeedFieldsFragment) => void;
}) {
  const initial: Draft = need
    ? {
        title: need.title,
        category: need.category,
        urgency: need.urgency,
        description: need.description,
        place: need.place,
        whatIsNeeded: need.whatIsNeeded,
        quantityNeeded: need.quantityNeeded?.toString() ?? '',
        deadline: need.deadline,
      }
    : {
        title: '',
        category: '',
        urgency: 'MEDIUM',
        description: '',
        place: '',
        whatIsNeeded: '',
        quantityNeeded: '',
        deadline: addDays(shanghaiDate(), 30),
      };
  const [draft, setDraft] = useState<Draft>(initial);
  const [missing, setMissing] = useState<Set<keyof Draft>>(new Set());
  const post = useCommand(PostNeedMutation);
  const edit = useCommand(EditNeedMutation);
  const cmd = need ? edit : post;

  const set = (key: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setMissing((m) => {
      const next = new Set(m);
      next.delete(key);
      return next;
    });
  };
  const err = (key: keyof Draft) => (missing.has(key) ? t('fieldErrors.REQUIRED') : cmd.fieldError(key));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const gaps = REQUIRED.filter((k) => !draft[k].trim());
    if (gaps.length) {
      setMissing(new Set(gaps));
      document.getElementById(`need-${gaps[0]}`)?.focus();
      return;
    }
    const fields = {
      title: draft.title.trim(),
      category: draft.category,
      urgency: draft.urgency,
      description: draft.description.trim(),
      place: draft.place.trim(),
      whatIsNeeded: draft.whatIsNeeded.trim(),
      quantityNeeded: draft.quantityNeeded ? Number(draft.quantityNeeded) : null,
      deadline: draft.deadline,
    };
    if (need) {
      const { data } = await edit.exec({ needId: need.id, expectedVersion: need.version, ...fields }, t('needs.edited'));
      if (data) {
        onSaved?.(data.editNeed);
        onClose();
      }
    } else {
      const { data } = await post.exec({ organisationId, ...fields }, t('needs.posted'));
      if (data) {
        onSaved?.(data.postNeed);
        setDraft(initial);
        onClose();
      }
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={need ? t('needs.editTitle') : t('needs.postTitle')}
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-need-form" busy={cmd.running}>
            {need ? t('common.save') : t('needs.post')}
          </Button>
        </>
      }
    >
      <form id="jm-need-form" className="jm-form-grid" onSubmit={submit} noValidate>
        {cmd.error && !Object.keys(cmd.error.fields).length && (
          <p className="jm-alert jm-alert--error jm-form-grid__wide" role="alert">
            {cmd.error.message}
          </p>
        )}
        <Field label={t('needs.fields.title')} required error={err('title')} className="jm-form-grid__wide">
          <Input
            id="need-title"
            value={draft.title}
            maxLength={100}
            placeholder={t('needs.fields.titlePlaceholder')}
            onChange={(e) => set('title')(e.target.value)}
          />
        </Field>
        <Field label={t('needs.fields.category')} required error={err('category')}>
          <Select
            id="need-category"
            value={draft.category}
            options={NEED_CATEGORIES.map((c) => ({ value: c, label: t(`needs.category.${c}`) }))}
            onChange={(e) => set('category')(e.target.value)}
          />
        </Field>
        <Field label={t('needs.fields.urgency')} required error={err('urgency')}>
          <Select
            id="need-urgency"
            value={draft.urgency}
            placeholder={false}
            options={NEED_URGENCIES.map((u) => ({ value: u, label: t(`needs.urgency.${u}`) }))}
            onChange={(e) => set('urgency')(e.target.value)}
          />
        </Field>
        <Field label={t('needs.fields.description')} required error={err('description')} className="jm-form-grid__wide">
          <TextArea
            id="need-description"
            value={draft.description}
            maxLength={2000}
            rows={4}
            placeholder={t('needs.fields.descriptionPlaceholder')}
            onChange={(e) => set('description')(e.target.value)}
          />
        </Field>
        <Field label={t('needs.fields.place')} required error={err('place')}>
          <Input
            id="need-place"
            value={draft.place}
            maxLength={200}
            placeholder={t('needs.fields.placePlaceholder')}
            onChange={(e) => set('place')(e.target.value)}
          />
        </Field>
        <Field label={t('needs.fields.deadline')} required error={err('deadline')}>
          <Input id="need-deadline" type="date" value={draft.deadline} onChange={(e) => set('deadline')(e.target.value)} />
        </Field>
        <Field label={t('needs.fields.whatIsNeeded')} required error={err('whatIsNeeded')}>
          <Input
            id="need-whatIsNeeded"
            value={draft.whatIsNeeded}
            maxLength={500}
            placeholder={t('needs.fields.whatIsNeededPlaceholder')}
            onChange={(e) => set('whatIsNeeded')(e.target.value)}
          />
        </Field>
        <Field label={t('needs.fields.quantityNeeded')} hint={t('needs.fields.quantityHint')} error={err('quantityNeeded')}>
          <Input
            id="need-quantityNeeded"
            type="number"
            min={1}
            inputMode="numeric"
            value={draft.quantityNeeded}
            onChange={(e) => set('quantityNeeded')(e.target.value)}
          />
        </Field>
      </form>
    </Dialog>
  );
}
