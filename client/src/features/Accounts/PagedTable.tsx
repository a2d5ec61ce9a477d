// A paged list of the admin pages (accounts, privacy audit): error with retry, skeleton while the first page
// loads, then the table (cards on phones) and a pager with the total.
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { toAppError } from '@/api/errors';
import { DataTable, ErrorState, Pagination, Skeleton, pageCount, type Column } from '@/ui';

export function PagedTable<Row>({
  error,
  fetching,
  loaded,
  onRetry,
  page,
  pageSize,
  total,
  onPage,
  ...table
}: {
  error: CombinedError | undefined;
  fetching: boolean;
  loaded: boolean;
  onRetry: () => void;
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  caption: string;
  empty: ReactNode;
  children?: ReactNode;
}) {
  if (error && !loaded) return <ErrorState message={toAppError(error).message} onRetry={onRetry} />;
  if (fetching && !loaded) return <Skeleton lines={8} />;
  const { children, ...rest } = table;
  return (
    <>
      <DataTable {...rest} hideCaption />
      {children}
      <Pagination page={page} totalPages={pageCount(total, pageSize)} totalItems={total} onChange={onPage} />
    </>
  );
}
