// Dialogs of one committee's page: rename, change the convener, add / remove a standing member, change a
// member's email. Each write carries the committee's version; a CONFLICT closes the dialog, refetches and says why.
import { useState, type FormEvent } from 'react';
import { useCommand } from '@/api/useCommand';
import type { CommitteeFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { Button, ConfirmDialog, Dialog, Field, Input, Select } from '@/ui';
import { AddStandingMemberMutation, ChangeConvenerMutation, ChangeMemberEmailMutation, RemoveStandingMemberMutation, RenameCommitteeMutation } from './documents';
import { convenerCandidates, isEmail, readSeat, type SeatForm } from './committeeLogic';
import { EMPTY_ACCOUNT_SEAT, SeatFields } from './SeatFields';

type Committee = CommitteeFieldsFragment;
type Member = Committee['members'][number];
interface DialogProps {
  committee: Committee;
  onClose: () => void;
  onDone: () => void;
}

/** Closes on success or on CONFLICT (the toast says who changed it first; onDone refetches). */
function settle(r: { data?: unknown; error?: { code: string } }, { onClose, onDone }: Pick<DialogProps, 'onClose' | 'onDone'>) {
  if (r.data) onDone();
  if (r.data || r.error?.code === 'CONFLICT') onClose();
}

/** The sentence of an error that no field shows (CONFLICT goes to the toast). */
function formError(error: { code: string; message: string; fields: Record<string, string> } | undefined, shownFields: string[]) {
  if (!error || error.code === 'CONFLICT' || shownFields.some((f) => error.fields[f])) return null;
  return (
    <p className="jm-alert jm-alert--error" role="alert">
      {error.message}
    </p>
  );
}

function footer(onClose: () => void, form: string, label: string, busy: boolean, danger = false) {
  return (
    <>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button variant={danger ? 'danger' : 'primary'} type="submit" form={form} busy={busy}>
        {label}
      </Button>
    </>
  );
}

export function RenameDialog({ committee, onClose, onDone }: DialogProps) {
  const rename = useCommand(RenameCommitteeMutation, { onConflict: onDone });
  const [name, setName] = useState(committee.name);
  const [missing, setMissing] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setMissing(true);
    settle(await rename.exec({ committeeId: committee.id, name: name.trim(), expectedVersion: committee.version }, t('committees.renamed')), { onClose, onDone });
  };
  return (
    <Dialog open onClose={onClose} size="sm" title={t('committees.renameTitle')} footer={footer(onClose, 'jm-committee-rename', t('common.save'), rename.running)}>
      <form id="jm-committee-rename" className="jm-committee-form" onSubmit={submit} noValidate>
        <Field label={t('committees.newName')} required error={(missing ? t('committees.errors.committeeNameRequired') : undefined) ?? rename.fieldError('name')}>
          <Input value={name} maxLength={50} autoFocus onChange={(e) => {
            setName(e.target.value);
            setMissing(false);
          }} />
        </Field>
        {formError(rename.error, ['name'])}
      </form>
    </Dialog>
  );
}

export function ConvenerDialog({ committee, onClose, onDone }: DialogProps) {
  const change = useCommand(ChangeConvenerMutation, { onConflict: onDone });
  const candidates = convenerCandidates(committee.members, committee.convenerPersonId);
  const [personId, setPersonId] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!personId) return setMissing(true);
    const name = candidates.find((m) => m.personId === personId)?.name ?? '';
    settle(await change.exec({ committeeId: committee.id, personId, expectedVersion: committee.version }, t('committees.convenerChanged', { name })), { onClose, onDone });
  };
  return (
    <Dialog open onClose={onClose} size="sm" title={t('committees.changeConvener')} footer={candidates.length ? footer(onClose, 'jm-convener', t('committees.changeConvener'), change.running) : <Button onClick={onClose}>{t('common.close')}</Button>}>
      {candidates.length === 0 ? (
        <p className="muted">{t('committees.noConvenerCandidates')}</p>
      ) : (
        <form id="jm-convener" className="jm-committee-form" onSubmit={submit} noValidate>
          <Field label={t('committees.newConvener')} required hint={t('committees.newConvenerHint')} error={(missing ? t('committees.errors.personRequired') : undefined) ?? change.fieldError('personId')}>
            <Select value={personId} options={candidates.map((m) => ({ value: m.personId, label: m.name }))} onChange={(e) => {
            setPersonId(e.target.value);
            setMissing(false);
          }} />
          </Field>
          {formError(change.error, ['personId'])}
        </form>
      )}
    </Dialog>
  );
}

