// Which nav entries a person sees, pure so it can be tested without a browser.
import { allows, type RoleGrant } from '@/lib/roles';
import type { AppPage, NavPlacement } from './pages';

export type NavEntry = Pick<AppPage, 'key' | 'path' | 'roles'> & { nav: NavPlacement };

export const MAX_TABS = 5;
export const ACCOUNT_KEY = 'account';

/** Entries the acting grant may open, in nav order. */
export function navFor(pages: readonly AppPage[], acting: RoleGrant | undefined): NavEntry[] {
  return pages
    .filter((p): p is AppPage & NavEntry => p.nav !== undefined && allows(p.roles, acting))
    .map(({ key, path, roles, nav }): NavEntry => (roles ? { key, path, roles, nav } : { key, path, nav }))
    .sort((a, b) => a.nav.order - b.nav.order || a.key.localeCompare(b.key));
}

/**
 * The phone's bottom bar: tab-marked entries, 我的 always last; when there are more than fit,
 * the overflow goes into 我的's page as a list (returned as `overflow`).
 */
export function tabsFor(pages: readonly AppPage[], acting: RoleGrant | undefined, max = MAX_TABS): { tabs: NavEntry[]; overflow: NavEntry[] } {
  const entries = navFor(pages, acting);
  const account = entries.find((e) => e.key === ACCOUNT_KEY);
  const candidates = entries.filter((e) => e.key !== ACCOUNT_KEY);
  const marked = candidates.filter((e) => e.nav.tab);
  const room = account ? max - 1 : max;
  const tabs = marked.slice(0, room);
  const overflow = candidates.filter((e) => !tabs.includes(e));
  return { tabs: account ? [...tabs, account] : tabs, overflow };
}

/** The nav entry a path belongs to: the longest path that is a prefix at a segment boundary. */
export function activeKey(entries: readonly Pick<NavEntry, 'key' | 'path'>[], pathname: string): string | undefined {
  let best: { key: string; len: number } | undefined;
  for (const e of entries) {
    const matches =
      e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(e.path.endsWith('/') ? e.path : `${e.path}/`);
    if (matches && (!best || e.path.length > best.len)) best = { key: e.key, len: e.path.length };
  }
  return best?.key;
}

/** Where to go after sign-in: only same-site paths, never back to /login or an external URL. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return '/';
  return next;
}
