// Small pieces the 账号管理 pages share: an account's state tag, its role grants, a password box with generate/show/copy.
import { useState } from 'react';
import { t } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { Button, Icon, Input, StatusTag, useToast } from '@/ui';
import { STATE_TONE, accountState, fromGqlRole, generatePassword } from './accountAdmin';

type StateFields = { lockedUntil?: string | null; passwordSet: boolean; mustChangePassword: boolean };

export function AccountStateTag({ account, withHint }: { account: StateFields; withHint?: boolean }) {
  const state = accountState(account);
  return (
    <span className="jm-acct-state">
      <StatusTag tone={STATE_TONE[state]}>{t(`accountsAdmin.state.${state}`)}</StatusTag>
      {withHint && <span className="jm-cell-sub">{stateHint(account)}</span>}
    </span>
  );
}

export function stateHint(account: StateFields): string {
  const state = accountState(account);
  return state === 'locked'
    ? t('accountsAdmin.stateHint.locked', { until: formatDateTime(account.lockedUntil!) })
    : t(`accountsAdmin.stateHint.${state}`);
}

/** "社区党组织书记 · 金碧新城社区" per grant; compact uses the short role names. */
export function roleText(g: { role: string; scopeName?: string | null }, compact?: boolean): string {
  const role = fromGqlRole(g.role);
  const label = role ? t(compact ? `rolesShort.${role}` : `roles.${role}`) : g.role;
  return t('accountsAdmin.roleAt', { role: label, scope: g.scopeName ?? '' });
}

export function RoleList({ roles, compact }: { roles: readonly { role: string; scopeId: string; scopeName?: string | null }[]; compact?: boolean }) {
  if (roles.length === 0) return <span className="muted">{t('accountsAdmin.noRoles')}</span>;
  return (
    <span className="jm-acct-roles">
      {roles.map((g) => (
        <span key={`${g.role}@${g.scopeId}`} className="jm-acct-role">
          {roleText(g, compact)}
        </span>
      ))}
    </span>
  );
}

/** A new password: prefilled with a random one, shown so it can be read out, regenerated or copied. */
export function PasswordBox({
  id,
  value,
  onChange,
  ...aria
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Set by <Field> on its child. */
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
}) {
  const [visible, setVisible] = useState(true);
  return (
    <span className="jm-pwbox">
      <Input
        id={id}
        type={visible ? 'text' : 'password'}
        value={value}
        autoComplete="new-password"
        spellCheck={false}
        {...aria}
        onChange={(e) => onChange(e.target.value)}
      />
      <Button size="sm" variant="ghost" aria-label={visible ? t('accountsAdmin.password.hide') : t('accountsAdmin.password.show')}
        onClick={() => setVisible((v) => !v)} icon={<Icon name={visible ? 'eyeOff' : 'eye'} size={16} />} />
      <Button size="sm" aria-label={t('accountsAdmin.password.generateLabel')} onClick={() => onChange(generatePassword())}>
        {t('accountsAdmin.password.generate')}
      </Button>
    </span>
  );
}

export function CopyButton({ text }: { text: string }) {
  const toast = useToast();
  return (
    <Button
      size="sm"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          toast.success(t('accountsAdmin.password.copied'));
        } catch {
          toast.error(t('accountsAdmin.password.copyFailed'));
        }
      }}
    >
      {t('accountsAdmin.password.copy')}
    </Button>
  );
}
