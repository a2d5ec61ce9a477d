// Pure rules the wish pages share: which actions a viewer has on a wish, status colours, photo checks,
// the claim countdown. Kept free of React so they are unit-tested.
import { t } from '@/i18n';
import type { Role } from '@/lib/roles';
import type { Tone } from '@/ui/StatusTag';

export type WishStatusCode = 'SUBMITTED' | 'PUBLISHED' | 'REJECTED' | 'CLAIMED' | 'FULFILLED' | 'CLOSED' | 'CANCELLED';

export const WISH_STATUSES: readonly WishStatusCode[] = ['SUBMITTED', 'PUBLISHED', 'CLAIMED', 'FULFILLED', 'CLOSED', 'REJECTED', 'CANCELLED'];

export const WISH_CATEGORIES = [
  'ELDER_CARE',
  'DISABILITY_AID',
  'STUDY_AID',
  'REPAIR',
  'MEDICAL',
  'LEGAL',
  'PSYCHOLOGICAL',
  'DAILY_SUPPLIES',
  'OTHER',
] as const;
export type WishCategoryCode = (typeof WISH_CATEGORIES)[number];

export function statusTone(status: WishStatusCode): Tone {
  switch (status) {
    case 'SUBMITTED':
      return 'warning';
    case 'PUBLISHED':
      return 'brand';
    case 'CLAIMED':
      return 'info';
    case 'FULFILLED':
      return 'warning';
    case 'CLOSED':
      return 'success';
    default:
      return 'neutral';
  }
}

export type WishAction = 'publish' | 'reject' | 'claim' | 'release' | 'fulfil' | 'confirm' | 'dispute' | 'cancel' | 'push';

export interface WishForActions {
  status: WishStatusCode;
  communityId: string;
  claimant?: { id: string } | null;
  viewerCanClaim: boolean;
}

/**
 * What the acting person may do with a wish right now. The server decides in the end; this only keeps
 * buttons that would be refused off the screen. Community staff act for the resident; the claimant for themself.
 */
export function wishActions(wish: WishForActions, role: Role | undefined, personId: string): WishAction[] {
  const staff = role === 'CommunitySecretary';
  const mine = wish.claimant?.id === personId;
  const out: WishAction[] = [];
  switch (wish.status) {
    case 'SUBMITTED':
      if (staff) out.push('publish', 'reject');
      break;
    case 'PUBLISHED':
      if (wish.viewerCanClaim && !staff) out.push('claim');
      if (staff) out.push('push', 'cancel');
      break;
    case 'CLAIMED':
      if (mine) out.push('fulfil', 'release');
      if (staff) out.push('cancel');
      break;
    case 'FULFILLED':
      if (staff) out.push('confirm', 'dispute');
      break;
    default:
      break;
  }
  return out;
}

/** The server's limits for POST /uploads/photos (5 MB, JPEG/PNG/WebP), checked before sending. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_COUNT = 6;

export type PhotoProblem = 'type' | 'size' | 'empty';

export function checkPhoto(file: { type: string; size: number }): PhotoProblem | undefined {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > PHOTO_MAX_BYTES) return 'size';
  return undefined;
}

/** 1.2 MB / 340 KB */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export interface Countdown {
  overdue: boolean;
  days: number;
  hours: number;
  tone: Tone;
}

/** Time left on a claim: whole days and hours; under a day is a warning, past due is danger. */
export function countdown(dueAt: string, now: number = Date.now()): Countdown {
  const ms = new Date(dueAt).getTime() - now;
  const overdue = ms < 0;
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86_400_000);
  const hours = Math.floor((abs % 86_400_000) / 3_600_000);
  const tone: Tone = overdue ? 'danger' : ms < 86_400_000 ? 'warning' : ms < 3 * 86_400_000 ? 'info' : 'neutral';
  return { overdue, days, hours, tone };
}

/** Wall filters from the URL's query string, tolerating anything unknown. */
export function parseWallFilters(search: URLSearchParams): { status?: WishStatusCode; category?: WishCategoryCode; view: 'all' | 'forMe' } {
  const s = search.get('status');
  const c = search.get('category');
  return {
    ...(s && (WISH_STATUSES as readonly string[]).includes(s) ? { status: s as WishStatusCode } : {}),
    ...(c && (WISH_CATEGORIES as readonly string[]).includes(c) ? { category: c as WishCategoryCode } : {}),
    view: search.get('view') === 'forMe' ? 'forMe' : 'all',
  };
}

export interface WishFormValues {
  title: string;
  category: string;
  description: string;
  estimatedValue: string;
  residentName: string;
  residentPhone: string;
  residentAddress: string;
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** Client-side checks before submitting a wish (the server checks again). */
export function validateWishForm(v: WishFormValues): Partial<Record<keyof WishFormValues, string>> {
  const out: Partial<Record<keyof WishFormValues, string>> = {};
  const need = (k: keyof WishFormValues, label: string) => {
    if (!v[k].trim()) out[k] = t('microWishes.form.required', { field: label });
  };
  need('title', t('microWishes.form.title'));
  need('category', t('microWishes.form.category'));
  need('description', t('microWishes.form.description'));
  need('estimatedValue', t('microWishes.form.value'));
  need('residentName', t('microWishes.form.residentName'));
  need('residentPhone', t('microWishes.form.residentPhone'));
  need('residentAddress', t('microWishes.form.residentAddress'));
  if (!out.estimatedValue && !(Number(v.estimatedValue) >= 0 && Number.isFinite(Number(v.estimatedValue)))) out.estimatedValue = t('microWishes.form.badValue');
  if (!out.residentPhone && !PHONE.test(v.residentPhone.trim().replace(/\s/g, ''))) out.residentPhone = t('microWishes.form.badPhone');
  return out;
}
