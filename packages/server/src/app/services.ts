import type { AuthProvider } from '../auth/types';
import { type Clock, systemClock } from '../clock';
import { createDefinitionCache, type DefinitionCache } from '../definitions/definitionCache';
import { createEventHub, type EventHub } from '../events/eventHub';
import { createRateLimiter, type RateLimiter } from '../http/rateLimiter';
import { createKeyedMutex, type KeyedMutex, withStoreLock } from '../mutex/keyedMutex';
import type { CaseStore } from '../store/types';
import type { CalendarProvider, GridcaseOptions, Limits, Logger, WebhookOptions } from '../types';

/** Defaults for {@link Limits}. */
export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 1024 * 1024,
  definitionBytes: 128 * 1024,
  jsonDepth: 32,
  jsonString: 64 * 1024,
  jsonArray: 1000,
  attachmentBytes: 10 * 1024 * 1024,
  attachmentTypes: [
    'image/jpeg',
    'image/png',
    'image/webp',
    'application/pdf',
    'audio/mpeg',
    'audio/mp4',
    'video/mp4',
    'text/plain',
  ],
  pageSize: 200,
  requests: { capacity: 300, perSecond: 50 },
  reveals: { capacity: 20, perSecond: 20 / 3600 },
  exports: { capacity: 5, perSecond: 5 / 60 },
};

/** What every part of the app shares: the store, the clock, limits and in-process helpers. */
export interface Services {
  store: CaseStore;
  auth: AuthProvider;
  clock: Clock;
  calendar?: CalendarProvider;
  webhooks: WebhookOptions;
  limits: Limits;
  devMode: boolean;
  corsOrigins: string[];
  adminRole: string;
  logger: Logger;
  /**
   * Serializes commands per case (and case creation per idempotency key); across processes too
   * when the store has a shared lock (`withStoreLock`).
   */
  mutex: KeyedMutex;
  limiters: { requests: RateLimiter; reveals: RateLimiter; exports: RateLimiter };
  /** Committed case changes, for SSE. */
  hub: EventHub;
  /** Published definition versions (immutable, cached). */
  definitions: DefinitionCache;
}

/**
 * Resolves options into the shared services, with defaults filled in.
 *
 * @example
 * ```ts
 * const services = createServices({ store, auth });
 * services.limits.bodyBytes; // 1048576
 * ```
 */
export function createServices(options: GridcaseOptions): Services {
  const clock = options.clock ?? systemClock;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  return {
    store: options.store,
    auth: options.auth,
    clock,
    calendar: options.calendar,
    webhooks: options.webhooks ?? {},
    limits,
    devMode: options.devMode === true,
    corsOrigins: options.corsOrigins ?? [],
    adminRole: options.adminRole ?? 'countyAdmin',
    logger: options.logger ?? console,
    mutex: withStoreLock(createKeyedMutex(), options.store),
    limiters: {
      requests: createRateLimiter(limits.requests, clock),
      reveals: createRateLimiter(limits.reveals, clock),
      exports: createRateLimiter(limits.exports, clock),
    },
    hub: createEventHub(),
    definitions: createDefinitionCache(options.store),
  };
}
