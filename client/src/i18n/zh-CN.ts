// Every string the interface shows lives under i18n/: the shell's in zh-CN/core.ts, each feature's in
// zh-CN/<Feature>.ts (a group named after the feature, plus its nav labels), merged here.
// Placeholders are written {name}; t() fills them. A new language is one more dictionary typed as Messages.
import { ActionItems } from './zh-CN/ActionItems';
import { Agreements } from './zh-CN/Agreements';
import { core } from './zh-CN/core';
import { Accounts } from './zh-CN/Accounts';
import { Privacy } from './zh-CN/Privacy';
import { MicroWishes } from './zh-CN/MicroWishes';
import { Organisations } from './zh-CN/Organisations';
import { ScheduledJobs } from './zh-CN/ScheduledJobs';
import { VolunteerPosts } from './zh-CN/VolunteerPosts';
import { Points } from './zh-CN/Points';
import { Cycle } from './zh-CN/Cycle';
import { Figures } from './zh-CN/Figures';
import { Meetings } from './zh-CN/Meetings';
import { Needs } from './zh-CN/Needs';
import { Projects } from './zh-CN/Projects';
import { Resources } from './zh-CN/Resources';
import { Reporting } from './zh-CN/Reporting';
import { Committees } from './zh-CN/Committees';
import { Imports } from './zh-CN/Imports';

export const zhCN = {
  ...core,
  cycle: Cycle.cycle,
  needs: Needs.needs,
  resources: Resources.resources,
  projects: Projects.projects,
  agreements: Agreements.agreements,
  meetings: Meetings.meetings,
  actionItems: ActionItems.actionItems,
  figures: Figures.figures,
  scorecard: Figures.scorecard,
  accountSecurity: Accounts.accountSecurity,
  accountsAdmin: Accounts.accountsAdmin,
  privacy: Privacy.privacy,
  microWishes: MicroWishes.microWishes,
  orgs: Organisations.orgs,
  jobs: ScheduledJobs.jobs,
  posts: VolunteerPosts.posts,
  points: Points.points,
  reporting: Reporting.reporting,
  committees: Committees.committees,
  imports: Imports.imports,
  nav: {
    ...core.nav,
    ...Accounts.nav,
    ...Privacy.nav,
    ...MicroWishes.nav,
    ...Organisations.nav,
    ...ScheduledJobs.nav,
    ...VolunteerPosts.nav,
    ...Points.nav,
    ...Needs.nav,
    ...Resources.nav,
    ...Projects.nav,
    ...Agreements.nav,
    ...Meetings.nav,
    ...ActionItems.nav,
    ...Figures.nav,
    ...Reporting.nav,
    ...Committees.nav,
    ...Imports.nav,
  },
} as const;

/** The shape every language file must have: same keys, any strings. */
export type Messages = Widen<typeof zhCN>;

type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Widen<T[K]> };
