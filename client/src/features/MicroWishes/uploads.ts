// POST /uploads/photos: one multipart file per request, cookie auth, guarded by the X-JM-Upload header.
import { t } from '@/i18n';

export interface UploadedPhoto {
  id: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

export class UploadError extends Error {}

export async function uploadPhoto(file: File, signal?: AbortSignal): Promise<UploadedPhoto> {
  const body = new FormData();
  body.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch('/uploads/photos', {
      method: 'POST',
      body,
      credentials: 'include',
      headers: { 'X-JM-Upload': '1' },
      ...(signal ? { signal } : {}),
    });
  } catch {
    throw new UploadError(t('errors.NETWORK'));
  }
  const json = (await res.json().catch(() => null)) as (UploadedPhoto & { error?: { message?: string } }) | null;
  if (!res.ok || !json?.id) {
    throw new UploadError(json?.error?.message ?? t('microWishes.photo.uploadFailed'));
  }
  return json;
}
