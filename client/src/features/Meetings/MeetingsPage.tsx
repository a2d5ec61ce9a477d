// 会议日历: month view and list of the committees' meetings; secretaries call (召集) new ones.
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { messages, t } from '@/i18n';
import { formatDateWithWeekday, formatTime } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, EmptyState, ErrorState, Field, Icon, Loading, Select, Skeleton, StatusTag } from '@/ui';
import { BoardHeader, FilterBar, Segmented } from './common/BoardHeader';
import { phaseTone } from './common/labels';
import { useCycleScope, type CycleScope } from './common/scope';
import { byDay, committeesOf, currentMonth, monthGrid, shiftMonth } from './calendar';
import { MeetingsOfOrganisationQuery } from './documents';
import type { MeetingSummaryFieldsFragment } from '@/gql/graphql';
import { ScheduleMeetingDialog } from './ScheduleMeetingDialog';

const isPhone = () => typeof window !== 'undefined' && window.matchMedia?.('(max-width: 640px)').matches;

export default function MeetingsPage() {
  usePageTitle(t('meetings.pageTitle'));
  const { scope, error, retry } = useCycleScope();
  if (error) return <div className="jm-page"><ErrorState message={error.message} onRetry={retry} /></div>;
  if (!scope) return <div className="jm-page"><Loading label={t('cycle.scopeLoading')} /></div>;
  return <MeetingsCalendar scope={scope} />;
}

function MeetingsCalendar({ scope }: { scope: CycleScope }) {
  const navigate = useNavigate();
  const [view, setView] = useState<'month' | 'list'>(isPhone() ? 'list' : 'month');
  const [month, setMonth] = useState(currentMonth);
  // /meetings?committee=<id> (from a committee's page) opens the calendar on that committee's meetings.
  const [searchParams] = useSearchParams();
  const [committeeId, setCommitteeId] = useState(() => searchParams.get('committee') ?? '');
  const [scheduling, setScheduling] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeetingsOfOrganisationQuery, variables: { organisationId: scope.boardOrgId } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.organisation(scope.boardOrgId)], refetch);

  const all = useMemo(() => (data?.meetingsOfOrganisation ?? []).filter((m) => !scope.isUnit || m.isInvited), [data, scope.isUnit]);
  const committees = committeesOf(all);
  const manageable = committeesOf(all.filter((m) => m.canManage));
  const meetings = all.filter((m) => !committeeId || m.committeeId === committeeId);
  const canSchedule = scope.isSecretary && manageable.length > 0;

  return (
    <div className="jm-page">
      <BoardHeader
        title={t('meetings.pageTitle')}
        subtitle={t('meetings.subtitle', { scope: scope.scopeName })}
        actions={
          canSchedule && (
            <Button variant="primary" icon={<Icon name="plus" size={16} />} onClick={() => setScheduling(true)}>
              {t('meetings.schedule')}
            </Button>
          )
        }
      />
      <FilterBar label={t('cycle.filters')}>
        <Segmented<'month' | 'list'>
          label={t('meetings.view')}
          value={view}
          onChange={setView}
          options={[
            { value: 'month', label: t('meetings.viewMonth') },
            { value: 'list', label: t('meetings.viewList') },
          ]}
        />
        <div className="jm-filterbar__fields">
          {committees.length > 1 && (
            <Field label={t('meetings.committee')} className="jm-filterbar__field">
              <Select
                value={committeeId}
                placeholder={t('meetings.allCommittees')}
                options={committees.map((c) => ({ value: c.id, label: c.name }))}
                onChange={(e) => setCommitteeId(e.target.value)}
              />
            </Field>
          )}
        </div>
      </FilterBar>

      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Card>
          <Skeleton lines={6} />
        </Card>
      ) : all.length === 0 ? (
        <EmptyState icon="calendar" title={t('meetings.empty')} description={scope.isSecretary ? t('meetings.noCommittee') : t('meetings.emptyHint')} />
      ) : view === 'month' ? (
        <MonthView meetings={meetings} month={month} setMonth={setMonth} />
      ) : (
        <ListView meetings={meetings} />
      )}

      {canSchedule && (
        <ScheduleMeetingDialog
          open={scheduling}
          onClose={() => setScheduling(false)}
          committees={manageable}
          defaultCommitteeId={committeeId || manageable[0]?.id}
          onSaved={(id) => {
            refetch();
            navigate(`/meetings/${encodeURIComponent(id)}`);
          }}
        />
      )}
    </div>
  );
}

