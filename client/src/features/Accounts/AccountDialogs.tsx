// The admin's dialogs on one account: edit the profile, grant a role in a scope, reset (or first set) the password.
import { useState, type FormEvent } from 'react';
import { useCommand } from '@/api/useCommand';
import type { AdminAccountFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import type { Role } from '@/lib/roles';
import { Button, Dialog, Field, Input, Select } from '@/ui';
import { CopyButton, PasswordBox } from './AccountBits';
import { SCOPE_KIND, generatePassword, grantableRoles, newPasswordProblem, profileProblems, toGqlRole } from './accountAdmin';
import { GrantRoleMutation, ResetPasswordMutation, UpdateProfileMutation } from './adminDocuments';
import { OrgPicker, usePickedOrg } from './OrgPicker';

type Account = AdminAccountFieldsFragment;

function Footer({ form, busy, label, onClose }: { form: string; busy: boolean; label: string; onClose: () => void }) {
  return (
    <>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button variant="primary" type="submit" form={form} busy={busy}>
        {label}
      </Button>
    </>
  );
}

function GeneralError({ error }: { error: { message: string; fields: Record<string, string>; code: string } | undefined }) {
  if (!error || Object.keys(error.fields).length > 0 || error.code === 'CONFLICT') return null;
  return (
    <p className="jm-alert jm-alert--error" role="alert">
      {error.message}
    </p>
  );
}

export function ProfileDialog({ account, onClose, onConflict }: { account: Account; onClose: () => void; onConflict: () => void }) {
  const update = useCommand(UpdateProfileMutation, { onConflict });
  const [form, setForm] = useState({
    displayName: account.displayName,
    phone: account.phone ?? '',
    email: account.email ?? '',
    address: account.address ?? '',
  });
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const set = (key: keyof typeof form) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setProblems((p) => ({ ...p, [key]: undefined }));
  };
  const error = (key: string) => problems[key] ?? update.fieldError(key);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = profileProblems(form);
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    const res = await update.exec(
      {
        accountId: account.id,
        displayName: form.displayName.trim(),
        phone: form.phone.trim() || null,
        email: form.email.trim() || null,
        address: form.address.trim() || null,
        expectedVersion: account.version,
      },
      t('accountsAdmin.profile.saved'),
    );
    if (res.data || res.error?.code === 'CONFLICT') onClose();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('accountsAdmin.profile.editTitle', { name: account.displayName })}
      footer={<Footer form="jm-profile-form" busy={update.running} label={t('common.save')} onClose={onClose} />}
    >
      <form id="jm-profile-form" className="stack" onSubmit={submit} noValidate>
        <Field label={t('accountsAdmin.profile.displayName')} required error={error('displayName')}>
          <Input value={form.displayName} maxLength={50} autoFocus onChange={(e) => set('displayName')(e.target.value)} />
        </Field>
        <Field label={t('accountsAdmin.profile.phone')} error={error('phone')}>
          <Input value={form.phone} type="tel" inputMode="tel" maxLength={20} onChange={(e) => set('phone')(e.target.value)} />
        </Field>
        <Field label={t('accountsAdmin.profile.email')} error={error('email')}>
          <Input value={form.email} type="email" maxLength={254} onChange={(e) => set('email')(e.target.value)} />
        </Field>
        <Field label={t('accountsAdmin.profile.address')} error={error('address')}>
          <Input value={form.address} maxLength={200} onChange={(e) => set('address')(e.target.value)} />
        </Field>
        <GeneralError error={update.error} />
      </form>
    </Dialog>
  );
}

