import { describe, expect, it } from 'vitest';
import { filterSupervision, historyNewestFirst, supervisionSummary } from './supervision';

const items = [
  { id: 'later', status: 'OPEN', overdue: false, dueDate: '2026-04-30' },
  { id: 'late', status: 'OPEN', overdue: true, dueDate: '2026-02-01' },
  { id: 'soon', status: 'OPEN', overdue: false, dueDate: '2026-03-08' },
  { id: 'done', status: 'COMPLETED', overdue: false, dueDate: '2026-01-10' },
  { id: 'gone', status: 'DROPPED', overdue: false, dueDate: '2026-01-11' },
];

describe('supervision board', () => {
  it('puts overdue items first, then the soonest due', () => {
    expect(filterSupervision(items, 'open').map((i) => i.id)).toEqual(['late', 'soon', 'later']);
    expect(filterSupervision(items, 'all').map((i) => i.id)).toEqual(['late', 'done', 'gone', 'soon', 'later']);
  });
  it('filters by state', () => {
    expect(filterSupervision(items, 'overdue').map((i) => i.id)).toEqual(['late']);
    expect(filterSupervision(items, 'done').map((i) => i.id)).toEqual(['done']);
    expect(filterSupervision(items, 'dropped').map((i) => i.id)).toEqual(['gone']);
  });
  it('counts the summary tiles', () => {
    expect(supervisionSummary(items, '2026-03-05T02:00:00Z')).toEqual({ open: 3, overdue: 1, dueSoon: 1, done: 1 });
  });
});

describe('action item history', () => {
  it('reads newest first and keeps one line per version', () => {
    const lines = [
      { version: 1, at: '2026-03-01T02:00:00Z', action: '生成督办事项' },
      { version: 3, at: '2026-03-05T02:00:00Z', action: '办结' },
      { version: 2, at: '2026-03-03T02:00:00Z', action: '更新进度' },
      { version: 2, at: '2026-03-03T02:00:00Z', action: '重复' },
    ];
    expect(historyNewestFirst(lines).map((h) => h.action)).toEqual(['办结', '更新进度', '生成督办事项']);
    expect(historyNewestFirst([])).toEqual([]);
  });
});
