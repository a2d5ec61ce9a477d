// The two-way claim on a need, for whoever is looking: a unit claims or withdraws its claim;
// the secretary who owns the need confirms or declines (with a reason).
import { useState } from 'react';
import { t } from '@/i18n';
import { Button, Dialog, Field, StatusTag, TextArea } from '@/ui';
import { useCommand } from '@/api/useCommand';
import { ReasonDialog } from '@/ui/dialogs';
import type { CycleScope } from '@/features/Meetings/common/scope';
import type { NeedFieldsFragment } from '@/gql/graphql';
import {
  ClaimNeedMutation,
  ConfirmNeedClaimMutation,
  DeclineNeedClaimMutation,
  WithdrawNeedClaimMutation,
} from './documents';

export function NeedClaimLine({ need, scope }: { need: NeedFieldsFragment; scope: CycleScope }) {
  const claim = need.activeClaim;
  if (!claim) return null;
  const mine = scope.unitId === claim.unitId;
  if (claim.status === 'PENDING')
    return (
      <StatusTag tone="warning" dot>
        {mine ? t('needs.claimedByYou') : t('needs.pendingBy', { unit: claim.unitName })}
      </StatusTag>
    );
  if (claim.status === 'CONFIRMED')
    return (
      <StatusTag tone="success" dot>
        {mine ? t('needs.claimedByYouConfirmed') : t('needs.claimedByOther', { unit: claim.unitName })}
      </StatusTag>
    );
  return null;
}

export function NeedActions({
  need,
  scope,
  refetch,
  size = 'sm',
}: {
  need: NeedFieldsFragment;
  scope: CycleScope;
  refetch: () => void;
  size?: 'sm' | 'md';
}) {
  const [dialog, setDialog] = useState<'claim' | 'decline' | null>(null);
  const [note, setNote] = useState('');
  const opts = { onConflict: () => { setDialog(null); refetch(); } };
  const claim = useCommand(ClaimNeedMutation, opts);
  const confirm = useCommand(ConfirmNeedClaimMutation, opts);
  const decline = useCommand(DeclineNeedClaimMutation, opts);
  const withdraw = useCommand(WithdrawNeedClaimMutation, opts);
  const active = need.activeClaim;
  const pending = active?.status === 'PENDING' ? active : undefined;
  const mine = !!pending && pending.unitId === scope.unitId;

  const buttons = [];
  if (scope.isUnit && need.status === 'OPEN') {
    buttons.push(
      <Button key="claim" variant="primary" size={size} onClick={() => setDialog('claim')}>
        {t('needs.claim')}
      </Button>,
    );
  }
  if (scope.isUnit && mine) {
    buttons.push(
      <Button
        key="withdraw"
        size={size}
        busy={withdraw.running}
        onClick={() =>
          void withdraw
            .exec({ needId: need.id, claimId: pending.id, expectedVersion: need.version }, t('cycle.withdrawn'))
            .then(() => refetch())
        }
      >
        {t('cycle.withdrawClaim')}
      </Button>,
    );
  }
  if (need.canManage && pending) {
    buttons.push(
      <Button
        key="confirm"
        variant="primary"
        size={size}
        busy={confirm.running}
        onClick={() =>
          void confirm
            .exec({ needId: need.id, claimId: pending.id, expectedVersion: need.version }, t('cycle.confirmed'))
            .then(() => refetch())
        }
      >
        {t('needs.confirmClaim')}
      </Button>,
      <Button key="decline" size={size} onClick={() => setDialog('decline')}>
        {t('needs.declineClaim')}
      </Button>,
    );
  }
  if (buttons.length === 0) return null;

  return (
    <div className="jm-actions">
      {buttons}
      <Dialog
        open={dialog === 'claim'}
        onClose={() => setDialog(null)}
        title={t('needs.claimTitle', { title: need.title })}
        size="sm"
        footer={
          <>
            <Button onClick={() => setDialog(null)}>{t('common.cancel')}</Button>
            <Button
              variant="primary"
              busy={claim.running}
              onClick={async () => {
                const { data } = await claim.exec(
                  { needId: need.id, unitId: scope.unitId, note: note.trim() || null, expectedVersion: need.version },
                  t('cycle.claimed'),
                );
                if (data) {
                  setDialog(null);
                  setNote('');
                  refetch();
                }
              }}
            >
              {t('needs.claimSubmit')}
            </Button>
          </>
        }
      >
        <div className="stack">
          <p>{t('needs.claimBody', { unit: scope.scopeName })}</p>
          {claim.error && claim.error.code !== 'CONFLICT' && (
            <p className="jm-alert jm-alert--error" role="alert">
              {claim.error.message}
            </p>
          )}
          <Field label={t('needs.claimNote')} error={claim.fieldError('note')}>
            <TextArea
              value={note}
              maxLength={500}
              showCount
              rows={3}
              placeholder={t('needs.claimNotePlaceholder')}
              onChange={(e) => setNote(e.target.value)}
            />
          </Field>
        </div>
      </Dialog>
      {pending && (
        <ReasonDialog
          open={dialog === 'decline'}
          title={t('needs.declineTitle', { unit: pending.unitName })}
          label={t('cycle.declineReason')}
          hint={t('cycle.declineReasonHint')}
          confirmLabel={t('cycle.decline')}
          danger
          busy={decline.running}
          error={decline.error?.code !== 'CONFLICT' ? decline.error?.message : undefined}
          onClose={() => setDialog(null)}
          onSubmit={async (reason) => {
            const { data } = await decline.exec(
              { needId: need.id, claimId: pending.id, reason, expectedVersion: need.version },
              t('cycle.declined'),
            );
            if (data) {
              setDialog(null);
              refetch();
            }
          }}
        />
      )}
    </div>
  );
}
