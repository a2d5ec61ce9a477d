// 登记心愿: community staff enter a resident's wish; "登记并发布" submits and publishes in one go.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useAction } from '@/api/useAction';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { newMutationId } from '@/api/useCommand';
import { t } from '@/i18n';
import { Button, Card, Field, Icon, Input, Select, TextArea, useToast } from '@/ui';
import { PublishWishMutation, SubmitWishMutation, WishPlacesQuery } from './documents';
import { validateWishForm, WISH_CATEGORIES, type WishFormValues } from './wishLogic';
import './wishes.css';

const empty: WishFormValues = {
  title: '',
  category: '',
  description: '',
  estimatedValue: '',
  residentName: '',
  residentPhone: '',
  residentAddress: '',
};

export default function WishFormPage() {
  usePageTitle(t('microWishes.form.pageTitle'));
  const { acting } = useSignedIn();
  const communityId = acting?.scopeId ?? '';
  const navigate = useNavigate();
  const toast = useToast();
  const [values, setValues] = useState<WishFormValues>(empty);
  const [gridId, setGridId] = useState('');
  const [buildingId, setBuildingId] = useState('');
  const [widen, setWiden] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<keyof WishFormValues, string>>>({});
  const [publishing, setPublishing] = useState(false);
  const submit = useAction(SubmitWishMutation);
  const publish = useAction(PublishWishMutation);
  const [places] = useQuery({ query: WishPlacesQuery, variables: { communityId }, pause: !communityId });
  const grids = places.data?.organisations ?? [];
  const buildings = grids.find((g) => g.id === gridId)?.children.filter((c) => c.kind === 'BUILDING') ?? [];

  const set = (key: keyof WishFormValues) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: e.target.value }));
    setErrors((x) => ({ ...x, [key]: undefined }));
  };

  const send = async (andPublish: boolean) => {
    const problems = validateWishForm(values);
    setErrors(problems);
    if (Object.keys(problems).length) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(problems)[0]}"]`)?.focus();
      return;
    }
    setPublishing(andPublish);
    const data = await submit.run({
      input: {
        communityId,
        category: values.category,
        title: values.title.trim(),
        description: values.description.trim(),
        estimatedValue: Number(values.estimatedValue),
        residentName: values.residentName.trim(),
        residentPhone: values.residentPhone.trim(),
        residentAddress: values.residentAddress.trim(),
        gridId: gridId || null,
        buildingId: buildingId || null,
        widenToStreet: widen,
        clientMutationId: newMutationId(),
      },
    });
    if (!data) return;
    const wish = data.submitWish;
    if (andPublish) {
      const published = await publish.run({
        input: { wishId: wish.id, expectedVersion: wish.version, widenToStreet: widen, clientMutationId: newMutationId() },
      });
      if (!published) {
        // Saved but not published: the wish's page offers 发布 again.
        navigate(`/wishes/${wish.id}`);
        return;
      }
    }
    toast.success(andPublish ? t('microWishes.done.submittedPublished') : t('microWishes.done.submitted'));
    navigate(`/wishes/${wish.id}`);
  };

  const err = (k: keyof WishFormValues) => errors[k] ?? submit.fieldError(k);
  const serverError = submit.error && Object.keys(submit.error.fields).length === 0 ? submit.error.message : publish.error?.message;

  return (
    <div className="jm-page jm-wishform">
      <Link to="/wishes" className="jm-backlink">
        <Icon name="chevronLeft" size={16} />
        {t('microWishes.detail.back')}
      </Link>
      <header className="jm-page__header">
        <div>
          <h1>{t('microWishes.form.pageTitle')}</h1>
          <p className="muted">{t('microWishes.form.intro')}</p>
        </div>
      </header>
      <form
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void send(true);
        }}
        className="jm-stack"
      >
        <Card title={t('microWishes.form.wish')}>
          <div className="jm-formgrid">
            <Field label={t('microWishes.form.title')} required error={err('title')} className="jm-formgrid__wide">
              <Input name="title" value={values.title} maxLength={60} placeholder={t('microWishes.form.titlePlaceholder')} onChange={set('title')} />
            </Field>
            <Field label={t('microWishes.form.category')} required error={err('category')}>
              <Select
                name="category"
                value={values.category}
                options={WISH_CATEGORIES.map((c) => ({ value: c, label: t(`microWishes.category.${c}`) }))}
                onChange={set('category')}
              />
            </Field>
            <Field label={t('microWishes.form.value')} required hint={t('microWishes.form.valueHint')} error={err('estimatedValue')}>
              <Input name="estimatedValue" type="number" min={0} step={1} inputMode="decimal" value={values.estimatedValue} onChange={set('estimatedValue')} />
            </Field>
            <Field label={t('microWishes.form.description')} required error={err('description')} className="jm-formgrid__wide">
              <TextArea
                name="description"
                value={values.description}
                maxLength={500}
                showCount
                placeholder={t('microWishes.form.descriptionPlaceholder')}
                onChange={set('description')}
              />
            </Field>
          </div>
        </Card>
        <Card title={t('microWishes.form.resident')} description={t('microWishes.detail.fullNote')}>
          <div className="jm-formgrid">
            <Field label={t('microWishes.form.residentName')} required error={err('residentName')}>
              <Input name="residentName" autoComplete="off" value={values.residentName} maxLength={20} onChange={set('residentName')} />
            </Field>
            <Field label={t('microWishes.form.residentPhone')} required error={err('residentPhone')}>
              <Input name="residentPhone" type="tel" inputMode="tel" autoComplete="off" value={values.residentPhone} onChange={set('residentPhone')} />
            </Field>
            <Field label={t('microWishes.form.residentAddress')} required error={err('residentAddress')} className="jm-formgrid__wide">
              <Input
                name="residentAddress"
                autoComplete="off"
                value={values.residentAddress}
                placeholder={t('microWishes.form.residentAddressPlaceholder')}
                onChange={set('residentAddress')}
              />
            </Field>
            <Field label={t('microWishes.form.grid')} hint={t('microWishes.form.gridHint')}>
              <Select
                name="gridId"
                value={gridId}
                placeholder={t('microWishes.form.noGrid')}
                options={grids.map((g) => ({ value: g.id, label: g.name }))}
                onChange={(e) => {
                  setGridId(e.target.value);
                  setBuildingId('');
                }}
              />
            </Field>
            <Field label={t('microWishes.form.building')}>
              <Select
                name="buildingId"
                value={buildingId}
                disabled={!gridId || buildings.length === 0}
                placeholder={t('microWishes.form.noGrid')}
                options={buildings.map((b) => ({ value: b.id, label: b.name }))}
                onChange={(e) => setBuildingId(e.target.value)}
              />
            </Field>
            <label className="jm-check jm-formgrid__wide">
              <input type="checkbox" checked={widen} onChange={(e) => setWiden(e.target.checked)} />
              <span>{t('microWishes.form.widen')}</span>
            </label>
          </div>
        </Card>
        {serverError && (
          <p className="jm-alert jm-alert--error" role="alert">
            <Icon name="alert" size={18} />
            <span>{serverError}</span>
          </p>
        )}
        <div className="jm-formactions">
          <Button type="button" busy={submit.running && !publishing} onClick={() => void send(false)}>
            {t('microWishes.form.submit')}
          </Button>
          <Button type="submit" variant="primary" busy={(submit.running || publish.running) && publishing}>
            {t('microWishes.form.submitPublish')}
          </Button>
        </div>
      </form>
    </div>
  );
}
