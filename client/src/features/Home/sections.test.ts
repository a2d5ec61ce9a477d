import { describe, expect, it } from 'vitest';
import { normaliseGrants } from '@/lib/roles';
import { mergeSection, sectionsFor } from './sections';

const grant = (role: string) => normaliseGrants([{ role, scopeId: 'x', scopeName: 'x' }])[0]!;

describe('home sections', () => {
  it('shows each role the sections of its work', () => {
    expect(sectionsFor(grant('CommunitySecretary')).map((s) => s.key)).toEqual([
      'pendingReview',
      'pendingConfirm',
      'dueSoon',
      'overdue',
    ]);
    expect(sectionsFor(grant('UnitContact')).map((s) => s.key)).toEqual(['pendingConfirm', 'dueSoon', 'overdue']);
    expect(sectionsFor(grant('Member')).map((s) => s.key)).toEqual(['dueSoon', 'overdue']);
    expect(sectionsFor(undefined)).toEqual([]);
  });

  it('merges sources, soonest due first, and keeps the first error', () => {
    const merged = mergeSection([
      { items: [{ id: 'a', title: 'A', to: '/a' }, { id: 'b', title: 'B', due: '2026-03-09', to: '/b' }], fetching: false },
      {
        items: [{ id: 'c', title: 'C', due: '2026-03-02', to: '/c' }],
        fetching: true,
        error: { code: 'INTERNAL', message: 'x', fields: {} },
      },
    ]);
    expect(merged.items.map((i) => i.id)).toEqual(['c', 'b', 'a']);
    expect(merged.fetching).toBe(true);
    expect(merged.error?.code).toBe('INTERNAL');
  });
});
