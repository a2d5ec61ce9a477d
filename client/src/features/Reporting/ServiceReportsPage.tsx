// 双报告: each quarter the unit's in-service members' community service (wishes fulfilled, volunteer hours, action
// items, points, stars) is reported back to their unit. A unit contact reads their unit's quarter here and downloads
// it as CSV; the district administrator (any unit) and a street secretary (the street's units) look at a unit and send
// the quarter's reports of their units by mail at once (the quarterly job sends them too; a quarter is never mailed twice).
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useAction } from '@/api/useAction';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { BoardHeader, FilterBar } from '@/features/Meetings/common/BoardHeader';
import type { StarGrade, UnitServiceReportsQuery as Data } from '@/gql/graphql';
import { t } from '@/i18n';
import { Button, Card, DataTable, Dialog, EmptyState, ErrorState, Field, Icon, Select, Skeleton, type Column } from '@/ui';
import { ConfirmDialog } from '@/ui/dialogs';
import { ReportPlacesQuery, SendUnitServiceReportsMutation, UnitServiceReportsQuery } from './documents';
import { placesFrom, type PlaceNode } from './reportLogic';
import { byService, parseQuarterKey, quarterKey, recentQuarters, toCsv, totalsOf, type Quarter } from './serviceReportLogic';
import './reporting.css';

type Row = Data['unitServiceReports'][number] & { name: string };

const quarterLabel = (q: Quarter) => t('reporting.service.quarterLabel', { year: q.year, quarter: q.quarter });
const hours = (n: number) => (Math.round(n * 10) / 10).toString();
const gradeText = (grade: StarGrade) => t(`reporting.service.grade.${grade}`);

export default function ServiceReportsPage() {
  usePageTitle(t('reporting.service.pageTitle'));
  const { acting } = useSignedIn();
  const street = acting?.role === 'StreetSecretary' ? acting.scopeId : undefined;
  // Those over many units pick one, and may send the quarter to all of theirs.
  const isAdmin = acting?.role === 'DistrictAdmin' || street !== undefined;
  const quarters = useMemo(() => recentQuarters(new Date(), 8), []);
  const [quarterValue, setQuarterValue] = useState(quarterKey(quarters[0]!));
  const quarter = parseQuarterKey(quarterValue) ?? quarters[0]!;
  const [pickedUnit, setPickedUnit] = useState('');
  const [{ data: placesData }] = useQuery({ query: ReportPlacesQuery, pause: !isAdmin });
  const units = useMemo(() => {
    const roots = (placesData?.organisations ?? []) as PlaceNode[];
    // A street secretary's units are those under their street (its own and its communities').
    const mine = street ? roots.map((d) => ({ ...d, children: (d.children ?? []).filter((s) => s.id === street) })) : roots;
    return placesFrom(mine).units;
  }, [placesData, street]);
  const unitId = isAdmin ? pickedUnit : (acting?.scopeId ?? '');
  const unitName = isAdmin ? (units.find((u) => u.id === unitId)?.name ?? '') : (acting?.scopeName ?? '');
  const [sending, setSending] = useState(false);

  return (
    <div className="jm-page jm-page-stack">
      <BoardHeader
        title={t('reporting.service.pageTitle')}
        subtitle={
          street
            ? t('reporting.service.subtitleStreet', { street: acting?.scopeName ?? '' })
            : isAdmin
              ? t('reporting.service.subtitleAdmin')
              : t('reporting.service.subtitle', { unit: unitName })
        }
        actions={
          isAdmin ? (
            <Button variant="primary" icon={<Icon name="upload" size={18} />} onClick={() => setSending(true)}>
              {t('reporting.service.send')}
            </Button>
          ) : undefined
        }
      />
      <FilterBar label={t('reporting.service.filters')}>
        <div className="jm-service-filters">
          <Field label={t('reporting.service.quarter')}>
            <Select
              value={quarterValue}
              placeholder={false}
              options={quarters.map((q, i) => ({
                value: quarterKey(q),
                label: i === 0 ? t('reporting.service.currentQuarter', { label: quarterLabel(q) }) : quarterLabel(q),
              }))}
              onChange={(e) => setQuarterValue(e.target.value)}
            />
          </Field>
          {isAdmin && (
            <Field label={t('reporting.service.unit')}>
              <Select
                value={pickedUnit}
                placeholder={t('reporting.service.pickUnit')}
                options={units.map((u) => ({ value: u.id, label: u.name }))}
                onChange={(e) => setPickedUnit(e.target.value)}
              />
            </Field>
          )}
        </div>
      </FilterBar>
      {unitId ? (
        <UnitQuarter unitId={unitId} unitName={unitName} quarter={quarter} />
      ) : (
        <EmptyState icon="briefcase" title={t('reporting.service.pickUnitFirst')} />
      )}
      {sending && <SendDialog quarter={quarter} street={street ? (acting?.scopeName ?? '') : undefined} onClose={() => setSending(false)} />}
    </div>
  );
}

