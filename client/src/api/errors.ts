// One place that turns what the server says went wrong into Chinese sentences (API.md: extensions.code).
import { t, tryT, type MessageKey } from '@/i18n';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

/** The server's codes plus what only the client can see (no answer, a malformed request). */
export type ErrorCode = (typeof ERROR_CODES)[number] | 'NETWORK' | 'BAD_REQUEST';

export interface AppError {
  code: ErrorCode;
  /** A sentence to show the person. */
  message: string;
  /** Sentences per input name (VALIDATION), keyed by the form's field names ('input.' stripped). */
  fields: Record<string, string>;
  /** Sign-in specifics: why authentication failed. */
  reason?: 'WRONG_PASSWORD' | 'LOCKED_OUT';
  retryAfterSeconds?: number;
  /** CONFLICT: the version the server now has, to reload and retry against. */
  currentVersion?: number;
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown> | null;
}

/** Structural view of urql's CombinedError, so the mapper works on plain objects too. */
export interface ErrorSource {
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: Error | null;
  response?: { status?: number } | null;
}

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined;

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

function normaliseCode(raw: unknown): ErrorCode {
  const code = typeof raw === 'string' ? raw.toUpperCase() : '';
  if ((ERROR_CODES as readonly string[]).includes(code)) return code as ErrorCode;
  // graphql-http answers document errors with 400 and codes such as GRAPHQL_VALIDATION_FAILED.
  if (code.startsWith('GRAPHQL_') || code === 'BAD_USER_INPUT' || code === 'BAD_REQUEST') return 'BAD_REQUEST';
  if (code === 'LOCKED_OUT') return 'UNAUTHENTICATED';
  return 'INTERNAL';
}

function stripInput(path: string): string {
  return path.replace(/^input\./, '');
}

/** A field message: the server's own words if Chinese, else the words for its code, else generic. */
function fieldMessage(code: unknown, message: unknown): string {
  if (typeof message === 'string' && hasChinese(message)) return message;
  if (typeof code === 'string') {
    const known = tryT(`fieldErrors.${code.toUpperCase()}`);
    if (known) return known;
  }
  return t('fieldErrors.generic');
}

/**
 * extensions.fields may be ['title'], {title: 'REQUIRED'}, {title: '标题不能为空'}
 * or [{field|name|path, code?, message?}]; all become {title: sentence}.
 */
export function mapFieldErrors(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (name: unknown, code?: unknown, message?: unknown) => {
    const key = Array.isArray(name) ? name.join('.') : name;
    if (typeof key === 'string' && key && !(stripInput(key) in out)) out[stripInput(key)] = fieldMessage(code, message);
  };
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (typeof item === 'string') put(item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        put(o.field ?? o.name ?? o.path, o.code, o.message);
      }
    }
  } else if (raw && typeof raw === 'object') {
    for (const [name, value] of Object.entries(raw)) {
      if (typeof value === 'string') put(name, value, value);
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        put(name, o.code, o.message);
      } else put(name);
    }
  }
  return out;
}

function lockedSeconds(ext: Record<string, unknown>, now: number): number | undefined {
  const direct = num(ext.retryAfterSeconds) ?? num(ext.retryAfter);
  if (direct !== undefined) return direct;
  const minutes = num(ext.minutesLeft);
  if (minutes !== undefined) return minutes * 60;
  const until = typeof ext.lockedUntil === 'string' ? Date.parse(ext.lockedUntil) : NaN;
  return Number.isNaN(until) ? undefined : Math.max(0, Math.round((until - now) / 1000));
}

/** Maps any failure (urql CombinedError, thrown Error, plain object) to an AppError. */
export function toAppError(error: unknown, now: number = Date.now()): AppError {
  const src = (error ?? {}) as ErrorSource;
  const first = src.graphQLErrors?.[0];
  if (!first) {
    if (src.response?.status === 400) return { code: 'BAD_REQUEST', message: t('errors.BAD_REQUEST'), fields: {} };
    if (src.response?.status === 429) return { code: 'RATE_LIMITED', message: t('errors.RATE_LIMITED'), fields: {} };
    if (src.networkError || error instanceof TypeError) return { code: 'NETWORK', message: t('errors.NETWORK'), fields: {} };
    return { code: 'INTERNAL', message: t('errors.INTERNAL'), fields: {} };
  }

  // Prefer the most specific error when several arrive: validation first, then the first one.
  const chosen =
    src.graphQLErrors!.find((e) => normaliseCode(e.extensions?.code) === 'VALIDATION') ?? first;
  const ext = chosen.extensions ?? {};
  const rawCode = typeof ext.code === 'string' ? ext.code.toUpperCase() : '';
  const code = normaliseCode(ext.code);
  const reasonRaw = typeof ext.reason === 'string' ? ext.reason.toUpperCase() : '';

  if (rawCode === 'LOCKED_OUT' || reasonRaw === 'LOCKED_OUT' || reasonRaw === 'LOCKED') {
    const seconds = lockedSeconds(ext, now);
    const message =
      seconds !== undefined && seconds > 0
        ? t('errors.LOCKED_OUT', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
        : t('errors.LOCKED_OUT_SOON');
    return { code: 'UNAUTHENTICATED', reason: 'LOCKED_OUT', message, fields: {}, retryAfterSeconds: seconds };
  }

  switch (code) {
    case 'UNAUTHENTICATED': {
      const wrong = reasonRaw === 'WRONG_PASSWORD' || reasonRaw === 'INVALID_CREDENTIALS';
      return wrong
        ? { code, reason: 'WRONG_PASSWORD', message: t('errors.WRONG_PASSWORD'), fields: {} }
        : { code, message: t('errors.UNAUTHENTICATED'), fields: {} };
    }
    case 'RATE_LIMITED': {
      const seconds = num(ext.retryAfterSeconds) ?? num(ext.retryAfter);
      const message =
        seconds !== undefined && seconds > 0
          ? t('errors.RATE_LIMITED_SECONDS', { seconds: Math.ceil(seconds) })
          : t('errors.RATE_LIMITED');
      return { code, message, fields: {}, retryAfterSeconds: seconds };
    }
    case 'VALIDATION': {
      const fields = mapFieldErrors(ext.fields);
      const message = chosen.message && hasChinese(chosen.message) ? chosen.message : t('errors.VALIDATION');
      return { code, message, fields };
    }
    case 'CONFLICT':
      // The server says what happened ("该需求已被其他单位认领", "剩余容量不足：仅剩2间") when it knows;
      // that sentence is worth more than the generic one.
      return {
        code,
        message: chosen.message && hasChinese(chosen.message) ? chosen.message : t('errors.CONFLICT'),
        // A taken value (登录名已被使用) names its input, so the form shows it under the field.
        fields: ext.fields === undefined ? {} : mapFieldErrors(ext.fields),
        currentVersion: num(ext.currentVersion),
      };
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return { code, message: chosen.message && hasChinese(chosen.message) ? chosen.message : t(`errors.${code}`), fields: {} };
    default:
      return { code, message: t(`errors.${code}` as MessageKey), fields: {} };
  }
}

/** True when the failure means the cookie session is gone (so the app should ask to sign in again). */
export function isSessionLost(error: unknown): boolean {
  const src = (error ?? {}) as ErrorSource;
  return !!src.graphQLErrors?.some((e) => {
    const ext = e.extensions ?? {};
    return String(ext.code).toUpperCase() === 'UNAUTHENTICATED' && !ext.reason;
  });
}
