import { type CaseRecord, gridcaseError } from '@gridcase/engine';
import type { Context } from 'hono';
import type { Services } from '../app/services';
import { createRateLimiter } from '../http/rateLimiter';
import type { County } from '../store/types';
import type { GridcaseEnv, PublicChannelOptions } from '../types';
import { clientAddress } from './clientAddress';
import { createPendingUploads, type PendingUploads } from './pendingUploads';
import { publicOptions } from './publicOptions';
import { type PublicStatus, publicStatus } from './publicStatus';
import { createRecentReports, type RecentReports } from './recentReports';
import { normalizeTrackingCode, publicCaseId, verifySecret } from './trackingCode';

type Bucket = 'reads' | 'uploads' | 'reports' | 'county';

/** What the citizen channel's routes share: options, limiters, held photos and lookups. */
export interface PublicChannel {
  services: Services;
  options: PublicChannelOptions;
  pending: PendingUploads;
  recent: RecentReports;
  /** Takes a token from a bucket, or throws 429 `public.rateLimited` with `retryAfter`. */
  take(bucket: Bucket, key: string): void;
  /** The client's address (see `clientAddress`). */
  address(c: Context<GridcaseEnv>): string;
  /** The county, or 404 `public.countyUnknown`. */
  countyOf(countyId: string): Promise<County>;
  /** The case behind a code and the request's secret, or the one 404 for every kind of miss. */
  tracked(c: Context<GridcaseEnv>, countyId: string, rawCode: string): Promise<CaseRecord>;
  /** The citizen's view of a case. */
  statusOf(record: CaseRecord): Promise<PublicStatus>;
}

/**
 * Sets up the citizen channel's shared state: token buckets per address and county, the photos
 * waiting for their report and the duplicate window, all in this process's memory.
 *
 * @example
 * ```ts
 * const channel = createPublicChannel(services, { trustedProxies: ['10.0.0.2'] });
 * channel.take('reports', channel.address(c));
 * ```
 */
export function createPublicChannel(
  services: Services,
  given: Partial<PublicChannelOptions> = {},
): PublicChannel {
  const options = publicOptions(given);
  const limiter = (rule: PublicChannelOptions['readsPerAddress']) =>
    createRateLimiter(rule, services.clock);
  const limits: Record<Bucket, ReturnType<typeof limiter>> = {
    reads: limiter(options.readsPerAddress),
    uploads: limiter(options.uploadsPerAddress),
    reports: limiter(options.reportsPerAddress),
    county: limiter(options.reportsPerCounty),
  };
  return {
    services,
    options,
    pending: createPendingUploads(services.clock, {
      ttlMs: options.uploadTtlMs,
      maxBytes: options.pendingUploadBytes,
    }),
    recent: createRecentReports(services.clock, options.duplicateWindowMs),
    take(bucket, key) {
      const taken = limits[bucket].take(key);
      if (!taken.ok)
        throw gridcaseError('public.rateLimited', { retryAfter: taken.retryAfterSeconds });
    },
    address: (c) => clientAddress(c, options.trustedProxies),
    async countyOf(countyId) {
      const county = await services.store.getCounty(countyId);
      if (!county) throw gridcaseError('public.countyUnknown');
      return county;
    },
    async tracked(c, countyId, rawCode) {
      const code = normalizeTrackingCode(rawCode);
      const record = code
        ? await services.store.getCase(countyId, publicCaseId(countyId, code))
        : undefined;
      const secret = c.req.header('x-tracking-secret') ?? '';
      const ok = await verifySecret(secret, record?.citizen?.secretHash);
      if (!ok || !record || record.citizen?.trackingCode !== code) {
        throw gridcaseError('public.trackingNotFound');
      }
      return record;
    },
    async statusOf(record) {
      const { countyId, id, definition } = record;
      const pinned = await services.definitions.get(countyId, definition.id, definition.version);
      return publicStatus(pinned.definition, record, await services.store.getHistory(countyId, id));
    },
  };
}
