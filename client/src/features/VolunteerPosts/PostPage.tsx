// One volunteer post, deep-linkable from the list and from mails: when and where, slots left, the viewer's
// next step (claim, cancel, check in and out), and for community staff the roster — who claimed, when they
// checked in and out, hours served, no-shows. Live on the community and on the viewer.
import { Link, useParams } from 'react-router';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { useLiveQuery } from '@/features/Meetings/common/Board';
import type { PostFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatDateTime, formatTime } from '@/lib/format';
import { liveGroups } from '@/live/useLive';
import { Card, DataTable, EmptyState, ErrorState, Icon, Skeleton, StatusTag, type Column } from '@/ui';
import { PostQuery } from './documents';
import { rosterSummary } from './postLogic';
import { NoShowButton, PostCard } from './PostsPage';
import './posts.css';

type Holder = NonNullable<PostFieldsFragment['holders']>[number];

export default function PostPage() {
  const { id = '' } = useParams();
  const { person, acting } = useSignedIn();
  const staff = acting?.role === 'CommunitySecretary';
  const { data, fetching, error, refetch } = useLiveQuery(PostQuery, { id }, [
    liveGroups.person(person.personId),
    ...(acting ? [liveGroups.organisation(acting.scopeId)] : []),
  ]);
  const post = data?.volunteerPost;
  usePageTitle(post?.title ?? t('posts.detail.pageTitle'));
  const back = (
    <Link to="/posts" className="jm-backlink">
      <Icon name="chevronLeft" size={16} />
      {t('posts.detail.back')}
    </Link>
  );
  if (error && !data)
    return (
      <div className="jm-page">
        {back}
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      </div>
    );
  if (!post)
    return (
      <div className="jm-page">
        {back}
        {fetching || !data ? <Skeleton lines={8} /> : <EmptyState icon="users" title={t('posts.detail.notFound')} description={t('posts.detail.notFoundHint')} />}
      </div>
    );
  return (
    <div className="jm-page jm-posts jm-postpage" data-post-id={post.id}>
      {back}
      <ul className="jm-postlist">
        <PostCard post={post} staff={staff} refetch={refetch} detail />
      </ul>
      {staff ? <Roster post={post} refetch={refetch} /> : <MySlot post={post} />}
    </div>
  );
}

const none = () => t('posts.detail.none');
const time = (at: string | null | undefined) => (at ? formatDateTime(at) : none());

function Roster({ post, refetch }: { post: PostFieldsFragment; refetch: () => void }) {
  const ended = Date.parse(post.endsAt) < Date.now();
  const holders = post.holders ?? [];
  const sum = rosterSummary(holders);
  const columns: Column<Holder>[] = [
    { key: 'member', header: t('posts.detail.col.member'), primary: true, render: (h) => h.member.displayName ?? h.member.id },
    { key: 'claimedAt', header: t('posts.detail.col.claimedAt'), render: (h) => formatDateTime(h.claimedAt), hideOnPhone: true },
    { key: 'in', header: t('posts.detail.col.checkedInAt'), render: (h) => (h.checkedInAt ? formatTime(h.checkedInAt) : none()) },
    { key: 'out', header: t('posts.detail.col.checkedOutAt'), render: (h) => (h.checkedOutAt ? formatTime(h.checkedOutAt) : none()) },
    { key: 'hours', header: t('posts.detail.col.hours'), align: 'end', render: (h) => (h.hours != null ? t('posts.detail.hoursValue', { hours: h.hours }) : none()) },
    {
      key: 'state',
      header: t('posts.detail.col.state'),
      render: (h) =>
        h.noShow ? (
          <StatusTag tone="danger">{t('posts.holder.noShow')}</StatusTag>
        ) : h.checkedOutAt ? (
          <StatusTag tone="success">{t('posts.holder.done', { hours: h.hours ?? 0 })}</StatusTag>
        ) : h.checkedInAt ? (
          <StatusTag tone="info">{t('posts.holder.in', { time: formatTime(h.checkedInAt) })}</StatusTag>
        ) : (
          <StatusTag>{t('posts.holder.claimed')}</StatusTag>
        ),
    },
    ...(ended
      ? [{ key: 'act', header: '', render: (h: Holder) => <NoShowButton post={post} memberId={h.member.id} checkedIn={!!h.checkedInAt || h.noShow} refetch={refetch} /> }]
      : []),
  ];
  return (
    <Card title={t('posts.detail.roster')} description={t('posts.detail.rosterHint')}>
      <dl className="jm-rostersum">
        {(['claimed', 'checkedIn', 'done', 'noShow'] as const).map((k) => (
          <div key={k}>
            <dt>{t(`posts.detail.summary.${k}`)}</dt>
            <dd>{sum[k]}</dd>
          </div>
        ))}
        <div>
          <dt>{t('posts.detail.summary.hours')}</dt>
          <dd>{t('posts.detail.hoursValue', { hours: sum.hours })}</dd>
        </div>
      </dl>
      <DataTable
        caption={t('posts.detail.roster')}
        hideCaption
        columns={columns}
        rows={holders}
        rowKey={(h) => h.member.id}
        empty={<EmptyState compact icon="users" title={t('posts.noHolders')} />}
      />
    </Card>
  );
}

function MySlot({ post }: { post: PostFieldsFragment }) {
  const slot = post.mySlot;
  return (
    <Card title={t('posts.detail.mySlot')}>
      {!slot ? (
        <p className="muted">{t('posts.detail.notClaimed')}</p>
      ) : (
        <dl className="jm-dl jm-dl--wide">
          <dt>{t('posts.detail.col.claimedAt')}</dt>
          <dd>{time(slot.claimedAt)}</dd>
          <dt>{t('posts.detail.col.checkedInAt')}</dt>
          <dd>{time(slot.checkedInAt)}</dd>
          <dt>{t('posts.detail.col.checkedOutAt')}</dt>
          <dd>{time(slot.checkedOutAt)}</dd>
          <dt>{t('posts.detail.col.hours')}</dt>
          <dd>{slot.noShow ? t('posts.holder.noShow') : slot.hours != null ? t('posts.detail.hoursValue', { hours: slot.hours }) : none()}</dd>
        </dl>
      )}
    </Card>
  );
}
