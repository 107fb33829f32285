import type { Locale } from '@gridcase/forms';
import type {
  CitizenClient,
  PublicIntake,
  PublicReceipt,
  PublicStatus,
  PublicUpload,
} from './citizenTypes';
import { createRequest } from './createRequest';

export interface CitizenClientOptions {
  /** Where the gridcase API is mounted, e.g. `/api`. */
  baseUrl: string;
  /** The county whose citizen channel this is. */
  countyId: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Sent as `Accept-Language`: refusals come back in the citizen's language. */
  locale?: Locale;
}

const enc = encodeURIComponent;

/**
 * A {@link CitizenClient} for the gridcase server's citizen channel of one county: no token is
 * ever sent; the tracking secret travels in the `X-Tracking-Secret` header, never in the URL.
 *
 * @example
 * ```tsx
 * const citizen = createCitizenClient({ baseUrl: '/api', countyId: 'fengyuan' });
 * <GridcaseProvider citizenClient={citizen}><CitizenReport /></GridcaseProvider>
 * ```
 */
export function createCitizenClient(options: CitizenClientOptions): CitizenClient {
  const { request, json } = createRequest(options);
  const county = `/public/${enc(options.countyId)}`;
  const tracked = (code: string) => `${county}/track/${enc(code.trim())}`;
  const secretHeader = (secret: string) => ({ 'X-Tracking-Secret': secret.trim() });
  return {
    intake: () => json<PublicIntake>('GET', `${county}/intake`),
    uploadPhoto: async (file, name) => {
      const form = new FormData();
      form.append('file', file, name);
      const res = await request('POST', `${county}/uploads`, { body: form });
      return (await res.json()) as PublicUpload;
    },
    report: (input) => json<PublicReceipt>('POST', `${county}/reports`, input),
    track: (code, secret) =>
      json<PublicStatus>('GET', tracked(code), undefined, secretHeader(secret)),
    rate: (code, secret, rating) =>
      json<PublicStatus>('POST', `${tracked(code)}/rating`, rating, secretHeader(secret)),
  };
}
