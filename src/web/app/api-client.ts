import { AppError, errorStatus, isErrorBody, type ErrorCode } from '../../shared/errors';
import { i18n } from './i18n';

type QueryValue = string | number | boolean | null | undefined;
export type ApiQuery = Record<string, QueryValue>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let csrfToken: string | null = null;

/** Remembers the token from /auth/me (or sign-in, setup, accept); every write sends it back. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

const buildUrl = (path: string, query?: ApiQuery): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
};

/** For answers without our error body, e.g. a proxy's 502 while the server restarts. */
const codeForStatus = (status: number): ErrorCode => {
  if (status === 502 || status === 504) return 'UNAVAILABLE';
  return (
    (Object.entries(errorStatus).find(([, s]) => s === status)?.[0] as ErrorCode | undefined) ??
    (status >= 500 ? 'INTERNAL' : 'INVALID_INPUT')
  );
};

const readJson = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError(
      codeForStatus(response.status),
      i18n.t('common.errors.unexpected', { status: response.status }),
    );
  }
};

/**
 * Calls the Kehu API. Resolves with the JSON body; rejects only with an AppError carrying the
 * server's `{ error: { code, message, details } }`, or UNAVAILABLE when the server cannot be reached.
 */
export const apiRequest = async <T>(
  method: Method,
  path: string,
  options: {
    query?: ApiQuery;
    body?: unknown;
    /** A body sent as is (a CSV file), with its content type, instead of JSON. */
    raw?: { contentType: string; data: string | Blob };
    headers?: Record<string, string>;
  } = {},
) => {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.raw) headers['Content-Type'] = options.raw.contentType;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.raw
        ? options.raw.data
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
    });
  } catch {
    throw new AppError('UNAVAILABLE', i18n.t('common.errors.network'));
  }

  const body = await readJson(response);
  if (!response.ok) {
    if (isErrorBody(body)) throw new AppError(body.error.code, body.error.message, body.error.details);
    throw new AppError(
      codeForStatus(response.status),
      i18n.t('common.errors.unexpected', { status: response.status }),
    );
  }
  return body as T;
};

export const api = {
  get: <T>(path: string, query?: ApiQuery) => apiRequest<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};
