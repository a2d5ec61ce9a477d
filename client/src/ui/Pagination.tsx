import { t } from '@/i18n';
import { Icon } from './Icon';
import { pageWindow } from './pagination';

export interface PaginationProps {
  page: number;
  totalPages: number;
  onChange: (page: number) => void;
  totalItems?: number;
}

export function Pagination({ page, totalPages, onChange, totalItems }: PaginationProps) {
  if (totalPages <= 1 && totalItems === undefined) return null;
  return (
    <nav className="jm-pagination" aria-label={t('ui.pagination')}>
      {totalItems !== undefined && <span className="jm-pagination__total">{t('common.total', { count: totalItems })}</span>}
      <button
        type="button"
        className="jm-page-btn"
        onClick={() => onChange(page - 1)}
        disabled={page <= 1}
        aria-label={t('ui.prevPage')}
      >
        <Icon name="chevronLeft" size={16} />
      </button>
      <ol className="jm-pagination__pages">
        {pageWindow(page, totalPages).map((slot, i) =>
          slot === 'gap' ? (
            <li key={`gap-${i}`} className="jm-pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={slot}>
              <button
                type="button"
                className="jm-page-btn"
                aria-current={slot === page ? 'page' : undefined}
                aria-label={t('ui.page', { page: slot })}
                onClick={() => onChange(slot)}
              >
                {slot}
              </button>
            </li>
          ),
        )}
      </ol>
      <span className="jm-pagination__compact" aria-hidden="true">
        {t('ui.pageOf', { page, total: totalPages })}
      </span>
      <button
        type="button"
        className="jm-page-btn"
        onClick={() => onChange(page + 1)}
        disabled={page >= totalPages}
        aria-label={t('ui.nextPage')}
      >
        <Icon name="chevronRight" size={16} />
      </button>
    </nav>
  );
}
