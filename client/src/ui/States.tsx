import type { ReactNode } from 'react';
import { t } from '@/i18n';
import { Button } from './Button';
import { Icon, type IconName } from './Icon';
import { Spinner } from './Spinner';

export function EmptyState({
  title,
  description,
  icon = 'inbox',
  action,
  compact,
}: {
  title: ReactNode;
  description?: ReactNode;
  icon?: IconName;
  action?: ReactNode;
  compact?: boolean;
}) {
  return (
    <div className={['jm-state', compact && 'jm-state--compact'].filter(Boolean).join(' ')}>
      <span className="jm-state__icon" aria-hidden="true">
        <Icon name={icon} size={compact ? 28 : 40} />
      </span>
      <p className="jm-state__title">{title}</p>
      {description && <p className="jm-state__description">{description}</p>}
      {action && <div className="jm-state__action">{action}</div>}
    </div>
  );
}

export function ErrorState({
  message,
  title = t('errors.pageTitle'),
  onRetry,
  compact,
}: {
  message: ReactNode;
  title?: ReactNode;
  onRetry?: () => void;
  compact?: boolean;
}) {
  return (
    <div className={['jm-state', 'jm-state--error', compact && 'jm-state--compact'].filter(Boolean).join(' ')} role="alert">
      <span className="jm-state__icon" aria-hidden="true">
        <Icon name="alert" size={compact ? 28 : 40} />
      </span>
      <p className="jm-state__title">{title}</p>
      <p className="jm-state__description">{message}</p>
      {onRetry && (
        <div className="jm-state__action">
          <Button onClick={onRetry}>{t('common.retry')}</Button>
        </div>
      )}
    </div>
  );
}

export function Loading({ label = t('common.loading'), full }: { label?: string; full?: boolean }) {
  return (
    <div className={['jm-loading', full && 'jm-loading--full'].filter(Boolean).join(' ')} role="status">
      <Spinner size={24} />
      <span>{label}</span>
    </div>
  );
}

/** Grey placeholder lines while content loads; announced once as loading. */
export function Skeleton({ lines = 3, label = t('common.loading') }: { lines?: number; label?: string }) {
  return (
    <div className="jm-skeleton" role="status" aria-label={label}>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="jm-skeleton__line" style={{ width: `${i === lines - 1 ? 60 : 100 - i * 8}%` }} />
      ))}
    </div>
  );
}
