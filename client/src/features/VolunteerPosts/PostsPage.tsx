// 志愿服务岗位: posts with slots left; members claim a slot, cancel before the start, check in and out;
// community staff publish posts, see who holds the slots, mark no-shows and close posts. Live: org:{community}.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { useCommand } from '@/api/useCommand';
import { ReasonDialog } from '@/ui/dialogs';
import type { PostFieldsFragment, VolunteerPostCategory } from '@/gql/graphql';
import { t } from '@/i18n';
import { chinaLocalToUtc, formatDate, formatTime } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, Dialog, EmptyState, ErrorState, Field, Icon, Input, Select, Skeleton, StatusTag, TextArea } from '@/ui';
import {
  CancelSlotMutation,
  CheckInMutation,
  CheckOutMutation,
  ClaimSlotMutation,
  ClosePostMutation,
  NoShowMutation,
  PostsQuery,
  PublishPostMutation,
} from './documents';
import { fill, memberStep } from './postLogic';
import './posts.css';

const CATEGORIES: VolunteerPostCategory[] = [
  'GARBAGE_SORTING',
  'CIVILITY_CAMPAIGN',
  'EPIDEMIC_DUTY',
  'TRAFFIC_CIVILITY',
  'ENVIRONMENT_CLEANUP',
  'SAFETY_PATROL',
  'ELDERLY_VISIT',
  'OTHER',
];

export default function PostsPage() {
  usePageTitle(t('posts.pageTitle'));
  const { person, acting } = useSignedIn();
  const communityId = acting?.scopeId ?? '';
  const staff = acting?.role === 'CommunitySecretary';
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PostsQuery, variables: { communityId }, pause: !communityId });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch(communityId ? [liveGroups.organisation(communityId), liveGroups.person(person.personId)] : [], refetch);
  const [publishing, setPublishing] = useState(false);
  const [show, setShow] = useState<'open' | 'mine' | 'closed'>('open');
  const now = Date.now();
  const posts = [...(data?.volunteerPosts ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const visible = posts.filter((p) =>
    show === 'mine' ? !!p.mySlot : show === 'closed' ? p.status === 'CLOSED' || Date.parse(p.endsAt) < now : p.status === 'OPEN' && Date.parse(p.endsAt) >= now,
  );

  return (
    <div className="jm-page jm-posts">
      <header className="jm-page__header jm-board__header">
        <div className="jm-board__titles">
          <h1>{t('posts.pageTitle')}</h1>
          <p className="muted">{t(staff ? 'posts.subtitleStaff' : 'posts.subtitle', { scope: acting?.scopeName ?? '' })}</p>
        </div>
        {staff && (
          <div className="jm-board__actions">
            <Button variant="primary" icon={<Icon name="plus" size={18} />} onClick={() => setPublishing(true)}>
              {t('posts.publish')}
            </Button>
          </div>
        )}
      </header>
      <div className="jm-filterbar">
        <div className="jm-segmented" role="group" aria-label={t('posts.viewLabel')}>
          {(['open', 'mine', 'closed'] as const)
            .filter((v) => v !== 'mine' || !staff)
            .map((v) => (
              <button key={v} type="button" className={`jm-segmented__item${show === v ? ' is-active' : ''}`} aria-pressed={show === v} onClick={() => setShow(v)}>
                {t(`posts.view.${v}`)}
              </button>
            ))}
        </div>
      </div>
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Skeleton lines={6} />
      ) : visible.length === 0 ? (
        <EmptyState icon="users" title={t('posts.empty')} description={staff ? t('posts.emptyStaff') : t('posts.emptyHint')} />
      ) : (
        <ul className="jm-postlist">
          {visible.map((p) => (
            <PostCard key={p.id} post={p} staff={staff} refetch={refetch} />
          ))}
        </ul>
      )}
      {publishing && <PublishDialog communityId={communityId} onClose={() => setPublishing(false)} onDone={refetch} />}
    </div>
  );
}

