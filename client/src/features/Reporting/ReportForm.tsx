// The member's report (首次报到) or transfer (转移) form: residence (street → community → grid → building),
// work unit (searchable), and the service profile.
import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useCommand } from '@/api/useCommand';
import { t } from '@/i18n';
import { Button, ErrorState, Field, Input, Select, Skeleton } from '@/ui';
import { ReportPlacesQuery, RequestMemberReportMutation } from './documents';
import { ProfileFields, type ProfileValue } from './ProfileFields';
import { placesFrom, type PlaceNode } from './reportLogic';

export interface ReportFormInitial {
  communityId?: string;
  unitId?: string;
  gridId?: string | null;
  buildingId?: string | null;
  profile: ProfileValue;
}

export function ReportForm({
  initial,
  transfer,
  personId,
  onDone,
  onCancel,
}: {
  initial: ReportFormInitial;
  transfer?: boolean;
  /** 代为登记: a secretary enters the report for this person (absent: the signed-in member's own). */
  personId?: string;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReportPlacesQuery });
  const places = useMemo(() => placesFrom((data?.organisations ?? []) as PlaceNode[]), [data]);
  const startCommunity = places.communities.find((c) => c.id === initial.communityId);
  const [streetId, setStreetId] = useState<string>();
  const [communityId, setCommunityId] = useState(transfer ? '' : (initial.communityId ?? ''));
  const [gridId, setGridId] = useState(transfer ? '' : (initial.gridId ?? ''));
  const [buildingId, setBuildingId] = useState(transfer ? '' : (initial.buildingId ?? ''));
  const [unitId, setUnitId] = useState(initial.unitId ?? '');
  const [unitQuery, setUnitQuery] = useState('');
  const [profile, setProfile] = useState<ProfileValue>(initial.profile);
  const [missing, setMissing] = useState<{ community?: boolean; unit?: boolean }>({});
  const request = useCommand(RequestMemberReportMutation);

  if (error && !data) return <ErrorState message={`${t('reporting.form.loadPlacesFailed')} ${toAppError(error).message}`} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Skeleton lines={6} />;

  const street = streetId ?? (transfer ? undefined : startCommunity?.streetId) ?? (places.streets.length === 1 ? places.streets[0]!.id : '');
  // A transfer goes somewhere else: the server refuses a second report to the same community (已在该组织报到).
  const communities = places.communities.filter((c) => c.streetId === street && !(transfer && c.id === initial.communityId));
  const community = places.communities.find((c) => c.id === communityId);
  const grid = community?.grids.find((g) => g.id === gridId);
  const q = unitQuery.trim();
  const units = q ? places.units.filter((u) => u.name.includes(q) || u.id === unitId) : places.units;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const m = { community: !communityId, unit: !unitId };
    setMissing(m);
    if (m.community || m.unit) return;
    const r = await request.exec(
      {
        ...(personId ? { personId } : {}),
        communityId,
        unitId,
        gridId: gridId || null,
        buildingId: buildingId || null,
        profile: { skills: profile.skills, preferredCategories: profile.preferredCategories, availability: profile.availability },
      },
      personId ? t('reporting.register.submitted') : t('reporting.form.submitted'),
    );
    if (r.data) onDone();
  };

  return (
    <form className="jm-reportform" onSubmit={submit} noValidate aria-label={t(transfer ? 'reporting.form.titleTransfer' : 'reporting.form.title')}>
      <div className="jm-rep-row">
        <Field label={t('reporting.form.street')}>
          <Select
            value={street}
            options={places.streets.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(e) => {
              setStreetId(e.target.value);
              setCommunityId('');
              setGridId('');
              setBuildingId('');
            }}
          />
        </Field>
        <Field
          label={t('reporting.form.community')}
          required
          hint={t('reporting.form.communityHint')}
          error={missing.community ? t('reporting.form.communityRequired') : request.fieldError('communityId')}
        >
          <Select
            value={communityId}
            disabled={!street}
            placeholder={street ? undefined : t('reporting.form.chooseStreetFirst')}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(e) => {
              setCommunityId(e.target.value);
              setGridId('');
              setBuildingId('');
              setMissing((m) => ({ ...m, community: false }));
            }}
          />
        </Field>
      </div>
      <div className="jm-rep-row">
        <Field label={t('reporting.form.grid')} error={request.fieldError('gridId')}>
          <Select
            value={gridId}
            disabled={!community || community.grids.length === 0}
            placeholder={community ? t('reporting.form.noGrid') : t('reporting.form.chooseCommunityFirst')}
            options={(community?.grids ?? []).map((g) => ({ value: g.id, label: g.name }))}
            onChange={(e) => {
              setGridId(e.target.value);
              setBuildingId('');
            }}
          />
        </Field>
        <Field label={t('reporting.form.building')} error={request.fieldError('buildingId')}>
          <Select
            value={buildingId}
            disabled={!grid || grid.buildings.length === 0}
            placeholder={grid ? t('reporting.form.noGrid') : t('reporting.form.chooseGridFirst')}
            options={(grid?.buildings ?? []).map((b) => ({ value: b.id, label: b.name }))}
            onChange={(e) => setBuildingId(e.target.value)}
          />
        </Field>
      </div>
      <div className="jm-rep-row">
        <Field label={t('reporting.form.unitSearch')}>
          <Input type="search" value={unitQuery} placeholder={t('reporting.form.unitSearchPlaceholder')} onChange={(e) => setUnitQuery(e.target.value)} />
        </Field>
        <Field
          label={t('reporting.form.unit')}
          required
          hint={q && units.length === 0 ? t('reporting.form.unitNoMatch', { q }) : t('reporting.form.unitHint')}
          error={missing.unit ? t('reporting.form.unitRequired') : request.fieldError('unitId')}
        >
          <Select
            value={unitId}
            options={units.map((u) => ({ value: u.id, label: t('reporting.nameWithPlace', { name: u.name, place: u.where }) }))}
            onChange={(e) => {
              setUnitId(e.target.value);
              setMissing((m) => ({ ...m, unit: false }));
            }}
          />
        </Field>
      </div>
      <ProfileFields value={profile} onChange={setProfile} />
      {request.error && !['communityId', 'unitId', 'gridId', 'buildingId'].some((f) => request.fieldError(f)) && (
        <p className="jm-alert jm-alert--error" role="alert">
          {request.error.message}
        </p>
      )}
      <div className="jm-rep-actions">
        {onCancel && <Button onClick={onCancel}>{t('reporting.form.cancel')}</Button>}
        <Button variant="primary" type="submit" busy={request.running}>
          {t(transfer ? 'reporting.form.submitTransfer' : personId ? 'reporting.register.submit' : 'reporting.form.submit')}
        </Button>
      </div>
    </form>
  );
}
