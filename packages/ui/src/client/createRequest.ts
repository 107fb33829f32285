import type { Locale } from '@gridcase/forms';
import { toApiError } from './GridcaseApiError';

/** How a client reaches its server; see `HttpClientOptions`. */
export interface RequestOptions {
  baseUrl: string;
  token?: string | (() => string | undefined | Promise<string | undefined>);
  fetch?: typeof fetch;
  locale?: Locale;
}

/**
 * The one way both clients call the server: base URL, bearer token when there is one,
 * `Accept-Language`, JSON in and out, and any non-2xx answer turned into a `GridcaseApiError`.
 *
 * @example
 * ```ts
 * const { json } = createRequest({ baseUrl: '/api', locale: 'zh-CN' });
 * const intake = await json<PublicIntake>('GET', '/public/fengyuan/intake');
 * ```
 */
export function createRequest(options: RequestOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request(method: string, path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (options.locale) headers.set('Accept-Language', options.locale);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    const res = await doFetch(`${base}${path}`, { ...init, method, headers });
    if (!res.ok) throw await toApiError(res);
    return res;
  }

  async function json<T>(method: string, path: string, body?: unknown, headers?: HeadersInit) {
    const init: RequestInit = { headers: new Headers(headers) };
    if (body !== undefined) {
      (init.headers as Headers).set('Content-Type', 'application/json');
      init.body = JSON.stringify(body);
    }
    const res = await request(method, path, init);
    return (res.status === 204 ? undefined : await res.json()) as T;
  }

  return { request, json };
}
