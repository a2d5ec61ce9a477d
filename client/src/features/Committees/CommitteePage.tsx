// One committee: convener, standing members, part-time members (appoint from co-building units with a term, end
// a term), the cadence its meetings follow, and a link to its meetings. Writes carry the committee's version;
// a CONFLICT (someone changed it first) refetches and says so.
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useCommand } from '@/api/useCommand';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { BoardHeader } from '@/features/Meetings/common/BoardHeader';
import { isSecretaryRole } from '@/features/Meetings/common/scope';
import type { CadenceKind, CommitteeFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatLocalDate, shanghaiDate } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, DataTable, Dialog, EmptyState, ErrorState, Field, Icon, Input, Select, Skeleton, StatusTag, type Column } from '@/ui';
import { AppointPartTimeMemberMutation, CoBuildingUnitsQuery, CommitteeQuery, EndPartTimeTermMutation, SetCadenceMutation } from './documents';
import { cadenceText, inScope, splitMembers, termState } from './committeeLogic';
import './committees.css';

type Committee = CommitteeFieldsFragment;
type Member = Committee['members'][number];

export default function CommitteePage() {
  const { id = '' } = useParams();
  const { acting } = useSignedIn();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CommitteeQuery, variables: { id } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch(id ? [liveGroups.committee(id)] : [], refetch);
  const committee = data?.committee;
  usePageTitle(committee?.name ?? t('committees.pageTitle'));
  const [appointing, setAppointing] = useState(false);
  const [ending, setEnding] = useState<Member>();
  const [editingCadence, setEditingCadence] = useState(false);

  if (error && !data) {
    const e = toAppError(error);
    return (
      <div className="jm-page">
        <ErrorState message={e.code === 'NOT_FOUND' ? t('committees.notFound') : e.message} onRetry={refetch} />
      </div>
    );
  }
  if (!committee) return <div className="jm-page">{fetching ? <Skeleton lines={8} /> : null}</div>;

  const canManage = !!acting && isSecretaryRole(acting.role) && inScope(committee, acting);
  const today = shanghaiDate();
  const { standing, partTime } = splitMembers(committee.members, today);

  const partTimeColumns: Column<Member>[] = [
    { key: 'name', header: t('committees.name'), primary: true, render: (m) => <strong>{m.name}</strong> },
    { key: 'from', header: t('committees.from'), render: (m) => m.fromOrganisation?.name ?? '—' },
    {
      key: 'term',
      header: t('committees.term'),
      render: (m) =>
        m.termStart
          ? m.termEnd
            ? t('committees.termRange', { start: formatLocalDate(m.termStart), end: formatLocalDate(m.termEnd) })
            : t('committees.termOpen', { start: formatLocalDate(m.termStart) })
          : '—',
    },
    { key: 'email', header: t('committees.email'), hideOnPhone: true, render: (m) => m.email ?? '—' },
    {
      key: 'state',
      header: t('committees.state'),
      render: (m) => {
        const s = termState(m, today);
        return <StatusTag tone={s === 'active' ? 'success' : s === 'upcoming' ? 'info' : 'neutral'}>{t(`committees.termState.${s}`)}</StatusTag>;
      },
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            header: t('committees.actions'),
            render: (m: Member) =>
              termState(m, today) !== 'ended' ? (
                <Button size="sm" aria-label={`${t('committees.endTerm')} ${m.name}`} onClick={() => setEnding(m)}>
                  {t('committees.endTerm')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <div className="jm-page jm-page-stack">
      <Link className="jm-backlink" to="/committees">
        <Icon name="chevronLeft" size={16} />
        {t('committees.back')}
      </Link>
      <BoardHeader
        title={committee.name}
        subtitle={
          <>
            {t(`committees.level.${committee.level}`)} · {committee.organisation?.name}
          </>
        }
        actions={
          <Link className="jm-btn jm-btn--secondary jm-btn--md" to={`/meetings?committee=${encodeURIComponent(committee.id)}`}>
            <Icon name="calendar" size={18} />
            <span>{t('committees.calendar')}</span>
          </Link>
        }
      />
      {!canManage && <p className="jm-alert jm-alert--info">{t('committees.readOnly')}</p>}
      <div className="jm-committee-top">
        <Card title={t('committees.convener')}>
          <p className="jm-committee-convener">
            <span className="jm-avatar" aria-hidden="true">
              {(committee.members.find((m) => m.personId === committee.convenerPersonId)?.name ?? '?').slice(0, 1)}
            </span>
            <strong>{committee.members.find((m) => m.personId === committee.convenerPersonId)?.name ?? '—'}</strong>
          </p>
        </Card>
        <Card
          title={t('committees.cadence')}
          extra={
            canManage ? (
              <Button size="sm" icon={<Icon name="edit" size={16} />} onClick={() => setEditingCadence(true)}>
                {t('committees.editCadence')}
              </Button>
            ) : undefined
          }
        >
          <p className="jm-committee-cadence">{cadenceText(committee.cadence)}</p>
          {committee.skippedDates.length > 0 && (
            <p className="muted">
              {t('committees.skipped', { dates: committee.skippedDates.map(formatLocalDate).join(t('reporting.listSeparator')) })}
            </p>
          )}
        </Card>
      </div>
      <Card title={t('committees.standing')} description={t('committees.standingHint')}>
        <ul className="jm-people">
          {standing.map((m) => (
            <li key={m.personId}>
              <span className="jm-avatar" aria-hidden="true">
                {m.name.slice(0, 1)}
              </span>
              <span>
                <strong>{m.name}</strong>
                {m.personId === committee.convenerPersonId && <StatusTag tone="brand">{t('committees.convener')}</StatusTag>}
                <span className="jm-cell-sub">{m.email ?? ''}</span>
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <Card
        title={t('committees.partTime')}
        description={t('committees.partTimeHint')}
        extra={
          canManage ? (
            <Button variant="primary" size="sm" icon={<Icon name="plus" size={16} />} onClick={() => setAppointing(true)}>
              {t('committees.appoint')}
            </Button>
          ) : undefined
        }
      >
        <DataTable
          columns={partTimeColumns}
          rows={partTime}
          rowKey={(m) => m.personId}
          caption={t('committees.partTime')}
          hideCaption
          empty={<EmptyState icon="users" title={t('committees.noPartTime')} description={t('committees.noPartTimeHint')} compact />}
        />
      </Card>
      {appointing && <AppointDialog committee={committee} onClose={() => setAppointing(false)} onDone={refetch} />}
      {ending && <EndTermDialog committee={committee} member={ending} onClose={() => setEnding(undefined)} onDone={refetch} />}
      {editingCadence && <CadenceDialog committee={committee} onClose={() => setEditingCadence(false)} onDone={refetch} />}
    </div>
  );
}

function AppointDialog({ committee, onClose, onDone }: { committee: Committee; onClose: () => void; onDone: () => void }) {
  const [{ data, fetching, error }] = useQuery({ query: CoBuildingUnitsQuery, variables: { organisationId: committee.organisationId } });
  const appoint = useCommand(AppointPartTimeMemberMutation, { onConflict: onDone });
  const [unitId, setUnitId] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [termStart, setTermStart] = useState(shanghaiDate());
  const [termEnd, setTermEnd] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const units = data?.coBuildingUnits ?? [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const m: Record<string, string> = {};
    if (!unitId) m.unit = t('committees.appointUnitRequired');
    if (!name.trim()) m.name = t('committees.appointNameRequired');
    if (!termStart) m.termStart = t('committees.termStartRequired');
    if (termEnd && termStart && termEnd < termStart) m.termEnd = t('committees.termEndBeforeStart');
    setMissing(m);
    if (Object.keys(m).length) return;
    const r = await appoint.exec(
      {
        committeeId: committee.id,
        expectedVersion: committee.version,
        fromOrganisationId: unitId,
        seat: { name: name.trim(), email: email.trim() || null },
        termStart,
        termEnd: termEnd || null,
      },
      t('committees.appointed', { name: name.trim() }),
    );
    if (r.data) {
      onDone();
      onClose();
    } else if (r.error?.code === 'CONFLICT') onClose();
  };
  const fieldErr = (k: string, ...server: string[]) => missing[k] ?? server.map((s) => appoint.fieldError(s)).find(Boolean);

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('committees.appointTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-appoint" busy={appoint.running} disabled={!fetching && units.length === 0}>
            {t('committees.appoint')}
          </Button>
        </>
      }
    >
      {error && !data ? (
        <ErrorState message={toAppError(error).message} />
      ) : fetching && !data ? (
        <Skeleton lines={4} />
      ) : units.length === 0 ? (
        <EmptyState icon="users" title={t('committees.appointNoUnits')} compact />
      ) : (
        <form id="jm-appoint" className="jm-committee-form" onSubmit={submit} noValidate>
          <Field label={t('committees.appointUnit')} required hint={t('committees.appointUnitHint')} error={fieldErr('unit', 'fromOrganisationId')}>
            <Select
              value={unitId}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
              onChange={(e) => {
                setUnitId(e.target.value);
                const contact = units.find((u) => u.id === e.target.value)?.unit?.contactName;
                if (contact && !name) setName(contact);
              }}
            />
          </Field>
          <Field label={t('committees.appointName')} required error={fieldErr('name', 'seat.name', 'name')}>
            <Input value={name} maxLength={50} autoComplete="off" onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label={t('committees.appointEmail')} hint={t('committees.appointEmailHint')} error={fieldErr('email', 'seat.email', 'email')}>
            <Input type="email" value={email} autoComplete="off" onChange={(e) => setEmail(e.target.value)} />
          </Field>
          <div className="jm-committee-row">
            <Field label={t('committees.termStart')} required error={fieldErr('termStart', 'termStart')}>
              <Input type="date" value={termStart} onChange={(e) => setTermStart(e.target.value)} />
            </Field>
            <Field label={t('committees.termEnd')} error={fieldErr('termEnd', 'termEnd')}>
              <Input type="date" value={termEnd} min={termStart || undefined} onChange={(e) => setTermEnd(e.target.value)} />
            </Field>
          </div>
          {appoint.error && appoint.error.code !== 'CONFLICT' && Object.keys(appoint.error.fields).length === 0 && (
            <p className="jm-alert jm-alert--error" role="alert">
              {appoint.error.message}
            </p>
          )}
        </form>
      )}
    </Dialog>
  );
}

function EndTermDialog({ committee, member, onClose, onDone }: { committee: Committee; member: Member; onClose: () => void; onDone: () => void }) {
  const end = useCommand(EndPartTimeTermMutation, { onConflict: onDone });
  const [endedOn, setEndedOn] = useState(shanghaiDate());
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await end.exec(
      { committeeId: committee.id, personId: member.personId, endedOn, expectedVersion: committee.version },
      t('committees.endTermDone', { name: member.name }),
    );
    if (r.data) {
      onDone();
      onClose();
    } else if (r.error?.code === 'CONFLICT') onClose();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      size="sm"
      title={t('committees.endTermTitle', { name: member.name })}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="danger" type="submit" form="jm-end-term" busy={end.running}>
            {t('committees.endTerm')}
          </Button>
        </>
      }
    >
      <form id="jm-end-term" className="jm-committee-form" onSubmit={submit} noValidate>
        <Field label={t('committees.endTermOn')} required hint={t('committees.endTermHint')} error={end.fieldError('endedOn')}>
          <Input type="date" value={endedOn} min={member.termStart ?? undefined} onChange={(e) => setEndedOn(e.target.value)} />
        </Field>
        {end.error && end.error.code !== 'CONFLICT' && !end.fieldError('endedOn') && (
          <p className="jm-alert jm-alert--error" role="alert">
            {end.error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}

const KINDS: readonly CadenceKind[] = ['MONTHLY', 'QUARTERLY', 'EVERY_N_WEEKS', 'EVERY_N_MONTHS'];

function CadenceDialog({ committee, onClose, onDone }: { committee: Committee; onClose: () => void; onDone: () => void }) {
  const set = useCommand(SetCadenceMutation, { onConflict: onDone });
  const c = committee.cadence;
  const [kind, setKind] = useState<CadenceKind>(c.kind);
  const [day, setDay] = useState(String(c.dayOfMonth ?? 15));
  const [month, setMonth] = useState(String(c.monthOfQuarter ?? 1));
  const [interval, setInterval] = useState(String(c.interval ?? 1));
  const preview = cadenceText({ kind, dayOfMonth: Number(day), monthOfQuarter: Number(month), interval: Number(interval) });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await set.exec(
      {
        committeeId: committee.id,
        expectedVersion: committee.version,
        cadence: { kind, dayOfMonth: Number(day), monthOfQuarter: Number(month), interval: Number(interval) },
        skippedDates: committee.skippedDates,
      },
      t('committees.cadenceSaved'),
    );
    if (r.data) {
      onDone();
      onClose();
    } else if (r.error?.code === 'CONFLICT') onClose();
  };
  const usesDay = kind !== 'EVERY_N_WEEKS';
  return (
    <Dialog
      open
      onClose={onClose}
      size="sm"
      title={t('committees.cadenceTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-cadence" busy={set.running}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <form id="jm-cadence" className="jm-committee-form" onSubmit={submit} noValidate>
        <Field label={t('committees.cadenceKindLabel')} error={set.fieldError('kind')}>
          <Select value={kind} placeholder={false} options={KINDS.map((k) => ({ value: k, label: t(`committees.cadenceKind.${k}`) }))} onChange={(e) => setKind(e.target.value as CadenceKind)} />
        </Field>
        {kind === 'QUARTERLY' && (
          <Field label={t('committees.monthOfQuarter')} error={set.fieldError('monthOfQuarter')}>
            <Select value={month} placeholder={false} options={[1, 2, 3].map((n) => ({ value: String(n), label: t('committees.monthN', { n }) }))} onChange={(e) => setMonth(e.target.value)} />
          </Field>
        )}
        {(kind === 'EVERY_N_WEEKS' || kind === 'EVERY_N_MONTHS') && (
          <Field label={t(kind === 'EVERY_N_WEEKS' ? 'committees.intervalWeeks' : 'committees.intervalMonths')} error={set.fieldError('interval')}>
            <Input type="number" min={1} max={kind === 'EVERY_N_WEEKS' ? 52 : 12} value={interval} onChange={(e) => setInterval(e.target.value)} />
          </Field>
        )}
        {usesDay && (
          <Field label={t('committees.dayOfMonth')} error={set.fieldError('dayOfMonth')}>
            <Select value={day} placeholder={false} options={Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: t('committees.dayN', { n: i + 1 }) }))} onChange={(e) => setDay(e.target.value)} />
          </Field>
        )}
        <p className="jm-committee-cadence" aria-live="polite">
          {preview}
        </p>
        <p className="muted">{t('committees.cadenceHint')}</p>
        {set.error && set.error.code !== 'CONFLICT' && Object.keys(set.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error" role="alert">
            {set.error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}
