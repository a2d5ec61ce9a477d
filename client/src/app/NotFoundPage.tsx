import { Link } from 'react-router';
import { t } from '@/i18n';
import { EmptyState } from '@/ui';
import { usePageTitle } from './usePageTitle';

export default function NotFoundPage() {
  usePageTitle(t('errors.notFoundTitle'));
  return (
    <div className="jm-page">
      <EmptyState
        icon="flag"
        title={t('errors.notFoundTitle')}
        description={t('errors.notFoundBody')}
        action={
          <Link className="jm-btn jm-btn--primary jm-btn--md" to="/">
            <span>{t('common.backHome')}</span>
          </Link>
        }
      />
    </div>
  );
}