export function AddMemberDialog({ committee, onClose, onDone }: DialogProps) {
  const add = useCommand(AddStandingMemberMutation, { onConflict: onDone });
  const [seat, setSeat] = useState<SeatForm>(EMPTY_ACCOUNT_SEAT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const members = committee.members.map((m) => m.personId);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { errors: found, input } = readSeat(seat, members);
    setErrors(found);
    if (!input) return;
    settle(await add.exec({ committeeId: committee.id, seat: input, expectedVersion: committee.version }, t('committees.memberAdded', { name: seat.name.trim() })), { onClose, onDone });
  };
  const err = (k: string, server: string) => errors[k] ?? add.fieldError(server) ?? add.fieldError(`seat.${server}`);
  return (
    <Dialog open onClose={onClose} title={t('committees.addMember')} footer={footer(onClose, 'jm-add-member', t('committees.addMember'), add.running)}>
      <form id="jm-add-member" className="jm-committee-form" onSubmit={submit} noValidate>
        <SeatFields
          organisationId={committee.organisationId}
          legend={t('committees.seat.who')}
          value={seat}
          onChange={(s) => {
            setSeat(s);
            setErrors({});
          }}
          errors={{ person: err('person', 'personId'), name: err('name', 'name'), email: err('email', 'email') }}
          excludePersonIds={members}
        />
        {formError(add.error, ['personId', 'name', 'email', 'seat.personId', 'seat.name', 'seat.email'])}
      </form>
    </Dialog>
  );
}

export function RemoveMemberDialog({ committee, member, onClose, onDone }: DialogProps & { member: Member }) {
  const remove = useCommand(RemoveStandingMemberMutation, { onConflict: onDone });
  return (
    <ConfirmDialog
      open
      danger
      title={t('committees.removeTitle', { name: member.name })}
      body={t('committees.removeBody', { name: member.name, committee: committee.name })}
      confirmLabel={t('committees.remove')}
      busy={remove.running}
      error={remove.error && remove.error.code !== 'CONFLICT' ? remove.error.message : undefined}
      onClose={onClose}
      onConfirm={async () =>
        settle(await remove.exec({ committeeId: committee.id, personId: member.personId, expectedVersion: committee.version }, t('committees.removed', { name: member.name })), { onClose, onDone })
      }
    />
  );
}

export function EmailDialog({ committee, member, onClose, onDone }: DialogProps & { member: Member }) {
  const change = useCommand(ChangeMemberEmailMutation, { onConflict: onDone });
  // A masked address is not worth editing from; start empty then.
  const [email, setEmail] = useState(member.email && !member.email.includes('*') ? member.email : '');
  const [invalid, setInvalid] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = email.trim();
    if (value && !isEmail(value)) return setInvalid(true);
    settle(await change.exec({ committeeId: committee.id, personId: member.personId, email: value || null, expectedVersion: committee.version }, t('committees.emailChanged', { name: member.name })), {
      onClose,
      onDone,
    });
  };
  return (
    <Dialog open onClose={onClose} size="sm" title={t('committees.emailTitle', { name: member.name })} footer={footer(onClose, 'jm-member-email', t('common.save'), change.running)}>
      <form id="jm-member-email" className="jm-committee-form" onSubmit={submit} noValidate>
        <Field label={t('committees.email')} hint={t('committees.emailHint')} error={(invalid ? t('committees.errors.email') : undefined) ?? change.fieldError('email')}>
          <Input type="email" value={email} autoFocus autoComplete="off" onChange={(e) => {
            setEmail(e.target.value);
            setInvalid(false);
          }} />
        </Field>
        {formError(change.error, ['email'])}
      </form>
    </Dialog>
  );
}
