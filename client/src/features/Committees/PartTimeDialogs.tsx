// Part-time members (兼职委员): appoint one from a co-building unit reported here (双报到 approved) or an
// organisation under the committee's own (a community of the street, a grid, a cooperative) for a term; end a term.
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useCommand } from '@/api/useCommand';
import type { CommitteeFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { shanghaiDate } from '@/lib/format';
import { Button, Dialog, EmptyState, ErrorState, Field, Input, Select, Skeleton } from '@/ui';
import { AppointPartTimeMemberMutation, CoBuildingUnitsQuery, EndPartTimeTermMutation, OrgOptionsQuery } from './documents';
import { readSeat, type SeatForm } from './committeeLogic';
import { SeatFields } from './SeatFields';

type Committee = CommitteeFieldsFragment;
type Member = Committee['members'][number];

export function AppointDialog({ committee, onClose, onDone }: { committee: Committee; onClose: () => void; onDone: () => void }) {
  const [{ data, fetching, error }] = useQuery({ query: CoBuildingUnitsQuery, variables: { organisationId: committee.organisationId } });
  const [{ data: below }] = useQuery({ query: OrgOptionsQuery, variables: { parentId: committee.organisationId } });
  const appoint = useCommand(AppointPartTimeMemberMutation, { onConflict: onDone });
  const [fromId, setFromId] = useState('');
  const [seat, setSeat] = useState<SeatForm>({ mode: 'new', name: '', email: '' });
  const [termStart, setTermStart] = useState(shanghaiDate());
  const [termEnd, setTermEnd] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const units = data?.coBuildingUnits ?? [];
  // Units co-building with the organisation or one under it (a street committee may appoint from its communities' units);
  // units hanging under the organisation still need an approved 双报到, so they come from that list too.
  const organisations = (below?.organisations ?? []).filter((o) => o.kind !== 'RESIDENT_UNIT' && o.kind !== 'BUILDING');
  const options = [
    ...units.map((u) => ({ value: u.id, label: t('committees.appointFromUnit', { name: u.name, kind: u.unit?.kindLabel ?? t('orgs.kinds.RESIDENT_UNIT') }) })),
    ...organisations.map((o) => ({ value: o.id, label: t('committees.appointFromOrg', { name: o.name, kind: o.kindLabel }) })),
  ];
  const members = committee.members.map((m) => m.personId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const m: Record<string, string> = {};
    if (!fromId) m.unit = t('committees.appointUnitRequired');
    if (!termStart) m.termStart = t('committees.termStartRequired');
    if (termEnd && termStart && termEnd <= termStart) m.termEnd = t('committees.termEndBeforeStart');
    const seatRead = readSeat(seat, members);
    Object.assign(m, seatRead.errors);
    setMissing(m);
    if (Object.keys(m).length || !seatRead.input) return;
    const r = await appoint.exec(
      { committeeId: committee.id, expectedVersion: committee.version, fromOrganisationId: fromId, seat: seatRead.input, termStart, termEnd: termEnd || null },
      t('committees.appointed', { name: seat.name.trim() }),
    );
    if (r.data) {
      onDone();
      onClose();
    } else if (r.error?.code === 'CONFLICT') onClose();
  };
  const fieldErr = (k: string, ...server: string[]) => missing[k] ?? server.map((s) => appoint.fieldError(s)).find(Boolean);
  const chooseFrom = (id: string) => {
    setFromId(id);
    // The unit's contact is the usual appointee: offer the name, still editable.
    const contact = units.find((u) => u.id === id)?.unit?.contactName;
    if (contact && !contact.includes('*') && seat.mode === 'new' && !seat.name) setSeat({ ...seat, name: contact });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('committees.appointTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-appoint" busy={appoint.running} disabled={!fetching && options.length === 0}>
            {t('committees.appoint')}
          </Button>
        </>
      }
    >
      {error && !data ? (
        <ErrorState message={toAppError(error).message} />
      ) : fetching && !data ? (
        <Skeleton lines={4} />
      ) : options.length === 0 ? (
        <EmptyState icon="users" title={t('committees.appointNoUnits')} compact />
      ) : (
        <form id="jm-appoint" className="jm-committee-form" onSubmit={submit} noValidate>
          <Field label={t('committees.appointUnit')} required hint={t('committees.appointUnitHint')} error={fieldErr('unit', 'fromOrganisationId')}>
            <Select value={fromId} options={options} onChange={(e) => chooseFrom(e.target.value)} />
          </Field>
          <SeatFields
            organisationId={fromId || committee.organisationId}
            legend={t('committees.seat.who')}
            value={seat}
            onChange={(s) => {
              setSeat(s);
              setMissing(({ person: _p, name: _n, email: _e, ...rest }) => rest);
            }}
            excludePersonIds={members}
            errors={{ person: fieldErr('person', 'personId', 'seat.personId'), name: fieldErr('name', 'name', 'seat.name'), email: fieldErr('email', 'email', 'seat.email') }}
          />
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

export function EndTermDialog({ committee, member, onClose, onDone }: { committee: Committee; member: Member; onClose: () => void; onDone: () => void }) {
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

