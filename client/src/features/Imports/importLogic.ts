// Pure parts of the CSV import page and the raw upload (POST /imports/uploads).
import type { ImportKind, ImportStatus } from '@/gql/graphql';
import { t } from '@/i18n';

export const KINDS: readonly ImportKind[] = ['MEMBERS', 'UNITS', 'ORGANISATIONS'];

/** RFC 4180 cell: quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A template the server reads back: UTF-8 with BOM (so Excel opens it as UTF-8), CRLF lines. */
export function csvTemplate(header: readonly string[], example: readonly string[]): string {
  return `\uFEFF${[header, example].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function looksLikeCsv(file: { name: string; type: string }): boolean {
  return /\.csv$/i.test(file.name) || file.type === 'text/csv';
}

export interface JobLike {
  status: ImportStatus;
  total: number;
  valid: number;
  processed: number;
  failed: number;
  errorCount: number;
}

export function progressPercent(job: JobLike): number {
  if (job.status === 'DONE') return 100;
  if (job.valid <= 0) return job.status === 'RUNNING' ? 0 : 100;
  return Math.max(0, Math.min(100, Math.floor((job.processed / job.valid) * 100)));
}

export const isFinished = (job: { status: ImportStatus }) => job.status !== 'RUNNING';

/** Polling slows down for long imports: 1 s, then 2 s after 30 s, then 5 s after 2 minutes. */
export function pollDelay(elapsedMs: number): number {
  return elapsedMs < 30_000 ? 1000 : elapsedMs < 120_000 ? 2000 : 5000;
}

export class UploadFailed extends Error {}

/** Sends the file as the raw body; the server answers {uploadId} or {error}. */
export async function uploadCsv(file: Blob): Promise<string> {
  let res: Response;
  try {
    res = await fetch('/imports/uploads', {
      method: 'POST',
      body: file,
      credentials: 'include',
      headers: { 'Content-Type': 'text/csv' },
    });
  } catch {
    throw new UploadFailed(t('errors.NETWORK'));
  }
  const json = (await res.json().catch(() => null)) as { uploadId?: string; error?: string } | null;
  if (!res.ok || !json?.uploadId) throw new UploadFailed(json?.error ?? t('errors.INTERNAL'));
  return json.uploadId;
}
