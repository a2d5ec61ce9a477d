// The buttons and dialogs for a wish's next step. Every write carries the version read (expectedVersion)
// and a clientMutationId; a CONFLICT is told in words and the page refetches.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AnyVariables, TypedDocumentNode } from 'urql';
import type { AppError } from '@/api/errors';
import { useAction } from '@/api/useAction';
import { newMutationId } from '@/api/useCommand';
import { ReasonDialog } from '@/ui/dialogs';
import { messages, t } from '@/i18n';
import { Button, Dialog, Field, FilePicker, Icon, Input, TextArea, useToast } from '@/ui';
import {
  CancelWishMutation,
  ClaimWishMutation,
  ConfirmWishMutation,
  DisputeWishMutation,
  FulfilWishMutation,
  PublishWishMutation,
  PushWishMutation,
  ReleaseWishMutation,
  ReviewWishMutation,
} from './documents';
import { uploadPhoto, type UploadedPhoto } from './uploads';
import { checkPhoto, formatBytes, PHOTO_MAX_COUNT, PHOTO_TYPES, type WishAction } from './wishLogic';

interface WishRef {
  id: string;
  version: number;
  title: string;
}

type DialogKey = Exclude<WishAction, 'publish'> | null;

const variantOf: Record<WishAction, 'primary' | 'secondary' | 'danger'> = {
  publish: 'primary',
  claim: 'primary',
  fulfil: 'primary',
  confirm: 'primary',
  reject: 'secondary',
  release: 'secondary',
  dispute: 'secondary',
  push: 'secondary',
  cancel: 'danger',
};

/** One mutation with the wish's version and a retry key; conflicts go to onConflict. */
function useWishCommand<D, V extends AnyVariables>(doc: TypedDocumentNode<D, V>, wish: WishRef, onConflict: (e: AppError) => void) {
  const action = useAction(doc);
  const exec = async (input: Record<string, unknown>) => {
    const r = await action.attempt({ input: { wishId: wish.id, expectedVersion: wish.version, clientMutationId: newMutationId(), ...input } });
    if (r.error?.code === 'CONFLICT') onConflict(r.error);
    return r;
  };
  return { exec, running: action.running, error: action.error, fieldError: action.fieldError, clearError: action.clearError };
}

