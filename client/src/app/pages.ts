// Every page of the app in one list: its path, who may open it, how it loads, and its place in the nav.
// A feature adds a page by adding one entry here (see client/README.md).
import type { ComponentType } from 'react';
import type { MessageKey } from '@/i18n';
import type { Role } from '@/lib/roles';
import type { IconName } from '@/ui/Icon';
import { CYCLE_ROLES, SECRETARY_ROLES } from '@/features/Meetings/common/scope';

export interface NavPlacement {
  label: MessageKey;
  icon: IconName;
  /** Lower comes first. */
  order: number;
  /** Also a tab in the phone's bottom bar (at most four besides 我的). */
  tab?: boolean;
}

export interface AppPage {
  key: string;
  path: string;
  /** Acting roles that may open the page; absent = anyone signed in. */
  roles?: readonly Role[];
  load: () => Promise<{ default: ComponentType }>;
  nav?: NavPlacement;
}

export const PAGES: readonly AppPage[] = [
  {
    key: 'home',
    path: '/',
    load: () => import('@/features/Home/HomePage'),
    nav: { label: 'nav.home', icon: 'home', order: 0, tab: true },
  },
  {
    key: 'account',
    path: '/account',
    load: () => import('@/features/Accounts/AccountPage'),
    nav: { label: 'nav.account', icon: 'user', order: 1000, tab: true },
  },
  // The joint-meeting cycle (一书三单): boards, meetings, supervision, figures.
  {
    key: 'meetings',
    path: '/meetings',
    roles: CYCLE_ROLES,
    load: () => import('@/features/Meetings/MeetingsPage'),
    nav: { label: 'nav.meetings', icon: 'calendar', order: 10, tab: true },
  },
  { key: 'meeting', path: '/meetings/:id', roles: CYCLE_ROLES, load: () => import('@/features/Meetings/MeetingPage') },
  {
    key: 'supervision',
    path: '/supervision',
    roles: CYCLE_ROLES,
    load: () => import('@/features/ActionItems/SupervisionPage'),
    nav: { label: 'nav.supervision', icon: 'flag', order: 12, tab: true },
  },
  { key: 'actionItem', path: '/action-items/:id', roles: CYCLE_ROLES, load: () => import('@/features/ActionItems/ActionItemPage') },
  {
    key: 'needs',
    path: '/needs',
    roles: CYCLE_ROLES,
    load: () => import('@/features/Needs/NeedsPage'),
    nav: { label: 'nav.needs', icon: 'clipboard', order: 20, tab: true },
  },
  { key: 'need', path: '/needs/:id', roles: CYCLE_ROLES, load: () => import('@/features/Needs/NeedDetailPage') },
  {
    key: 'resources',
    path: '/resources',
    roles: CYCLE_ROLES,
    load: () => import('@/features/Resources/ResourcesPage'),
    nav: { label: 'nav.resources', icon: 'package', order: 21 },
  },
  {
    key: 'projects',
    path: '/projects',
    roles: CYCLE_ROLES,
    load: () => import('@/features/Projects/ProjectsPage'),
    nav: { label: 'nav.projects', icon: 'briefcase', order: 22 },
  },
  {
    key: 'agreements',
    path: '/agreements',
    roles: CYCLE_ROLES,
    load: () => import('@/features/Agreements/AgreementsPage'),
    nav: { label: 'nav.agreements', icon: 'fileText', order: 23 },
  },
  {
    key: 'figures',
    path: '/figures',
    roles: SECRETARY_ROLES,
    load: () => import('@/features/Meetings/FiguresPage'),
    nav: { label: 'nav.figures', icon: 'barChart', order: 30 },
  },
  {
    key: 'scorecard',
    path: '/scorecard',
    roles: ['UnitContact'],
    load: () => import('@/features/Meetings/ScorecardPage'),
    nav: { label: 'nav.scorecard', icon: 'award', order: 30 },
  },
  { key: 'unitScorecard', path: '/scorecard/:unitId', roles: CYCLE_ROLES, load: () => import('@/features/Meetings/ScorecardPage') },
  // 微心愿, volunteer posts, points (members and community staff).
  {
    key: 'wishes',
    path: '/wishes',
    roles: ['CommunitySecretary', 'Member'],
    load: () => import('@/features/MicroWishes/WishWallPage'),
    nav: { label: 'nav.wishes', icon: 'star', order: 5, tab: true },
  },
  { key: 'wishNew', path: '/wishes/new', roles: ['CommunitySecretary'], load: () => import('@/features/MicroWishes/WishFormPage') },
  { key: 'wish', path: '/wishes/:id', roles: ['CommunitySecretary', 'Member'], load: () => import('@/features/MicroWishes/WishDetailPage') },
  {
    key: 'myClaims',
    path: '/my-claims',
    roles: ['Member'],
    load: () => import('@/features/MicroWishes/MyClaimsPage'),
    nav: { label: 'nav.myClaims', icon: 'checkCircle', order: 6, tab: true },
  },
  {
    key: 'posts',
    path: '/posts',
    roles: ['CommunitySecretary', 'Member'],
    load: () => import('@/features/VolunteerPosts/PostsPage'),
    nav: { label: 'nav.posts', icon: 'users', order: 7, tab: true },
  },
  { key: 'post', path: '/posts/:id', roles: ['CommunitySecretary', 'Member'], load: () => import('@/features/VolunteerPosts/PostPage') },
  {
    key: 'points',
    path: '/points',
    // The district admin comes for 重算积分 and the district's board.
    roles: ['Member', 'CommunitySecretary', 'StreetSecretary', 'DistrictAdmin'],
    load: () => import('@/features/Points/PointsPage'),
    nav: { label: 'nav.points', icon: 'award', order: 30, tab: true },
  },
  // 双报到: a member's own report, a unit's report, the secretaries' approvals.
  {
    key: 'myReport',
    path: '/reporting',
    // Anyone signed in: the Member role itself follows an approved report, and contacts and secretaries report too.
    load: () => import('@/features/Reporting/MyReportPage'),
    nav: { label: 'nav.myReport', icon: 'flag', order: 40 },
  },
  {
    key: 'unitReport',
    path: '/reporting/unit',
    roles: ['UnitContact'],
    load: () => import('@/features/Reporting/UnitReportsPage'),
    nav: { label: 'nav.unitReport', icon: 'flag', order: 40 },
  },
  {
    key: 'reportApprovals',
    path: '/reporting/approvals',
    roles: SECRETARY_ROLES,
    load: () => import('@/features/Reporting/ApprovalsPage'),
    nav: { label: 'nav.approvals', icon: 'checkCircle', order: 75 },
  },
  { key: 'reportRegister', path: '/reporting/register', roles: ['CommunitySecretary'], load: () => import('@/features/Reporting/RegisterForMemberPage') },
  {
    key: 'serviceReports',
    path: '/reporting/service',
    roles: ['UnitContact', 'StreetSecretary', 'DistrictAdmin'],
    load: () => import('@/features/Reporting/ServiceReportsPage'),
    nav: { label: 'nav.serviceReports', icon: 'fileText', order: 41 },
  },
  // Joint committees: members, part-time appointments, cadence.
  {
    key: 'committees',
    path: '/committees',
    roles: SECRETARY_ROLES,
    load: () => import('@/features/Committees/CommitteesPage'),
    nav: { label: 'nav.committees', icon: 'users', order: 11 },
  },
  { key: 'committee', path: '/committees/:id', roles: SECRETARY_ROLES, load: () => import('@/features/Committees/CommitteePage') },
  {
    key: 'organisations',
    path: '/organisations',
    roles: ['DistrictAdmin', 'StreetSecretary', 'CommunitySecretary'],
    load: () => import('@/features/Organisations/OrganisationsPage'),
    nav: { label: 'nav.organisations', icon: 'list', order: 80 },
  },
  {
    key: 'imports',
    path: '/imports',
    roles: SECRETARY_ROLES,
    load: () => import('@/features/Imports/ImportPage'),
    nav: { label: 'nav.imports', icon: 'upload', order: 85 },
  },
  // 账号管理 (secretaries over the accounts' organisations) and the privacy audit (district admin).
  {
    key: 'accountsAdmin',
    path: '/admin/accounts',
    roles: SECRETARY_ROLES,
    load: () => import('@/features/Accounts/AccountsAdminPage'),
    nav: { label: 'nav.accountsAdmin', icon: 'user', order: 86 },
  },
  { key: 'accountAdmin', path: '/admin/accounts/:id', roles: SECRETARY_ROLES, load: () => import('@/features/Accounts/AccountDetailPage') },
  {
    key: 'privacyViews',
    path: '/admin/privacy',
    roles: ['DistrictAdmin'],
    load: () => import('@/features/Privacy/PrivacyViewsPage'),
    nav: { label: 'nav.privacy', icon: 'shield', order: 87 },
  },
  {
    key: 'jobs',
    path: '/admin/jobs',
    roles: ['DistrictAdmin'],
    load: () => import('@/features/ScheduledJobs/ScheduledJobsPage'),
    nav: { label: 'nav.jobs', icon: 'clock', order: 90, tab: true },
  },
];
