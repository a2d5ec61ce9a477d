import { t } from '@/i18n';
import { useLiveStatus } from '@/live/useLive';
import { Icon } from '@/ui';

/** Says so only when live updates are not working; silence means they are. */
export function LiveIndicator() {
  const status = useLiveStatus();
  if (status !== 'reconnecting' && status !== 'disconnected') return null;
  return (
    <span className={`jm-live jm-live--${status}`} role="status" title={t(`live.${status}`)}>
      <Icon name="wifiOff" size={16} />
      <span className="jm-live__text">{t(`live.${status}`)}</span>
    </span>
  );
}
