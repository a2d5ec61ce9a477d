// 变更住址: a reported member moved inside their community (another grid or building). No new approval: the
// report follows at once, and so does 为我推荐 (同楼栋 / 同网格). Used by the member and by the secretary.
import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useCommand } from '@/api/useCommand';
import { t } from '@/i18n';
import { Button, Dialog, ErrorState, Field, Select, Skeleton } from '@/ui';
import { ChangeResidenceMutation, ReportPlacesQuery } from './documents';
import { placesFrom, type PlaceNode } from './reportLogic';

export interface ResidenceReport {
  id: string;
  version: number;
  communityId: string;
  gridId?: string | null;
  buildingId?: string | null;
  community?: { name: string } | null;
  grid?: { name: string } | null;
  building?: { name: string } | null;
}

export function ResidenceDialog({
  report,
  who,
  onClose,
  onDone,
}: {
  report: ResidenceReport;
  /** The member's name when a secretary changes it for them. */
  who?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReportPlacesQuery });
  const community = useMemo(
    () => placesFrom((data?.organisations ?? []) as PlaceNode[]).communities.find((c) => c.id === report.communityId),
    [data, report.communityId],
  );
  const [gridId, setGridId] = useState(report.gridId ?? '');
  const [buildingId, setBuildingId] = useState(report.buildingId ?? '');
  const [unchanged, setUnchanged] = useState(false);
  const change = useCommand(ChangeResidenceMutation, {
    onConflict: () => {
      onDone();
      onClose();
    },
  });
  const grid = community?.grids.find((g) => g.id === gridId);
  const current = [report.grid?.name, report.building?.name].filter(Boolean).join(' · ') || t('reporting.residence.unknown');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Same place as now: say so here instead of a round trip the server would refuse.
    if ((gridId || null) === (report.gridId ?? null) && (buildingId || null) === (report.buildingId ?? null)) {
      setUnchanged(true);
      return;
    }
    const success = who ? t('reporting.residence.changedFor', { name: who }) : t('reporting.residence.changed');
    const r = await change.exec({ reportId: report.id, gridId: gridId || null, buildingId: buildingId || null, expectedVersion: report.version }, success);
    if (r.data) {
      onDone();
      onClose();
    }
  };

  const generalError = change.error && change.error.code !== 'CONFLICT' && !change.fieldError('gridId') && !change.fieldError('buildingId');
  return (
    <Dialog
      open
      onClose={onClose}
      title={who ? t('reporting.residence.titleFor', { name: who }) : t('reporting.residence.title')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-residence" busy={change.running} disabled={!community}>
            {t('reporting.residence.submit')}
          </Button>
        </>
      }
    >
      {error && !data ? (
        <ErrorState message={`${t('reporting.form.loadPlacesFailed')} ${toAppError(error).message}`} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Skeleton lines={3} />
      ) : (
        <form id="jm-residence" className="jm-reportform" onSubmit={submit} noValidate>
          <p className="muted jm-repstatus__reason">
            {t('reporting.residence.hint', { community: report.community?.name ?? '' })}
            <br />
            {t('reporting.residence.current', { place: current })}
          </p>
          <Field label={t('reporting.form.grid')} error={change.fieldError('gridId')}>
            <Select
              value={gridId}
              disabled={!community || community.grids.length === 0}
              placeholder={t('reporting.form.noGrid')}
              options={(community?.grids ?? []).map((g) => ({ value: g.id, label: g.name }))}
              onChange={(e) => {
                setGridId(e.target.value);
                setBuildingId('');
                setUnchanged(false);
              }}
            />
          </Field>
          <Field
            label={t('reporting.form.building')}
            error={unchanged ? t('reporting.residence.unchanged') : change.fieldError('buildingId')}
          >
            <Select
              value={buildingId}
              disabled={!grid || grid.buildings.length === 0}
              placeholder={grid ? t('reporting.form.noGrid') : t('reporting.form.chooseGridFirst')}
              options={(grid?.buildings ?? []).map((b) => ({ value: b.id, label: b.name }))}
              onChange={(e) => {
                setBuildingId(e.target.value);
                setUnchanged(false);
              }}
            />
          </Field>
          {generalError && (
            <p className="jm-alert jm-alert--error" role="alert">
              {change.error?.message}
            </p>
          )}
        </form>
      )}
    </Dialog>
  );
}
