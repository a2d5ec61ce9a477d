// Colours for the cycle's states: the words come from i18n, the tone only supports them.
import type { Tone } from '@/ui';

export function needStatusTone(status: string): Tone {
  switch (status) {
    case 'OPEN':
      return 'info';
    case 'CLAIM_PENDING':
      return 'warning';
    case 'CLAIMED':
      return 'success';
    default:
      return 'neutral';
  }
}

export function claimTone(status: string): Tone {
  switch (status) {
    case 'PENDING':
      return 'warning';
    case 'CONFIRMED':
    case 'FULFILLED':
      return 'success';
    case 'DECLINED':
      return 'danger';
    default:
      return 'neutral';
  }
}

export function urgencyTone(urgency: string): Tone {
  return urgency === 'URGENT' ? 'danger' : urgency === 'HIGH' ? 'warning' : 'neutral';
}

export function projectStatusTone(status: string): Tone {
  switch (status) {
    case 'APPROVED':
      return 'success';
    case 'PROPOSED':
      return 'info';
    case 'DEFERRED':
      return 'warning';
    case 'REJECTED':
      return 'danger';
    case 'COMPLETED':
      return 'brand';
    default:
      return 'neutral';
  }
}

export function phaseTone(phase: string): Tone {
  switch (phase) {
    case 'UPCOMING':
      return 'info';
    case 'IN_PROGRESS':
      return 'brand';
    case 'HELD':
      return 'success';
    default:
      return 'neutral';
  }
}

/** Case-insensitive "contains" over several texts; an empty query matches everything. */
export function matchesText(query: string, ...texts: (string | null | undefined)[]): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return texts.some((x) => !!x && x.toLowerCase().includes(q));
}

/** Server `reason` "类别匹配 · 同社区 · 容量充足" → the separate reasons. */
export function splitReasons(reason: string): string[] {
  return reason
    .split(/\s*[\u00b7\u2022;\uff1b,\uff0c]\s*/)
    .map((r) => r.trim())
    .filter(Boolean);
}