function UnitQuarter({ unitId, unitName, quarter }: { unitId: string; unitName: string; quarter: Quarter }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: UnitServiceReportsQuery,
    variables: { unitId, year: quarter.year, quarter: quarter.quarter },
  });
  const rows: Row[] = useMemo(
    () => byService((data?.unitServiceReports ?? []).map((r) => ({ ...r, name: r.member.displayName ?? r.member.id }))),
    [data],
  );
  const totals = useMemo(() => totalsOf(rows), [rows]);

  if (error && !data) return <ErrorState message={toAppError(error).message} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Skeleton lines={6} />;

  const headers = [
    t('reporting.service.member'),
    t('reporting.service.wishes'),
    t('reporting.service.hours'),
    t('reporting.service.actionItems'),
    t('reporting.service.points'),
    t('reporting.service.starsEarned'),
    t('reporting.service.starsYear'),
  ];
  const columns: Column<Row>[] = [
    { key: 'member', header: headers[0]!, primary: true, render: (r) => <strong>{r.name}</strong> },
    { key: 'wishes', header: headers[1]!, align: 'end', render: (r) => r.wishesFulfilled },
    { key: 'hours', header: headers[2]!, align: 'end', render: (r) => hours(r.volunteerHours) },
    { key: 'items', header: headers[3]!, align: 'end', render: (r) => r.actionItemsDone },
    { key: 'points', header: headers[4]!, align: 'end', render: (r) => r.points },
    { key: 'stars', header: headers[5]!, align: 'end', render: (r) => r.starsEarned },
    {
      key: 'year',
      header: headers[6]!,
      align: 'end',
      render: (r) => t('reporting.service.starsWithGrade', { stars: r.starsYearToDate, grade: gradeText(r.gradeYearToDate) }),
    },
  ];
  const download = () => {
    const csv = toCsv(
      headers,
      rows.map((r) => [
        r.name,
        r.wishesFulfilled,
        hours(r.volunteerHours),
        r.actionItemsDone,
        r.points,
        r.starsEarned,
        t('reporting.service.starsWithGrade', { stars: r.starsYearToDate, grade: gradeText(r.gradeYearToDate) }),
      ]),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = t('reporting.service.fileName', { unit: unitName, quarter: quarterKey(quarter) });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <Card
      title={t('reporting.service.tableTitle', { unit: unitName, label: quarterLabel(quarter) })}
      description={t('reporting.service.tableHint')}
      extra={
        rows.length > 0 ? (
          <Button icon={<Icon name="download" size={16} />} onClick={download}>
            {t('reporting.service.csv')}
          </Button>
        ) : undefined
      }
    >
      {rows.length === 0 ? (
        <EmptyState icon="users" title={t('reporting.service.none')} description={t('reporting.service.noneHint')} compact />
      ) : (
        <>
          <dl className="jm-service-totals" aria-label={t('reporting.service.totals')}>
            <div>
              <dt>{t('reporting.service.members')}</dt>
              <dd>{t('reporting.service.activeOf', { active: totals.active, members: totals.members })}</dd>
            </div>
            <div>
              <dt>{headers[1]}</dt>
              <dd>{totals.wishesFulfilled}</dd>
            </div>
            <div>
              <dt>{headers[2]}</dt>
              <dd>{hours(totals.volunteerHours)}</dd>
            </div>
            <div>
              <dt>{headers[4]}</dt>
              <dd>{totals.points}</dd>
            </div>
          </dl>
          <DataTable columns={columns} rows={rows} rowKey={(r) => r.member.id} caption={t('reporting.service.caption')} hideCaption />
        </>
      )}
    </Card>
  );
}

function SendDialog({ quarter, street, onClose }: { quarter: Quarter; street?: string; onClose: () => void }) {
  const send = useAction(SendUnitServiceReportsMutation);
  const [queued, setQueued] = useState<number>();
  if (queued !== undefined)
    return (
      <Dialog
        open
        onClose={onClose}
        title={t('reporting.service.sentTitle')}
        footer={
          <Button variant="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        }
      >
        <p role="status">
          {queued > 0 ? t('reporting.service.sent', { count: queued, label: quarterLabel(quarter) }) : t('reporting.service.sentNone', { label: quarterLabel(quarter) })}
        </p>
      </Dialog>
    );
  return (
    <ConfirmDialog
      open
      title={t('reporting.service.sendTitle')}
      body={street ? t('reporting.service.sendBodyStreet', { label: quarterLabel(quarter), street }) : t('reporting.service.sendBody', { label: quarterLabel(quarter) })}
      confirmLabel={t('reporting.service.sendConfirm')}
      busy={send.running}
      error={send.error?.message}
      onClose={onClose}
      onConfirm={async () => {
        const r = await send.attempt({ input: { year: quarter.year, quarter: quarter.quarter } });
        if (r.data) setQueued(r.data.sendUnitServiceReports);
      }}
    />
  );
}
