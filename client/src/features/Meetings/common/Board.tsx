// The boards' shared vocabulary (needs, resources, projects, agreements, supervision): the scoped page,
// the list with its loading / empty / no-match / error states, the card, the claim rows, the search
// field and CSV link of the filter bar, and the dialogs that run one command with a reason or a yes.
import { useEffect, type ComponentProps, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';
import { toAppError, type AppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { useLiveRefetch } from '@/live/useLive';
import { Button, Card, EmptyState, ErrorState, Field, Icon, Input, Loading, Skeleton, StatusTag, type IconName, type Tone } from '@/ui';
import { ConfirmDialog, ReasonDialog } from '@/ui/dialogs';
import { useCycleScope, type CycleScope } from './scope';

/** A board page: its title, then the board once the acting scope is known (a unit contact's needs one lookup). */
export function CycleScopePage({ title, children }: { title: string; children: (scope: CycleScope) => ReactNode }) {
  usePageTitle(title);
  const { scope, error, retry } = useCycleScope();
  if (error)
    return (
      <div className="jm-page">
        <ErrorState message={error.message} onRetry={retry} />
      </div>
    );
  if (!scope)
    return (
      <div className="jm-page">
        <Loading label={t('cycle.scopeLoading')} />
      </div>
    );
  return <>{children(scope)}</>;
}

/** A query that refetches (network-only) whenever a live notice reaches one of the groups. */
export function useLiveQuery<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  groups: string[],
  pause = false,
) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query, variables, pause });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch(groups, refetch);
  return { data, fetching, error, refetch };
}

/** Scrolls to `#{prefix}-{hash}` once the data is there (links like /projects#id). */
export function useScrollToHash(prefix: string, ready: boolean) {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id && ready) document.getElementById(`${prefix}-${id}`)?.scrollIntoView({ block: 'center' });
  }, [prefix, ready]);
}

interface EmptyProps {
  icon: IconName;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}

/**
 * The body of a board: an error with retry, skeleton cards while loading, "nothing yet", "nothing matches
 * the filters" (with a clear button when given), else the items in a grid (cards) or a list (rows).
 */
export function BoardList<T>({
  state: { data, fetching, error, refetch },
  items,
  total,
  empty,
  onClearFilters,
  layout = 'grid',
  skeletons = 3,
  children,
}: {
  /** What `useLiveQuery` returns. */
  state: { data?: unknown; fetching: boolean; error?: Parameters<typeof toAppError>[0] | undefined; refetch: () => void };
  items: readonly T[];
  /** How many there are before filtering. */
  total: number;
  empty: EmptyProps;
  onClearFilters?: (() => void) | false;
  layout?: 'grid' | 'list';
  skeletons?: number;
  children: (item: T) => ReactNode;
}) {
  if (error && !data) return <ErrorState message={toAppError(error).message} onRetry={refetch} />;
  if (fetching && !data)
    return layout === 'grid' ? (
      <div className="jm-board-grid">
        {Array.from({ length: skeletons }, (_, i) => (
          <div key={i} className="jm-card jm-board-card">
            <Skeleton lines={4} />
          </div>
        ))}
      </div>
    ) : (
      <Card>
        <Skeleton lines={6} />
      </Card>
    );
  if (total === 0) return <EmptyState {...empty} />;
  if (items.length === 0)
    return (
      <EmptyState
        icon="search"
        title={t('cycle.noMatch')}
        description={t('cycle.noMatchHint')}
        action={onClearFilters && <Button onClick={onClearFilters}>{t('cycle.clearFilters')}</Button>}
      />
    );
  return layout === 'grid' ? (
    <div className="jm-board-grid">{items.map(children)}</div>
  ) : (
    <ul className="jm-supervision">{items.map(children)}</ul>
  );
}

