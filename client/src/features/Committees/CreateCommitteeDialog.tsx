// 新建联席会议: level, the organisation it belongs to (only those the acting secretary sets committees up in),
// name, convener (an existing person or a new seat by name and email) and cadence. Opens the new committee after.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useCommand } from '@/api/useCommand';
import type { CommitteeLevel } from '@/gql/graphql';
import { t } from '@/i18n';
import type { Role } from '@/lib/roles';
import { Button, Dialog, Field, Input, Select } from '@/ui';
import { CadenceFields } from './CadenceFields';
import { CreateCommitteeMutation, OrgOptionsQuery } from './documents';
import { cadenceForm, creatableLevels, defaultCadence, readCadence, readSeat, type SeatForm } from './committeeLogic';
import { EMPTY_ACCOUNT_SEAT, SeatFields } from './SeatFields';

interface Acting {
  role: Role;
  scopeId: string;
  scopeName: string;
}

export function CreateCommitteeDialog({ acting, onClose }: { acting: Acting; onClose: () => void }) {
  const navigate = useNavigate();
  const levels = creatableLevels(acting.role);
  const create = useCommand(CreateCommitteeMutation);
  const [level, setLevel] = useState<CommitteeLevel>(levels[0] ?? 'COMMUNITY');
  // A district admin picks the street first when setting up a community's committee.
  const [streetId, setStreetId] = useState(acting.role === 'StreetSecretary' ? acting.scopeId : '');
  const [org, setOrg] = useState({ id: level === 'DISTRICT' ? acting.scopeId : '', name: level === 'DISTRICT' ? acting.scopeName : '' });
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [seat, setSeat] = useState<SeatForm>(EMPTY_ACCOUNT_SEAT);
  const [cadence, setCadence] = useState(cadenceForm(defaultCadence(level)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A field's message goes as soon as that field is changed.
  const clear = (...keys: string[]) =>
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([k]) => !keys.some((key) => k === key || k.startsWith(`${key}.`)))));

  const isAdmin = acting.role === 'DistrictAdmin';
  const [{ data: streets }] = useQuery({ query: OrgOptionsQuery, variables: { parentId: acting.scopeId, kind: 'STREET' }, pause: !isAdmin || level === 'DISTRICT' });
  const [{ data: communities, fetching: loadingCommunities }] = useQuery({ query: OrgOptionsQuery, variables: { parentId: streetId, kind: 'COMMUNITY' }, pause: level !== 'COMMUNITY' || !streetId });
  const orgOptions = level === 'STREET' ? (streets?.organisations ?? []) : level === 'COMMUNITY' ? (communities?.organisations ?? []) : [];

  const suggest = (orgName: string, l: CommitteeLevel) => (orgName ? t(`committees.create.suggestedName.${l}`, { org: orgName }) : '');
  const chooseLevel = (l: CommitteeLevel) => {
    setLevel(l);
    setCadence(cadenceForm(defaultCadence(l)));
    const next = l === 'DISTRICT' ? { id: acting.scopeId, name: acting.scopeName } : { id: '', name: '' };
    setOrg(next);
    if (!nameTouched) setName(suggest(next.name, l));
    setSeat(EMPTY_ACCOUNT_SEAT);
    clear('organisationId', 'seat', 'interval', 'dayOfMonth', 'monthOfQuarter');
  };
  const chooseOrg = (id: string) => {
    const picked = orgOptions.find((o) => o.id === id);
    setOrg({ id, name: picked?.name ?? '' });
    if (!nameTouched) setName(suggest(picked?.name ?? '', level));
    setSeat(EMPTY_ACCOUNT_SEAT);
    clear('organisationId', 'seat', ...(picked && !nameTouched ? ['name'] : []));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!org.id) found.organisationId = t('committees.create.orgRequired');
    if (!name.trim()) found.name = t('committees.errors.committeeNameRequired');
    const seatRead = readSeat(seat);
    const cadenceRead = readCadence(cadence);
    // Seat errors are kept apart: the seat has a name field as the committee has.
    for (const [k, v] of Object.entries(seatRead.errors)) found[`seat.${k}`] = v;
    Object.assign(found, cadenceRead.errors);
    setErrors(found);
    if (Object.keys(found).length || !seatRead.input || !cadenceRead.input) return;
    const r = await create.exec(
      { level, organisationId: org.id, name: name.trim(), convener: seatRead.input, cadence: cadenceRead.input },
      t('committees.create.done', { name: name.trim() }),
    );
    if (r.data) {
      onClose();
      navigate(`/committees/${encodeURIComponent(r.data.createCommittee.id)}`);
    }
  };
  const err = (k: string) => errors[k] ?? create.fieldError(k);
  const convenerError = create.fieldError('convener');
  const shown = ['organisationId', 'name', 'convener', 'interval', 'dayOfMonth', 'monthOfQuarter', 'cadence'];

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t('committees.create.title')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-committee-create" busy={create.running}>
            {t('committees.create.submit')}
          </Button>
        </>
      }
    >
      <form id="jm-committee-create" className="jm-committee-form" onSubmit={submit} noValidate>
        <div className="jm-committee-row">
          <Field label={t('committees.create.level')} required hint={t(`committees.create.levelHint.${level}`)}>
            <Select value={level} placeholder={false} options={levels.map((l) => ({ value: l, label: t(`committees.level.${l}`) }))} onChange={(e) => chooseLevel(e.target.value as CommitteeLevel)} />
          </Field>
          {isAdmin && level === 'COMMUNITY' && (
            <Field label={t('committees.create.street')} required>
              <Select
                value={streetId}
                options={(streets?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
                onChange={(e) => {
                  setStreetId(e.target.value);
                  chooseOrg('');
                }}
              />
            </Field>
          )}
          {level === 'DISTRICT' ? (
            <Field label={t('committees.create.org')} required>
              <Input value={acting.scopeName} readOnly />
            </Field>
          ) : (
            <Field
              label={t(`committees.create.orgOf.${level}`)}
              required
              error={err('organisationId')}
              hint={level === 'COMMUNITY' && streetId && !loadingCommunities && orgOptions.length === 0 ? t('committees.create.noOrgs') : undefined}
            >
              <Select value={org.id} disabled={level === 'COMMUNITY' && !streetId} options={orgOptions.map((o) => ({ value: o.id, label: o.name }))} onChange={(e) => chooseOrg(e.target.value)} />
            </Field>
          )}
        </div>
        <Field label={t('committees.create.name')} required hint={t('committees.create.nameHint')} error={err('name')}>
          <Input
            value={name}
            maxLength={50}
            onChange={(e) => {
              setName(e.target.value);
              setNameTouched(true);
              clear('name');
            }}
          />
        </Field>
        {org.id ? (
          <SeatFields
            organisationId={org.id}
            legend={t('committees.create.convener')}
            value={seat}
            onChange={(s) => {
              setSeat(s);
              clear('seat');
            }}
            errors={{
              person: errors['seat.person'] ?? (seat.mode === 'account' ? convenerError : undefined),
              name: errors['seat.name'] ?? (seat.mode === 'new' ? convenerError : undefined),
              email: errors['seat.email'],
            }}
          />
        ) : (
          <p className="jm-alert jm-alert--info">{t('committees.create.pickOrgFirst')}</p>
        )}
        <CadenceFields
          value={cadence}
          onChange={(c) => {
            setCadence(c);
            clear('interval', 'dayOfMonth', 'monthOfQuarter');
          }}
          errors={{ kind: err('cadence'), interval: err('interval'), dayOfMonth: err('dayOfMonth'), monthOfQuarter: err('monthOfQuarter') }} />
        {create.error && !shown.some((f) => create.error?.fields[f]) && (
          <p className="jm-alert jm-alert--error" role="alert">
            {create.error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}