export function WishActionsPanel({
  wish,
  actions,
  refetch,
  onConflict,
}: {
  wish: WishRef;
  actions: readonly WishAction[];
  refetch: () => void;
  onConflict: (message: string) => void;
}) {
  const toast = useToast();
  const [dialog, setDialog] = useState<DialogKey>(null);
  const conflict = (kind: 'claim' | 'other') => (e: AppError) => {
    setDialog(null);
    onConflict(kind === 'claim' ? t('microWishes.conflict.claimTaken') : t('microWishes.conflict.changed', { message: e.message }));
  };
  const publish = useWishCommand(PublishWishMutation, wish, conflict('other'));
  const review = useWishCommand(ReviewWishMutation, wish, conflict('other'));
  const claim = useWishCommand(ClaimWishMutation, wish, conflict('claim'));
  const release = useWishCommand(ReleaseWishMutation, wish, conflict('other'));
  const dispute = useWishCommand(DisputeWishMutation, wish, conflict('other'));
  const cancel = useWishCommand(CancelWishMutation, wish, conflict('other'));

  const done = (message: string) => {
    setDialog(null);
    toast.success(message);
    refetch();
  };
  const inlineError = [publish, claim].map((c) => c.error).find((e) => e && e.code !== 'CONFLICT');

  return (
    <div className="jm-wishactions">
      <div className="jm-wishactions__buttons">
        {actions.map((a) => (
          <Button
            key={a}
            variant={variantOf[a]}
            block
            busy={a === 'publish' ? publish.running : undefined}
            onClick={async () => {
              if (a !== 'publish') {
                setDialog(a);
                return;
              }
              const r = await publish.exec({});
              if (r.data) done(t('microWishes.done.published'));
            }}
          >
            {t(`microWishes.actions.${a}`)}
          </Button>
        ))}
      </div>
      {inlineError && (
        <p className="jm-alert jm-alert--error" role="alert">
          <Icon name="alert" size={18} />
          <span>{inlineError.message}</span>
        </p>
      )}

      <Dialog
        open={dialog === 'claim'}
        onClose={() => setDialog(null)}
        title={t('microWishes.claimDialog.title')}
        size="sm"
        footer={
          <>
            <Button onClick={() => setDialog(null)}>{t('common.cancel')}</Button>
            <Button
              variant="primary"
              busy={claim.running}
              onClick={async () => {
                const r = await claim.exec({});
                if (r.data) done(t('microWishes.done.claimed'));
              }}
            >
              {t('microWishes.actions.claim')}
            </Button>
          </>
        }
      >
        <p>{t('microWishes.claimDialog.bodyNoDays', { title: wish.title })}</p>
        <p className="muted">{t('microWishes.claimDialog.privacy')}</p>
        {claim.error && claim.error.code !== 'CONFLICT' && (
          <p className="jm-alert jm-alert--error" role="alert">
            {claim.error.message}
          </p>
        )}
      </Dialog>

      <ReasonDialog
        open={dialog === 'reject'}
        title={t('microWishes.reject.title')}
        label={t('microWishes.reject.label')}
        placeholder={t('microWishes.reject.placeholder')}
        confirmLabel={t('microWishes.actions.reject')}
        danger
        busy={review.running}
        error={review.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const r = await review.exec({ approve: false, reason });
          if (r.data) done(t('microWishes.done.rejected'));
        }}
      />
      <ReasonDialog
        open={dialog === 'release'}
        title={t('microWishes.release.title')}
        label={t('microWishes.release.label')}
        hint={t('microWishes.release.hint')}
        placeholder={t('microWishes.release.placeholder')}
        confirmLabel={t('microWishes.actions.release')}
        required={false}
        busy={release.running}
        error={release.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const r = await release.exec({ reason: reason || null });
          if (r.data) done(t('microWishes.done.released'));
        }}
      />
      <ReasonDialog
        open={dialog === 'dispute'}
        title={t('microWishes.dispute.title')}
        label={t('microWishes.dispute.label')}
        placeholder={t('microWishes.dispute.placeholder')}
        confirmLabel={t('microWishes.actions.dispute')}
        busy={dispute.running}
        error={dispute.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const r = await dispute.exec({ reason });
          if (r.data) done(t('microWishes.done.disputed'));
        }}
      />
      <ReasonDialog
        open={dialog === 'cancel'}
        title={t('microWishes.cancel.title')}
        label={t('microWishes.cancel.label')}
        placeholder={t('microWishes.cancel.placeholder')}
        confirmLabel={t('microWishes.actions.cancel')}
        danger
        busy={cancel.running}
        error={cancel.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const r = await cancel.exec({ reason });
          if (r.data) done(t('microWishes.done.cancelled'));
        }}
      />
      {dialog === 'fulfil' && (
        <FulfilDialog wish={wish} onClose={() => setDialog(null)} onDone={() => done(t('microWishes.done.fulfilled'))} onConflict={conflict('other')} />
      )}
      {dialog === 'confirm' && (
        <ConfirmDialog wish={wish} onClose={() => setDialog(null)} onDone={() => done(t('microWishes.done.confirmed'))} onConflict={conflict('other')} />
      )}
      {dialog === 'push' && <PushDialog wish={wish} onClose={() => setDialog(null)} />}
    </div>
  );
}

interface PickedPhoto {
  key: string;
  name: string;
  preview: string;
  state: 'uploading' | 'done' | 'error';
  uploaded?: UploadedPhoto;
  error?: string;
}

