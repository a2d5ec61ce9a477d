// 扩大到全街道: a community secretary opens a published (or claimed) wish to the members reported to every
// community of the street. The confirmation names the street, so it is clear who will then see the wish.
import { useState } from 'react';
import { useQuery } from 'urql';
import { useCommand } from '@/api/useCommand';
import { CommandConfirmDialog } from '@/features/Meetings/common/Board';
import { graphql } from '@/gql';
import { t } from '@/i18n';
import { Button, Icon } from '@/ui';
import { WishStreetQuery } from './documents';

export const WidenWishMutation = graphql(`
  mutation WidenWish($input: WidenWishInput!) {
    widenWish(input: $input) {
      id
      version
      widenedToStreet
    }
  }
`);

export interface WidenableWish {
  id: string;
  version: number;
  status: string;
  communityId: string;
  communityName?: string | null;
  widenedToStreet: boolean;
}

/** Only a community secretary, only once, only while the wish can still be claimed or is being carried out. */
export function canWiden(wish: WidenableWish, role: string | undefined): boolean {
  return role === 'CommunitySecretary' && !wish.widenedToStreet && (wish.status === 'PUBLISHED' || wish.status === 'CLAIMED');
}

export function WidenWishAction({ wish, onDone }: { wish: WidenableWish; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [{ data }] = useQuery({ query: WishStreetQuery, variables: { id: wish.communityId }, pause: !open });
  const widen = useCommand(WidenWishMutation, { onConflict: () => { setOpen(false); onDone(); } });
  const street = data?.organisation?.parent?.name ?? t('microWishes.widenAction.theStreet');
  return (
    <>
      <Button variant="secondary" icon={<Icon name="users" size={16} />} onClick={() => setOpen(true)}>
        {t('microWishes.widenAction.action')}
      </Button>
      <CommandConfirmDialog
        open={open}
        title={t('microWishes.widenAction.title')}
        body={t('microWishes.widenAction.body', { street, community: wish.communityName ?? '' })}
        confirmLabel={t('microWishes.widenAction.confirm')}
        command={widen}
        input={{ wishId: wish.id, expectedVersion: wish.version }}
        success={t('microWishes.widenAction.done', { street })}
        onClose={() => setOpen(false)}
        onDone={() => {
          setOpen(false);
          onDone();
        }}
      />
    </>
  );
}
