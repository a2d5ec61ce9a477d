// 修改密码 on 我的: the current password, the new one twice; checked here for length and match, then by the server.
import { useState, type FormEvent } from 'react';
import { useAction } from '@/api/useAction';
import { newMutationId } from '@/api/useCommand';
import { t } from '@/i18n';
import { Button, Card, Field, Input, useToast } from '@/ui';
import { ChangePasswordMutation } from './documents';
import { passwordProblems } from './passwordRules';
import { useSession } from './session';

export function ChangePasswordCard() {
  const change = useAction(ChangePasswordMutation);
  const toast = useToast();
  const { reload } = useSession();
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<Partial<Record<'oldPassword' | 'newPassword' | 'repeat', string>>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p = passwordProblems(oldPassword, newPassword, repeat);
    setProblems(p);
    if (Object.keys(p).length) return;
    const data = await change.run({ input: { oldPassword, newPassword, clientMutationId: newMutationId() } });
    if (data) {
      setOld('');
      setNew('');
      setRepeat('');
      toast.success(t('accountSecurity.changed'));
      // `me` again: a password that had to be changed no longer holds the other pages back.
      if (!data.changePassword.mustChangePassword) reload();
    }
  };
  const formError = change.error && !change.fieldError('oldPassword') && !change.fieldError('newPassword') ? change.error.message : undefined;

  return (
    <Card title={t('accountSecurity.title')} description={t('accountSecurity.hint')}>
      <form className="jm-form" onSubmit={submit} noValidate aria-label={t('accountSecurity.title')}>
        <Field label={t('accountSecurity.old')} required error={problems.oldPassword ?? change.fieldError('oldPassword')}>
          <Input type="password" name="oldPassword" autoComplete="current-password" value={oldPassword} onChange={(e) => setOld(e.target.value)} />
        </Field>
        <Field label={t('accountSecurity.new')} required hint={t('accountSecurity.rule')} error={problems.newPassword ?? change.fieldError('newPassword')}>
          <Input type="password" name="newPassword" autoComplete="new-password" value={newPassword} onChange={(e) => setNew(e.target.value)} />
        </Field>
        <Field label={t('accountSecurity.repeat')} required error={problems.repeat}>
          <Input type="password" name="repeat" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </Field>
        {formError && (
          <p className="jm-alert jm-alert--error" role="alert">
            {formError}
          </p>
        )}
        <div>
          <Button type="submit" variant="primary" busy={change.running}>
            {t('accountSecurity.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
