// A committee seat: pick an existing person by searching accounts as you type (accounts(organisationId, search)),
// or enter a new person without an account (name and email, who then gets meeting mail only).
import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { t } from '@/i18n';
import { Field, Input } from '@/ui';
import { PeopleSearchQuery } from './documents';
import type { SeatForm } from './committeeLogic';

export const EMPTY_ACCOUNT_SEAT: SeatForm = { mode: 'account', personId: '', name: '' };

/** The typed text, settled for `delayMs`, so a search runs once the person pauses. */
export function useDebounced<T>(value: T, delayMs = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export function SeatFields({
  organisationId,
  value,
  onChange,
  errors,
  legend,
  excludePersonIds = [],
}: {
  /** Whose accounts the picker searches (accounts homed there or below). */
  organisationId: string;
  value: SeatForm;
  onChange: (seat: SeatForm) => void;
  /** Keyed person / name / email. */
  errors: Record<string, string | undefined>;
  legend: string;
  excludePersonIds?: readonly string[];
}) {
  const name = useId();
  return (
    <div className="jm-seat">
      <fieldset className="jm-radios">
        <legend className="jm-field__label">{legend}</legend>
        <label className="jm-radio">
          <input type="radio" name={name} checked={value.mode === 'account'} onChange={() => onChange(EMPTY_ACCOUNT_SEAT)} />
          <span>{t('committees.seat.account')}</span>
        </label>
        <label className="jm-radio">
          <input type="radio" name={name} checked={value.mode === 'new'} onChange={() => onChange({ mode: 'new', name: '', email: '' })} />
          <span>{t('committees.seat.new')}</span>
        </label>
      </fieldset>
      {value.mode === 'account' ? (
        <PersonPicker organisationId={organisationId} value={value} onChange={onChange} error={errors.person} excludePersonIds={excludePersonIds} />
      ) : (
        <div className="jm-committee-row">
          <Field label={t('committees.seat.name')} required error={errors.name}>
            <Input value={value.name} maxLength={50} autoComplete="off" onChange={(e) => onChange({ ...value, name: e.target.value })} />
          </Field>
          <Field label={t('committees.seat.email')} hint={t('committees.seat.emailHint')} error={errors.email}>
            <Input type="email" value={value.email} autoComplete="off" onChange={(e) => onChange({ ...value, email: e.target.value })} />
          </Field>
        </div>
      )}
    </div>
  );
}

function PersonPicker({
  organisationId,
  value,
  onChange,
  error,
  excludePersonIds,
}: {
  organisationId: string;
  value: Extract<SeatForm, { mode: 'account' }>;
  onChange: (seat: SeatForm) => void;
  error: string | undefined;
  excludePersonIds: readonly string[];
}) {
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim());
  const [{ data, fetching, error: queryError }] = useQuery({
    query: PeopleSearchQuery,
    variables: { organisationId, search: settled || null, first: 8 },
    pause: !organisationId,
  });
  const group = useId();
  const people = (data?.accounts ?? []).filter((p) => !excludePersonIds.includes(p.personId));
  const typing = search.trim() !== settled;
  return (
    <div className="jm-picker">
      <Field label={t('committees.seat.search')} hint={t('committees.seat.searchHint')} error={error}>
        <Input type="search" value={search} autoComplete="off" placeholder={t('committees.seat.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} />
      </Field>
      <div className="jm-picker__results" aria-live="polite" aria-busy={fetching || typing}>
        {queryError && !data ? (
          <p className="jm-alert jm-alert--error" role="alert">
            {toAppError(queryError).message}
          </p>
        ) : (fetching || typing) && !data ? (
          <p className="muted">{t('committees.seat.searching')}</p>
        ) : people.length === 0 ? (
          <p className="muted">{settled ? t('committees.seat.noMatch', { search: settled }) : t('committees.seat.noPeople')}</p>
        ) : (
          <fieldset className="jm-picker__list">
            <legend className="visually-hidden">{t('committees.seat.results')}</legend>
            {people.map((p) => (
              <label key={p.personId} className="jm-picker__option">
                <input
                  type="radio"
                  name={group}
                  checked={value.personId === p.personId}
                  onChange={() => onChange({ mode: 'account', personId: p.personId, name: p.displayName })}
                />
                <span className="jm-avatar" aria-hidden="true">
                  {p.displayName.slice(0, 1)}
                </span>
                <span className="jm-picker__who">
                  <strong>{p.displayName}</strong>
                  <span className="jm-cell-sub">{[p.homeOrganisation?.name, p.email].filter(Boolean).join(' · ')}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {value.personId && (
        <p className="jm-picker__chosen">
          {t('committees.seat.chosen', { name: value.name })}
        </p>
      )}
    </div>
  );
}
