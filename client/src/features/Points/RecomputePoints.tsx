// 重算积分 (DistrictAdmin): the server rebuilds points and stars from every event in the background, and keeps a
// record of who recomputed, when and why — standings change for everyone, so the change must be explainable.
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useCommand } from '@/api/useCommand';
import { CommandReasonDialog } from '@/features/Meetings/common/Board';
import { t } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { Button, Card, ErrorState, Icon } from '@/ui';
import { PointsRecomputationsQuery, RecomputePointsMutation } from './documents';

export function RecomputeButton({ onDone }: { onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const recompute = useCommand(RecomputePointsMutation);
  return (
    <>
      <Button icon={<Icon name="zap" size={16} />} onClick={() => setOpen(true)}>
        {t('points.recompute.action')}
      </Button>
      <CommandReasonDialog
        open={open}
        title={t('points.recompute.title')}
        label={t('points.recompute.reason')}
        placeholder={t('points.recompute.reasonPlaceholder')}
        required={false}
        confirmLabel={t('points.recompute.action')}
        command={recompute}
        input={(reason) => ({ reason: reason || null })}
        success={t('points.recompute.started')}
        onClose={() => setOpen(false)}
        onDone={() => {
          setOpen(false);
          onDone();
        }}
      >
        <p>{t('points.recompute.body')}</p>
      </CommandReasonDialog>
    </>
  );
}

/** The latest recomputations; `version` changes after a new one, to read the list again. */
export function RecomputeLog({ version }: { version: number }) {
  const [{ data, error }, reexecute] = useQuery({ query: PointsRecomputationsQuery });
  useEffect(() => {
    if (version > 0) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  if (error && !data) return <ErrorState message={toAppError(error).message} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const log = data?.pointsRecomputations ?? [];
  if (log.length === 0) return null;
  return (
    <Card title={t('points.recompute.logTitle')} padded={false} className="jm-points__recomputations">
      <ul className="jm-list">
        {log.map((r) => (
          <li key={r.id} className="jm-list__row" data-recomputation-id={r.id}>
            <span className="jm-list__main">
              <span className="jm-list__title">{r.reason ?? t('points.recompute.noReason')}</span>
              <span className="jm-list__meta">
                {formatDateTime(r.requestedAt)} · {r.requestedBy?.displayName ?? t('points.recompute.someone')}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
