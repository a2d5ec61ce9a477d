import { t } from '@/i18n';

export const MIN_PASSWORD = 8;

/** Problems with a password change form, by field; empty when it may be sent. */
export function passwordProblems(oldPassword: string, newPassword: string, repeat: string): Partial<Record<'oldPassword' | 'newPassword' | 'repeat', string>> {
  const out: Partial<Record<'oldPassword' | 'newPassword' | 'repeat', string>> = {};
  if (!oldPassword) out.oldPassword = t('accountSecurity.oldRequired');
  if (newPassword.length < MIN_PASSWORD) out.newPassword = t('accountSecurity.tooShort', { min: MIN_PASSWORD });
  else if (!/[A-Za-z]/.test(newPassword) || !/\d/.test(newPassword)) out.newPassword = t('accountSecurity.weak');
  else if (newPassword === oldPassword) out.newPassword = t('accountSecurity.same');
  if (!out.newPassword && repeat !== newPassword) out.repeat = t('accountSecurity.mismatch');
  return out;
}
