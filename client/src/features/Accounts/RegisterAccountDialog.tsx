// 新建账号: login name, name, initial password (rules shown, a random one offered), contacts and the home organisation.
import { useState, type FormEvent } from 'react';
import { useAction } from '@/api/useAction';
import { newMutationId } from '@/api/useCommand';
import type { AdminAccountFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { Button, Dialog, Field, Input, useToast } from '@/ui';
import { PasswordBox } from './AccountBits';
import { generatePassword, registerProblems, type RegisterForm, type RegisterProblems } from './accountAdmin';
import { RegisterAccountMutation } from './adminDocuments';
import { OrgPicker } from './OrgPicker';

export function RegisterAccountDialog({
  rootId,
  initialPath,
  onClose,
  onDone,
}: {
  rootId: string;
  initialPath: readonly string[];
  onClose: () => void;
  onDone: (account: AdminAccountFieldsFragment) => void;
}) {
  const register = useAction(RegisterAccountMutation);
  const toast = useToast();
  const [path, setPath] = useState<string[]>(initialPath.length ? [...initialPath] : [rootId]);
  const [form, setForm] = useState<Omit<RegisterForm, 'homeOrganisationId'> & { address: string }>({
    loginName: '',
    displayName: '',
    password: generatePassword(),
    phone: '',
    email: '',
    address: '',
  });
  const [problems, setProblems] = useState<RegisterProblems>({});
  const set = (key: keyof typeof form) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setProblems((p) => ({ ...p, [key]: undefined }));
  };
  const homeOrganisationId = path[path.length - 1] ?? '';
  const error = (key: keyof RegisterProblems) => problems[key] ?? register.fieldError(key);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = registerProblems({ ...form, homeOrganisationId });
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    const login = form.loginName.trim().toLowerCase();
    const res = await register.attempt({
      input: {
        clientMutationId: newMutationId(),
        loginName: login,
        password: form.password,
        displayName: form.displayName.trim(),
        phone: form.phone.trim() || null,
        email: form.email.trim() || null,
        address: form.address.trim() || null,
        homeOrganisationId,
      },
    });
    if (res.data) toast.success(t('accountsAdmin.register.done', { login }));
    if (res.data) onDone(res.data.registerAccount);
  };

  const generalError = register.error && Object.keys(register.error.fields).length === 0 ? register.error.message : undefined;
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('accountsAdmin.register.title')}
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-register-account" busy={register.running}>
            {t('accountsAdmin.register.submit')}
          </Button>
        </>
      }
    >
      <form id="jm-register-account" className="stack" onSubmit={submit} noValidate>
        <p className="muted">{t('accountsAdmin.register.hint')}</p>
        <div className="jm-acct-form-row">
          <Field label={t('accountsAdmin.register.loginName')} required hint={t('accountsAdmin.register.loginHint')} error={error('loginName')}>
            <Input value={form.loginName} autoComplete="off" spellCheck={false} maxLength={32} autoFocus onChange={(e) => set('loginName')(e.target.value)} />
          </Field>
          <Field label={t('accountsAdmin.register.displayName')} required error={error('displayName')}>
            <Input value={form.displayName} maxLength={50} autoComplete="off" onChange={(e) => set('displayName')(e.target.value)} />
          </Field>
        </div>
        <Field label={t('accountsAdmin.register.password')} required hint={t('accountsAdmin.password.rule')} error={error('password')}>
          <PasswordBox id="register-password" value={form.password} onChange={set('password')} />
        </Field>
        <div className="jm-acct-form-row">
          <Field label={t('accountsAdmin.register.phone')} error={error('phone')}>
            <Input value={form.phone} type="tel" inputMode="tel" maxLength={20} autoComplete="off" onChange={(e) => set('phone')(e.target.value)} />
          </Field>
          <Field label={t('accountsAdmin.register.email')} hint={t('accountsAdmin.register.emailHint')} error={error('email')}>
            <Input value={form.email} type="email" maxLength={254} autoComplete="off" onChange={(e) => set('email')(e.target.value)} />
          </Field>
        </div>
        <Field label={t('accountsAdmin.register.address')} error={register.fieldError('address')}>
          <Input value={form.address} maxLength={200} autoComplete="off" onChange={(e) => set('address')(e.target.value)} />
        </Field>
        <OrgPicker
          id="register-home"
          path={path}
          onChange={(p) => {
            setPath(p);
            setProblems((x) => ({ ...x, homeOrganisationId: undefined }));
          }}
          label={t('accountsAdmin.register.home')}
          hint={t('accountsAdmin.register.homeHint')}
          error={error('homeOrganisationId')}
          required
        />
        {generalError && (
          <p className="jm-alert jm-alert--error" role="alert">
            {generalError}
          </p>
        )}
      </form>
    </Dialog>
  );
}