/** One post with the viewer's next step; on the list its title opens the post's page, where `detail` hides the inline holder list. */
export function PostCard({ post, staff, refetch, detail }: { post: PostFieldsFragment; staff: boolean; refetch: () => void; detail?: boolean }) {
  const opts = { onConflict: refetch };
  const claim = useCommand(ClaimSlotMutation, opts);
  const cancel = useCommand(CancelSlotMutation, opts);
  const checkIn = useCommand(CheckInMutation, opts);
  const checkOut = useCommand(CheckOutMutation, opts);
  const close = useCommand(ClosePostMutation, opts);
  const [closing, setClosing] = useState(false);
  const [showHolders, setShowHolders] = useState(false);
  const step = memberStep(post);
  const input = { postId: post.id, expectedVersion: post.version };
  const run = async (cmd: { exec: (i: Record<string, unknown>, m?: string) => Promise<{ data?: unknown }> }, message: string) => {
    const r = await cmd.exec(input, message);
    if (r.data) refetch();
  };
  const ratio = fill(post.slots, post.slotsTaken);
  const sameDay = formatDate(post.startsAt) === formatDate(post.endsAt);
  const error = [claim, cancel, checkIn, checkOut].map((c) => c.error).find((e) => e && e.code !== 'CONFLICT');

  return (
    <li className="jm-post" data-post-id={post.id}>
      <div className="jm-post__head">
        <span className="jm-wish__category">{post.categoryLabel}</span>
        {post.widenedToStreet && <StatusTag tone="info">{t('posts.widened')}</StatusTag>}
        {post.status === 'CLOSED' && <StatusTag>{t('posts.closed')}</StatusTag>}
        {post.mySlot && <StatusTag tone="success" dot>{t('posts.mine')}</StatusTag>}
      </div>
      <h3 className="jm-post__title">{detail ? post.title : <Link to={`/posts/${encodeURIComponent(post.id)}`}>{post.title}</Link>}</h3>
      <p className="jm-post__when">
        <Icon name="calendar" size={16} />
        {sameDay
          ? t('posts.whenSameDay', { date: formatDate(post.startsAt), from: formatTime(post.startsAt), to: formatTime(post.endsAt) })
          : t('posts.when', { from: `${formatDate(post.startsAt)} ${formatTime(post.startsAt)}`, to: `${formatDate(post.endsAt)} ${formatTime(post.endsAt)}` })}
      </p>
      <p className="jm-post__when">
        <Icon name="mapPin" size={16} />
        {post.place}
      </p>
      {post.description && <p className="jm-post__desc">{post.description}</p>}
      <div className="jm-post__slots">
        <div className="jm-meter" aria-hidden="true">
          <span style={{ width: `${ratio * 100}%` }} />
        </div>
        <span className={post.slotsLeft === 0 ? 'jm-post__left is-full' : 'jm-post__left'}>
          {post.slotsLeft === 0 ? t('posts.full', { slots: post.slots }) : t('posts.left', { left: post.slotsLeft, slots: post.slots })}
        </span>
      </div>
      {post.mySlot?.hours != null && <p className="jm-post__hours">{t('posts.hours', { hours: post.mySlot.hours })}</p>}
      {error && (
        <p className="jm-alert jm-alert--error" role="alert">
          {error.message}
        </p>
      )}
      <div className="jm-post__actions">
        {!staff && step === 'claim' && (
          <Button variant="primary" busy={claim.running} onClick={() => void run(claim, t('posts.done.claimed'))}>
            {t('posts.claim')}
          </Button>
        )}
        {!staff && step === 'cancel' && (
          <Button busy={cancel.running} onClick={() => void run(cancel, t('posts.done.cancelled'))}>
            {t('posts.cancel')}
          </Button>
        )}
        {!staff && step === 'checkIn' && (
          <Button variant="primary" busy={checkIn.running} onClick={() => void run(checkIn, t('posts.done.checkedIn'))}>
            {t('posts.checkIn')}
          </Button>
        )}
        {!staff && step === 'checkOut' && (
          <Button variant="primary" busy={checkOut.running} onClick={() => void run(checkOut, t('posts.done.checkedOut'))}>
            {t('posts.checkOut')}
          </Button>
        )}
        {!staff && ['done', 'full', 'closed', 'ended', 'noShow'].includes(step) && <span className="muted">{t(`posts.step.${step as 'done'}`)}</span>}
        {staff && (
          <>
            {!detail && <Button size="sm" aria-expanded={showHolders} onClick={() => setShowHolders((v) => !v)}>
              {t('posts.holders', { count: post.holders?.length ?? post.slotsTaken })}
            </Button>}
            {post.status === 'OPEN' && (
              <Button size="sm" variant="ghost" onClick={() => setClosing(true)}>
                {t('posts.close')}
              </Button>
            )}
          </>
        )}
      </div>
      {staff && showHolders && !detail && (
        <ul className="jm-holders">
          {(post.holders ?? []).length === 0 && <li className="muted">{t('posts.noHolders')}</li>}
          {(post.holders ?? []).map((h) => (
            <li key={h.member.id}>
              <span className="jm-holders__name">{h.member.displayName ?? h.member.id}</span>
              <span className="jm-holders__state">
                {h.noShow
                  ? t('posts.holder.noShow')
                  : h.checkedOutAt
                    ? t('posts.holder.done', { hours: h.hours ?? 0 })
                    : h.checkedInAt
                      ? t('posts.holder.in', { time: formatTime(h.checkedInAt) })
                      : t('posts.holder.claimed')}
              </span>
              <NoShowButton post={post} memberId={h.member.id} checkedIn={!!h.checkedInAt || h.noShow} refetch={refetch} />
            </li>
          ))}
        </ul>
      )}
      <ReasonDialog
        open={closing}
        title={t('posts.closeTitle')}
        label={t('posts.closeReason')}
        required={false}
        confirmLabel={t('posts.close')}
        busy={close.running}
        error={close.error?.message}
        onClose={() => setClosing(false)}
        onSubmit={async (reason) => {
          const r = await close.exec({ ...input, reason: reason || null }, t('posts.done.closed'));
          if (r.data) {
            setClosing(false);
            refetch();
          }
        }}
      />
    </li>
  );
}

