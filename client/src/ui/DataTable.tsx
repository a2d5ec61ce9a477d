import type { ReactNode } from 'react';
import { t } from '@/i18n';
import { EmptyState } from './States';

export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** On phones the primary column becomes the card's title line (no label). */
  primary?: boolean;
  align?: 'start' | 'end' | 'center';
  width?: string;
  /** Leave out of the phone card (secondary detail). */
  hideOnPhone?: boolean;
}

export interface DataTableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  caption: string;
  /** Caption only for screen readers (the page heading already says it). */
  hideCaption?: boolean;
  empty?: ReactNode;
  onRowClick?: (row: Row) => void;
}

// A real <table> on desks; at ≤ 640 px CSS turns each row into a card whose cells
// carry their column name from data-label, so one markup serves both.
export function DataTable<Row>({ columns, rows, rowKey, caption, hideCaption, empty, onRowClick }: DataTableProps<Row>) {
  if (rows.length === 0) return <>{empty ?? <EmptyState title={t('ui.emptyTable')} compact />}</>;
  return (
    <div className="jm-table-wrap">
      <table className="jm-table">
        <caption className={hideCaption ? 'visually-hidden' : 'jm-table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" style={{ width: c.width, textAlign: c.align }}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className={onRowClick ? 'jm-table__row--clickable' : undefined}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
            >
              {columns.map((c) => (
                <td
                  key={c.key}
                  data-label={c.header}
                  className={[c.primary && 'jm-table__primary', c.hideOnPhone && 'jm-table__phone-hidden']
                    .filter(Boolean)
                    .join(' ') || undefined}
                  style={{ textAlign: c.align }}
                >
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