/** One card of a board: tags, the title (a link to the detail page when there is one), a meta line, the body, and actions at the foot. */
export function BoardCard({
  id,
  titleId,
  tags,
  title,
  to,
  meta,
  footer,
  actions,
  children,
  ...rest
}: {
  id?: string;
  titleId: string;
  tags?: ReactNode;
  title: string;
  to?: string;
  meta?: ReactNode;
  footer?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  [data: `data-${string}`]: string;
}) {
  return (
    <article className="jm-card jm-board-card" id={id} aria-labelledby={titleId} {...rest}>
      {tags && <div className="jm-board-card__tags">{tags}</div>}
      <h2 className="jm-board-card__title" id={titleId}>
        {to ? <Link to={to}>{title}</Link> : title}
      </h2>
      {meta && <p className="jm-board-card__meta">{meta}</p>}
      {children}
      {(footer || actions) && (
        <div className="jm-board-card__footer">
          {footer ?? <span />}
          {actions && <div className="jm-board-card__actions">{actions}</div>}
        </div>
      )}
    </article>
  );
}

/** The claims (or signatures) on a card, one row each. */
export function ClaimList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className="jm-claims" aria-label={label}>
      {children}
    </ul>
  );
}

/** One claim: who and what, its state in words, and what the viewer may do with it. */
export function ClaimRow({ text, tone, status, actions }: { text: ReactNode; tone: Tone; status: string; actions?: ReactNode }) {
  return (
    <li>
      <span className="jm-claims__text">{text}</span>
      <StatusTag tone={tone}>{status}</StatusTag>
      {actions && <span className="jm-actions">{actions}</span>}
    </li>
  );
}

/** The free-text search of a filter bar. */
export function SearchField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <Field label={t('cycle.search')} className="jm-filterbar__field jm-filterbar__search">
      <Input type="search" value={value} placeholder={t('cycle.searchPlaceholder')} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/** The board's CSV download (a plain link: the browser saves the file with the session cookie). */
export function ExportLink({ board, organisationId }: { board: string; organisationId: string }) {
  return (
    <a className="jm-btn jm-btn--ghost jm-btn--md" href={`/exports/${board}.csv?organisationId=${encodeURIComponent(organisationId)}`} title={t('cycle.exportHint')}>
      <Icon name="download" size={16} />
      <span>{t('cycle.exportCsv')}</span>
    </a>
  );
}

/** A command's error above a form (a CONFLICT in the server's words, e.g. 剩余数量不足), unless it belongs to a field. */
export function FormAlert({ error, className }: { error?: AppError | undefined; className?: string }) {
  if (!error || Object.keys(error.fields).length > 0) return null;
  return (
    <p className={['jm-alert jm-alert--error', className].filter(Boolean).join(' ')} role="alert">
      {error.message}
    </p>
  );
}

/** What the command dialogs need of a `useCommand` result. */
export interface RunnableCommand {
  exec: (input: Record<string, unknown>, success?: string) => Promise<{ data?: unknown }>;
  running: boolean;
  error?: AppError | undefined;
}

type Runs = { command: RunnableCommand; success: string; onDone: () => void };

/** Asks for a reason (decline, withdraw, drop, complete with a note…), runs the command, closes and refetches when it worked. */
export function CommandReasonDialog({
  command,
  input,
  success,
  onDone,
  ...dialog
}: Omit<ComponentProps<typeof ReasonDialog>, 'busy' | 'error' | 'onSubmit'> & Runs & { input: (reason: string) => Record<string, unknown> }) {
  return (
    <ReasonDialog
      {...dialog}
      busy={command.running}
      error={command.error?.code !== 'CONFLICT' ? command.error?.message : undefined}
      onSubmit={async (reason) => {
        const { data } = await command.exec(input(reason), success);
        if (data) onDone();
      }}
    />
  );
}

/** Asks for a yes (sign, claim, widen…), runs the command, closes and refetches when it worked. */
export function CommandConfirmDialog({
  command,
  input,
  success,
  onDone,
  ...dialog
}: Omit<ComponentProps<typeof ConfirmDialog>, 'busy' | 'error' | 'onConfirm'> & Runs & { input: Record<string, unknown> }) {
  return (
    <ConfirmDialog
      {...dialog}
      busy={command.running}
      error={command.error?.code !== 'CONFLICT' ? command.error?.message : undefined}
      onConfirm={async () => {
        const { data } = await command.exec(input, success);
        if (data) onDone();
      }}
    />
  );
}

/** "还剩3天" / "已逾期2天" next to a due date, coloured by how near it is. */
export function DueTag({ due }: { due: { tone: string; label: string } }) {
  return <StatusTag tone={due.tone === 'overdue' ? 'danger' : due.tone === 'later' ? 'neutral' : 'warning'}>{due.label}</StatusTag>;
}