export function GrantRoleDialog({
  account,
  acting,
  rootId,
  onClose,
  onConflict,
}: {
  account: Account;
  acting: Role | undefined;
  rootId: string;
  onClose: () => void;
  onConflict: () => void;
}) {
  const grant = useCommand(GrantRoleMutation, { onConflict });
  const roles = grantableRoles(acting);
  const [role, setRole] = useState<Role | ''>(roles.includes('Member') ? 'Member' : (roles[0] ?? ''));
  const [path, setPath] = useState<string[]>([rootId]);
  const [problem, setProblem] = useState<string>();
  const scopeId = path[path.length - 1] ?? '';
  const scope = usePickedOrg(scopeId);
  const target = role ? SCOPE_KIND[role] : undefined;
  const kindLabel = target ? t(`accountsAdmin.kind.${target}`) : '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!role) return;
    if (!scope) return setProblem(t('accountsAdmin.roles.scopeRequired'));
    if (scope.kind !== target) return setProblem(t('accountsAdmin.roles.scopeKindWrong', { kind: kindLabel }));
    const res = await grant.exec(
      { accountId: account.id, role: toGqlRole(role), scopeId, expectedVersion: account.version },
      t('accountsAdmin.roles.granted', { role: t(`roles.${role}`), scope: scope.name }),
    );
    if (res.data || res.error?.code === 'CONFLICT') onClose();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('accountsAdmin.roles.grantTitle', { name: account.displayName })}
      footer={<Footer form="jm-grant-form" busy={grant.running} label={t('accountsAdmin.roles.submit')} onClose={onClose} />}
    >
      <form id="jm-grant-form" className="stack" onSubmit={submit} noValidate>
        <Field label={t('accountsAdmin.roles.role')} required error={grant.fieldError('role')}>
          <Select
            value={role}
            placeholder={false}
            options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            onChange={(e) => {
              setRole(e.target.value as Role);
              setProblem(undefined);
            }}
          />
        </Field>
        <OrgPicker
          id="grant-scope"
          path={path}
          target={target}
          onChange={(p) => {
            setPath(p);
            setProblem(undefined);
          }}
          label={t('accountsAdmin.roles.scope')}
          hint={role ? t('accountsAdmin.roles.scopeHint', { role: t(`roles.${role}`), kind: kindLabel }) : undefined}
          error={problem ?? grant.fieldError('scopeId')}
          required
        />
        <GeneralError error={grant.error} />
      </form>
    </Dialog>
  );
}

/** Sets a new password (or the first one of an imported account) and then shows it once, to be told to the person. */
export function ResetPasswordDialog({ account, onClose, onConflict }: { account: Account; onClose: () => void; onConflict: () => void }) {
  const reset = useCommand(ResetPasswordMutation, { onConflict });
  const activating = !account.passwordSet;
  const [password, setPassword] = useState(() => generatePassword());
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = newPasswordProblem(password);
    setProblem(found);
    if (found) return;
    const res = await reset.exec({ accountId: account.id, newPassword: password, expectedVersion: account.version });
    if (res.data) setDone(password);
    if (res.error?.code === 'CONFLICT') onClose();
  };
  const title = activating
    ? t('accountsAdmin.security.activateTitle', { name: account.displayName })
    : t('accountsAdmin.security.resetTitle', { name: account.displayName });
  if (done) {
    return (
      <Dialog open onClose={onClose} title={t('accountsAdmin.security.doneTitle')} size="sm"
        footer={<Button variant="primary" onClick={onClose}>{t('common.close')}</Button>}>
        <div className="stack">
          <p>{t('accountsAdmin.security.doneBody', { name: account.displayName, login: account.username })}</p>
          <p className="jm-acct-onetime">
            <code data-testid="one-time-password">{done}</code>
            <CopyButton text={done} />
          </p>
          <p className="muted">{t('accountsAdmin.security.doneMust')}</p>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      footer={
        <Footer
          form="jm-reset-form"
          busy={reset.running}
          label={activating ? t('accountsAdmin.security.activateSubmit') : t('accountsAdmin.security.submit')}
          onClose={onClose}
        />
      }
    >
      <form id="jm-reset-form" className="stack" onSubmit={submit} noValidate>
        <p className="muted">{activating ? t('accountsAdmin.security.activateHint') : t('accountsAdmin.security.resetHint')}</p>
        <Field label={t('accountsAdmin.security.newPassword')} required hint={t('accountsAdmin.password.rule')}
          error={problem ?? reset.fieldError('newPassword')}>
          <PasswordBox id="reset-password" value={password} onChange={(v) => { setPassword(v); setProblem(undefined); }} />
        </Field>
        <GeneralError error={reset.error} />
      </form>
    </Dialog>
  );
}
