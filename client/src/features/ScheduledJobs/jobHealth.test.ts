import { describe, expect, it } from 'vitest';
import { jobHealth, shortKey, sortJobs } from './jobHealth';

describe('scheduled jobs', () => {
  it('tells health from the counters', () => {
    expect(jobHealth({ consecutiveFailures: 2, failureCount: 2, runCount: 5 })).toBe('failing');
    expect(jobHealth({ consecutiveFailures: 0, failureCount: 1, runCount: 5 })).toBe('recovered');
    expect(jobHealth({ consecutiveFailures: 0, failureCount: 0, runCount: 0 })).toBe('never');
    expect(jobHealth({ consecutiveFailures: 0, failureCount: 0, runCount: 3 })).toBe('ok');
  });
  it('puts failing jobs first, then the next to fire', () => {
    const jobs = [
      { key: 'a', consecutiveFailures: 0, nextFireTime: '2026-05-01T10:00:00Z' },
      { key: 'b', consecutiveFailures: 0, nextFireTime: null },
      { key: 'c', consecutiveFailures: 0, nextFireTime: '2026-05-01T09:00:00Z' },
      { key: 'd', consecutiveFailures: 1, nextFireTime: '2026-05-02T00:00:00Z' },
    ];
    expect(sortJobs(jobs).map((j) => j.key)).toEqual(['d', 'c', 'a', 'b']);
  });
  it('shortens Quartz keys', () => {
    expect(shortKey('DEFAULT.mail-outbox')).toBe('mail-outbox');
    expect(shortKey('plain')).toBe('plain');
  });
});
