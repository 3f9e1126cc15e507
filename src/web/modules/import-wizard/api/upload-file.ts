import type { ImportUploadResult } from '../../../../shared/contracts/imports';
import { AppError, isErrorBody } from '../../../../shared/errors';
import { i18n } from '../../../app/i18n';

/** The server's limit; checked here too so nobody waits for a 200 MB upload to be refused. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * Sends the file itself as the body (the API streams it, no multipart), reporting upload
 * progress 0–1. XHR rather than the api client's fetch because fetch cannot report upload progress.
 * Rejects with an AppError like every other call. `path` is the upload route (orders have their own).
 */
export const uploadImportFile = <T = ImportUploadResult>(
  file: File,
  csrfToken: string,
  onProgress: (fraction: number) => void,
  path = '/api/v1/imports',
): Promise<T> =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${path}?fileName=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new AppError('UNAVAILABLE', i18n.t('common.errors.network')));
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body) return resolve(body as T);
      if (isErrorBody(body))
        return reject(new AppError(body.error.code, body.error.message, body.error.details));
      reject(
        new AppError(
          xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL',
          i18n.t('common.errors.unexpected', { status: xhr.status }),
        ),
      );
    };
    xhr.send(file);
  });