function FulfilDialog({ wish, onClose, onDone, onConflict }: { wish: WishRef; onClose: () => void; onDone: () => void; onConflict: (e: AppError) => void }) {
  const fulfil = useWishCommand(FulfilWishMutation, wish, onConflict);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [pickError, setPickError] = useState<string>();
  const previews = useRef<string[]>([]);
  useEffect(() => () => previews.current.forEach((u) => URL.revokeObjectURL(u)), []);

  const pick = (chosen: File[]) => {
    setPickError(undefined);
    const problems: string[] = [];
    const room = PHOTO_MAX_COUNT - photos.length;
    if (chosen.length > room) problems.push(t('microWishes.photo.tooMany', { max: PHOTO_MAX_COUNT }));
    for (const file of chosen.slice(0, Math.max(0, room))) {
      const problem = checkPhoto(file);
      if (problem === 'type') problems.push(t('microWishes.photo.badType', { name: file.name }));
      else if (problem === 'size') problems.push(t('microWishes.photo.tooBig', { name: file.name, size: formatBytes(file.size) }));
      else if (problem === 'empty') problems.push(t('microWishes.photo.empty', { name: file.name }));
      if (problem) continue;
      const key = newMutationId();
      const preview = URL.createObjectURL(file);
      previews.current.push(preview);
      setPhotos((list) => [...list, { key, name: file.name, preview, state: 'uploading' }]);
      uploadPhoto(file).then(
        (uploaded) => setPhotos((list) => list.map((p) => (p.key === key ? { ...p, state: 'done', uploaded } : p))),
        (err: Error) => setPhotos((list) => list.map((p) => (p.key === key ? { ...p, state: 'error', error: err.message } : p))),
      );
    }
    if (problems.length) setPickError(problems.join(' '));
  };

  const uploading = photos.some((p) => p.state === 'uploading');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) {
      setNoteMissing(true);
      return;
    }
    const photoIds = photos.filter((p) => p.state === 'done').map((p) => p.uploaded!.id);
    const r = await fulfil.exec({ note: note.trim(), photoIds });
    if (r.data) onDone();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('microWishes.fulfil.title')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-fulfil-form" busy={fulfil.running} disabled={uploading}>
            {uploading ? t('microWishes.fulfil.uploading') : t('microWishes.actions.fulfil')}
          </Button>
        </>
      }
    >
      <form id="jm-fulfil-form" onSubmit={submit} noValidate className="jm-form">
        <Field label={t('microWishes.fulfil.note')} required error={noteMissing ? t('microWishes.fulfil.noteRequired') : fulfil.fieldError('note')}>
          <TextArea
            name="note"
            value={note}
            maxLength={500}
            showCount
            placeholder={t('microWishes.fulfil.notePlaceholder')}
            onChange={(e) => {
              setNote(e.target.value);
              setNoteMissing(false);
            }}
          />
        </Field>
        <Field label={t('microWishes.fulfil.photos')} hint={t('microWishes.fulfil.photosHint', { max: PHOTO_MAX_COUNT })} error={pickError}>
          <FilePicker
            name="photos"
            accept={PHOTO_TYPES.join(',')}
            multiple
            clearAfterPick
            buttonLabel={t('microWishes.fulfil.addPhoto')}
            disabled={photos.length >= PHOTO_MAX_COUNT}
            onFiles={pick}
          />
        </Field>
        {photos.length > 0 && (
          <ul className="jm-photos jm-photos--edit">
            {photos.map((p) => (
              <li key={p.key} className={`jm-photos__item is-${p.state}`}>
                <img src={p.preview} alt={p.name} />
                {p.state === 'uploading' && <span className="jm-photos__badge">{t('microWishes.fulfil.uploading')}</span>}
                {p.state === 'error' && <span className="jm-photos__badge jm-photos__badge--error">{p.error}</span>}
                <button
                  type="button"
                  className="jm-photos__remove"
                  aria-label={t('microWishes.fulfil.removePhoto', { name: p.name })}
                  onClick={() => setPhotos((list) => list.filter((x) => x.key !== p.key))}
                >
                  <Icon name="close" size={14} />
                </button>
              </li>
            ))}
          </ul>
        )}
        {fulfil.error && fulfil.error.code !== 'CONFLICT' && !fulfil.fieldError('note') && (
          <p className="jm-alert jm-alert--error" role="alert">
            {fulfil.error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}

function ConfirmDialog({ wish, onClose, onDone, onConflict }: { wish: WishRef; onClose: () => void; onDone: () => void; onConflict: (e: AppError) => void }) {
  const confirm = useWishCommand(ConfirmWishMutation, wish, onConflict);
  const [rating, setRating] = useState(5);
  const [thanks, setThanks] = useState('');
  const [missing, setMissing] = useState(false);
  const words = messages().microWishes.confirm.ratingWords;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!thanks.trim()) {
      setMissing(true);
      return;
    }
    const r = await confirm.exec({ rating, thanks: thanks.trim() });
    if (r.data) onDone();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('microWishes.confirm.title')}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-confirm-form" busy={confirm.running}>
            {t('microWishes.actions.confirm')}
          </Button>
        </>
      }
    >
      <form id="jm-confirm-form" onSubmit={submit} noValidate className="jm-form">
        <fieldset className="jm-rating">
          <legend className="jm-field__label">{t('microWishes.confirm.rating')}</legend>
          <div className="jm-rating__stars">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className={n <= rating ? 'is-on' : undefined}>
                <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
                <Icon name="star" size={28} />
                <span className="visually-hidden">{t('microWishes.confirm.star', { n })}</span>
              </label>
            ))}
            <span className="jm-rating__word" aria-hidden="true">
              {words[rating]}
            </span>
          </div>
          <p className="jm-field__hint">{t('microWishes.confirm.ratingHint')}</p>
        </fieldset>
        <Field label={t('microWishes.confirm.thanks')} required error={missing ? t('microWishes.confirm.thanksRequired') : confirm.fieldError('thanks')}>
          <TextArea
            name="thanks"
            value={thanks}
            maxLength={200}
            showCount
            rows={3}
            placeholder={t('microWishes.confirm.thanksPlaceholder')}
            onChange={(e) => {
              setThanks(e.target.value);
              setMissing(false);
            }}
          />
        </Field>
        {confirm.error && confirm.error.code !== 'CONFLICT' && !confirm.fieldError('thanks') && (
          <p className="jm-alert jm-alert--error" role="alert">
            {confirm.error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}

function PushDialog({ wish, onClose }: { wish: WishRef; onClose: () => void }) {
  const push = useAction(PushWishMutation);
  const [take, setTake] = useState('10');
  const [result, setResult] = useState<{ name: string; reason: string }[]>();
  const toast = useToast();
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('microWishes.push.title')}
      size="sm"
      footer={
        result ? (
          <Button onClick={onClose}>{t('common.close')}</Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              variant="primary"
              busy={push.running}
              onClick={async () => {
                const data = await push.run({ input: { wishId: wish.id, take: Math.max(1, Math.min(50, Number(take) || 10)) } });
                if (!data) return;
                setResult(data.pushWish.map((m) => ({ name: m.person.displayName ?? m.person.id, reason: m.reason })));
                toast.success(t('microWishes.push.sent', { count: data.pushWish.length }));
              }}
            >
              {t('microWishes.push.send')}
            </Button>
          </>
        )
      }
    >
      {result ? (
        result.length === 0 ? (
          <p>{t('microWishes.push.none')}</p>
        ) : (
          <>
            <p>{t('microWishes.push.result')}</p>
            <ul className="jm-list">
              {result.map((m) => (
                <li key={m.name} className="jm-list__row">
                  <span className="jm-list__title">{m.name}</span>
                  <span className="jm-list__meta">{m.reason}</span>
                </li>
              ))}
            </ul>
          </>
        )
      ) : (
        <>
          <p className="muted">{t('microWishes.push.body')}</p>
          <Field label={t('microWishes.push.take')}>
            <Input type="number" min={1} max={50} inputMode="numeric" value={take} onChange={(e) => setTake(e.target.value)} />
          </Field>
          {push.error && (
            <p className="jm-alert jm-alert--error" role="alert">
              {push.error.message}
            </p>
          )}
        </>
      )}
    </Dialog>
  );
}