function MonthView({
  meetings,
  month,
  setMonth,
}: {
  meetings: MeetingSummaryFieldsFragment[];
  month: { year: number; month: number };
  setMonth: (m: { year: number; month: number }) => void;
}) {
  const grid = monthGrid(month.year, month.month);
  const days = byDay(meetings);
  return (
    <Card
      className="jm-calendar"
      title={t('meetings.monthTitle', { year: month.year, month: month.month })}
      extra={
        <div className="row">
          <Button size="sm" variant="ghost" aria-label={t('meetings.prevMonth')} onClick={() => setMonth(shiftMonth(month.year, month.month, -1))}>
            <Icon name="chevronLeft" size={16} />
          </Button>
          <Button size="sm" onClick={() => setMonth(currentMonth())}>
            {t('meetings.thisMonth')}
          </Button>
          <Button size="sm" variant="ghost" aria-label={t('meetings.nextMonth')} onClick={() => setMonth(shiftMonth(month.year, month.month, 1))}>
            <Icon name="chevronRight" size={16} />
          </Button>
        </div>
      }
    >
      <div className="jm-calendar__grid" role="grid" aria-label={t('meetings.monthTitle', { year: month.year, month: month.month })}>
        {WEEK_ORDER.map((w) => (
          <div key={w} className="jm-calendar__weekday" role="columnheader">
            <WeekdayName index={w} />
          </div>
        ))}
        {grid.map((day) => {
          const list = days.get(day.date) ?? [];
          return (
            <div
              key={day.date}
              role="gridcell"
              className={['jm-calendar__day', !day.inMonth && 'is-outside', day.isToday && 'is-today', list.length > 0 && 'has-meetings']
                .filter(Boolean)
                .join(' ')}
            >
              <span className="jm-calendar__date">{day.day}</span>
              {list.slice(0, 3).map((m) => (
                <Link
                  key={m.id}
                  to={`/meetings/${encodeURIComponent(m.id)}`}
                  className={`jm-calendar__event jm-calendar__event--${m.phase.toLowerCase()}`}
                  title={`${m.committeeName} · ${m.title}`}
                >
                  <span className="jm-calendar__time">{formatTime(m.startsAt)}</span>
                  <span className="jm-calendar__title">{m.title}</span>
                </Link>
              ))}
              {list.length > 3 && <span className="jm-calendar__more">{t('meetings.moreOnDay', { count: list.length - 3 })}</span>}
            </div>
          );
        })}
      </div>
    </Card>
  );
}

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
/** 星期一 → 一 for the grid header. */
function WeekdayName({ index }: { index: number }) {
  const name = messages().dates.weekdays[index] ?? '';
  return (
    <>
      <span aria-hidden="true">{name.slice(-1)}</span>
      <span className="visually-hidden">{name}</span>
    </>
  );
}

function ListView({ meetings }: { meetings: MeetingSummaryFieldsFragment[] }) {
  const now = new Date().toISOString();
  const upcoming = meetings.filter((m) => m.endsAt >= now && m.phase !== 'CANCELLED').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = meetings.filter((m) => !upcoming.includes(m)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <div className="stack">
      {[
        { key: 'upcoming', title: t('meetings.upcoming'), list: upcoming },
        { key: 'past', title: t('meetings.past'), list: past },
      ]
        .filter((g) => g.list.length > 0)
        .map((g) => (
          <Card key={g.key} title={g.title} padded={false}>
            <ul className="jm-list jm-meeting-list">
              {g.list.map((m) => (
                <li key={m.id}>
                  <Link to={`/meetings/${encodeURIComponent(m.id)}`} className="jm-list__link">
                    <span className="jm-meeting-list__date" aria-hidden="true">
                      <Icon name="calendar" size={18} />
                    </span>
                    <span className="jm-list__main">
                      <span className="jm-list__title">{m.title}</span>
                      <span className="jm-list__meta">
                        {formatDateWithWeekday(m.startsAt)} {formatTime(m.startsAt)}–{formatTime(m.endsAt)} · {m.place}
                      </span>
                      <span className="jm-list__meta">
                        {m.committeeName} · {t('meetings.cycle', { n: m.cycleNumber })}
                      </span>
                    </span>
                    <StatusTag tone={phaseTone(m.phase)}>{t(`meetings.phase.${m.phase}`)}</StatusTag>
                    <Icon name="chevronRight" size={16} className="jm-list__chevron" />
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        ))}
    </div>
  );
}
