import { useState } from 'react';
import { t } from '@/i18n';
import { Button, Dialog } from '@/ui';
import { useSession } from './session';

/** "Sign out?" — asked from the top bar and from 我的; signing out stays busy until the session ends. */
export function LogoutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { logout } = useSession();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('account.logoutConfirmTitle')}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            busy={busy}
            onClick={() => {
              setBusy(true);
              void logout();
            }}
          >
            {t('account.logout')}
          </Button>
        </>
      }
    >
      <p>{t('account.logoutConfirmBody')}</p>
    </Dialog>
  );
}
