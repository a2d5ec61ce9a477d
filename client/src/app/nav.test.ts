import { describe, expect, it } from 'vitest';
import { normaliseGrants } from '@/lib/roles';
import { activeKey, navFor, safeNext, tabsFor } from './nav';
import { PAGES, type AppPage } from './pages';

const load = () => Promise.resolve({ default: () => null });
const page = (key: string, order: number, extra: Partial<AppPage> = {}): AppPage => ({
  key,
  path: `/${key}`,
  load,
  nav: { label: 'nav.home', icon: 'home', order, tab: true },
  ...extra,
});

const fixture: AppPage[] = [
  { key: 'home', path: '/', load, nav: { label: 'nav.home', icon: 'home', order: 0, tab: true } },
  page('account', 1000),
  page('meetings', 20, { roles: ['StreetSecretary', 'CommunitySecretary', 'UnitContact'] }),
  page('wishes', 10, { roles: ['CommunitySecretary', 'Member'] }),
  page('needs', 30, { roles: ['CommunitySecretary', 'UnitContact'] }),
  page('projects', 40, { roles: ['CommunitySecretary'] }),
  page('points', 50, { roles: ['CommunitySecretary', 'Member'], nav: { label: 'nav.home', icon: 'star', order: 50 } }),
  { key: 'detail', path: '/wishes/:id', load, roles: ['Member'] },
];

const grants = normaliseGrants([
  { role: 'CommunitySecretary', scopeId: 'c1', scopeName: '幸福里社区' },
  { role: 'Member', scopeId: 'c1', scopeName: '幸福里社区' },
  { role: 'UnitContact', scopeId: 'u1', scopeName: '区人民医院' },
]);
const byRole = (role: string) => grants.find((g) => g.role === role)!;
const secretary = byRole('CommunitySecretary');
const member = byRole('Member');
const unit = byRole('UnitContact');

describe('navFor', () => {
  it('lists what the acting role may open, in order, without pages that have no nav place', () => {
    expect(navFor(fixture, member).map((e) => e.key)).toEqual(['home', 'wishes', 'points', 'account']);
    expect(navFor(fixture, unit).map((e) => e.key)).toEqual(['home', 'meetings', 'needs', 'account']);
    expect(navFor(fixture, secretary).map((e) => e.key)).toEqual([
      'home',
      'wishes',
      'meetings',
      'needs',
      'projects',
      'points',
      'account',
    ]);
  });

  it('shows only open pages to a person without grants', () => {
    expect(navFor(fixture, undefined).map((e) => e.key)).toEqual(['home', 'account']);
  });

  it('gives every role a home and an account in the real page list', () => {
    for (const g of [secretary, member, unit]) {
      const keys = navFor(PAGES, g).map((e) => e.key);
      expect(keys[0]).toBe('home');
      expect(keys.at(-1)).toBe('account');
    }
  });
});

describe('tabsFor', () => {
  it('keeps 我的 last and moves what does not fit into overflow', () => {
    const { tabs, overflow } = tabsFor(fixture, secretary);
    expect(tabs.map((e) => e.key)).toEqual(['home', 'wishes', 'meetings', 'needs', 'account']);
    expect(overflow.map((e) => e.key)).toEqual(['projects', 'points']);
  });

  it('puts pages not marked as tabs in overflow even when there is room', () => {
    const { tabs, overflow } = tabsFor(fixture, member);
    expect(tabs.map((e) => e.key)).toEqual(['home', 'wishes', 'account']);
    expect(overflow.map((e) => e.key)).toEqual(['points']);
  });
});

describe('activeKey', () => {
  const entries = [
    { key: 'home', path: '/' },
    { key: 'wishes', path: '/wishes' },
    { key: 'wishReview', path: '/wishes/review' },
  ];
  it('matches the longest path at a segment boundary', () => {
    expect(activeKey(entries, '/')).toBe('home');
    expect(activeKey(entries, '/wishes')).toBe('wishes');
    expect(activeKey(entries, '/wishes/abc')).toBe('wishes');
    expect(activeKey(entries, '/wishes/review')).toBe('wishReview');
    expect(activeKey(entries, '/wishesx')).toBeUndefined();
    expect(activeKey(entries, '/elsewhere')).toBeUndefined();
  });
});

describe('safeNext', () => {
  it('only follows same-site paths and never loops back to login', () => {
    expect(safeNext('/meetings/1?tab=minutes')).toBe('/meetings/1?tab=minutes');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
  });
});