/** After a post has ended, staff mark a member who never checked in as absent (缺勤). */
export function NoShowButton({ post, memberId, checkedIn, refetch }: { post: PostFieldsFragment; memberId: string; checkedIn: boolean; refetch: () => void }) {
  const noShow = useCommand(NoShowMutation, { onConflict: refetch });
  if (checkedIn || Date.parse(post.endsAt) >= Date.now()) return null;
  return (
    <Button
      size="sm"
      variant="ghost"
      busy={noShow.running}
      onClick={async () => {
        const r = await noShow.exec({ postId: post.id, memberId, expectedVersion: post.version }, t('posts.done.noShow'));
        if (r.data) refetch();
      }}
    >
      {t('posts.markNoShow')}
    </Button>
  );
}

function PublishDialog({ communityId, onClose, onDone }: { communityId: string; onClose: () => void; onDone: () => void }) {
  const publish = useCommand(PublishPostMutation);
  const [v, setV] = useState({ title: '', place: '', category: '', startsAt: '', endsAt: '', slots: '10', description: '' });
  const [widen, setWiden] = useState(false);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const m = Object.fromEntries((['title', 'place', 'category', 'startsAt', 'endsAt', 'slots'] as const).map((k) => [k, !v[k].trim()]));
    if (!m.startsAt && !m.endsAt && v.endsAt <= v.startsAt) m.endsAt = true;
    setMissing(m);
    if (Object.values(m).some(Boolean)) return;
    const r = await publish.exec(
      {
        communityId,
        title: v.title.trim(),
        place: v.place.trim(),
        category: v.category,
        startsAt: chinaLocalToUtc(v.startsAt),
        endsAt: chinaLocalToUtc(v.endsAt),
        slots: Number(v.slots),
        description: v.description.trim() || null,
        widenToStreet: widen,
      },
      t('posts.done.published'),
    );
    if (r.data) {
      onDone();
      onClose();
    }
  };
  const err = (k: string, words: string) => (missing[k] ? words : publish.fieldError(k));
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('posts.publish')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-post-form" busy={publish.running}>
            {t('posts.publish')}
          </Button>
        </>
      }
    >
      <form id="jm-post-form" className="jm-form" onSubmit={submit} noValidate>
        <Field label={t('posts.form.title')} required error={err('title', t('posts.form.required'))}>
          <Input name="title" value={v.title} maxLength={60} placeholder={t('posts.form.titlePlaceholder')} onChange={set('title')} />
        </Field>
        <div className="jm-formgrid">
          <Field label={t('posts.form.category')} required error={err('category', t('posts.form.required'))}>
            <Select name="category" value={v.category} options={CATEGORIES.map((c) => ({ value: c, label: t(`posts.category.${c}`) }))} onChange={set('category')} />
          </Field>
          <Field label={t('posts.form.slots')} required error={err('slots', t('posts.form.required'))}>
            <Input name="slots" type="number" min={1} max={500} inputMode="numeric" value={v.slots} onChange={set('slots')} />
          </Field>
          <Field label={t('posts.form.startsAt')} required error={err('startsAt', t('posts.form.required'))}>
            <Input name="startsAt" type="datetime-local" value={v.startsAt} onChange={set('startsAt')} />
          </Field>
          <Field label={t('posts.form.endsAt')} required error={err('endsAt', t('posts.form.endAfterStart'))}>
            <Input name="endsAt" type="datetime-local" value={v.endsAt} onChange={set('endsAt')} />
          </Field>
        </div>
        <Field label={t('posts.form.place')} required error={err('place', t('posts.form.required'))}>
          <Input name="place" value={v.place} placeholder={t('posts.form.placePlaceholder')} onChange={set('place')} />
        </Field>
        <Field label={t('posts.form.description')}>
          <TextArea name="description" value={v.description} rows={3} maxLength={500} showCount onChange={set('description')} />
        </Field>
        <label className="jm-check">
          <input type="checkbox" checked={widen} onChange={(e) => setWiden(e.target.checked)} />
          <span>{t('posts.form.widen')}</span>
        </label>
        {publish.error && Object.keys(publish.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error" role="alert">
            {publish.error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}
