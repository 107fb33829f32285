/**
 * The server's front door types: options for `createGridcaseApp`, the one Hono `Env`, and the
 * session a handler sees.
 */
import type { Actor } from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import type { AuthProvider } from './auth/types';
import type { Clock } from './clock';
import type { County, User, WorkCalendarConfig } from './store/types';

/** Input limits. Defaults follow research/reliability.md §2-§4. */
export interface Limits {
  /** Largest JSON request body in bytes (default 1 MiB). */
  bodyBytes: number;
  /**
   * Largest definition draft a county admin may save, in bytes (default 128 KiB: the shipped
   * templates are 15-22 KiB; one form schema may have 64 KiB).
   */
  definitionBytes: number;
  /** Deepest JSON nesting (default 32). */
  jsonDepth: number;
  /** Longest string in a JSON body (default 64 KiB). */
  jsonString: number;
  /** Longest array in a JSON body (default 1,000). */
  jsonArray: number;
  /** Largest attachment in bytes (default 10 MiB). */
  attachmentBytes: number;
  /** Accepted attachment content types. */
  attachmentTypes: string[];
  /** Largest page a list returns (default 200). */
  pageSize: number;
  /** Requests per user: burst capacity and refill per second. */
  requests: { capacity: number; perSecond: number };
  /** Personal-data reveals per user (default 20 per hour). */
  reveals: { capacity: number; perSecond: number };
  /** CSV exports per user (default 5 per minute). */
  exports: { capacity: number; perSecond: number };
}

/** Webhook delivery settings. */
export interface WebhookOptions {
  /** The `fetch` used to deliver (a test may pass its own). Default: global fetch. */
  fetch?: typeof fetch;
  /** Attempts before a row is given up (default 8). */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt (default 5 s). */
  backoffMs?: number;
  /** Per-delivery timeout (default 10 s). */
  timeoutMs?: number;
}

/** A host-supplied calendar override: the holidays and make-up workdays for a county. */
export type CalendarProvider = (county: County) => WorkCalendarConfig;

/** Minimal logger; `console` fits. */
export interface Logger {
  info(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

/** A token bucket: `capacity` at once, refilled at `perSecond`. */
export interface BucketOptions {
  capacity: number;
  perSecond: number;
}

/**
 * The citizen channel's abuse limits (`/public/...`, no sign-in). Buckets, the duplicate window
 * and photos waiting to be claimed live in this process's memory: with several server processes
 * (PostgreSQL) each process counts on its own, so the effective limits multiply by the number of
 * processes, and a photo must be claimed on the process it was uploaded to (route `/public/` to
 * one process, or use sticky sessions by client address).
 */
export interface PublicChannelOptions {
  /**
   * Addresses of reverse proxies allowed to name the client in `X-Forwarded-For`. Default none:
   * the client is the connection's peer address and the header is ignored. Exact IPs only.
   */
  trustedProxies: string[];
  /** Reports per client address (default 5 at once, then 5 per hour). */
  reportsPerAddress: BucketOptions;
  /** Reports per county from all addresses (default 200 at once, then 200 per hour). */
  reportsPerCounty: BucketOptions;
  /** Photo uploads per client address (default 30 at once, then 30 per hour). */
  uploadsPerAddress: BucketOptions;
  /** Status lookups, ratings and form reads per client address (default 60, then 1 per second). */
  readsPerAddress: BucketOptions;
  /** Largest photo in bytes (default 5 MiB). */
  photoBytes: number;
  /** Accepted photo types (default JPEG, PNG, WebP; the bytes are checked too). */
  photoTypes: string[];
  /** Photos per report (default 6). */
  photosPerReport: number;
  /** An unclaimed photo is discarded after this many ms (default 1 hour). */
  uploadTtlMs: number;
  /** Bytes of unclaimed photos held in memory at most (default 64 MiB); beyond: 429. */
  pendingUploadBytes: number;
  /** The same report (county, case type, normalized data) again within this many ms is refused (default 10 min). */
  duplicateWindowMs: number;
}

/** Options for {@link createGridcaseApp}. */
export interface GridcaseOptions {
  store: import('./store/types').CaseStore;
  auth: AuthProvider;
  clock?: Clock;
  calendar?: CalendarProvider;
  webhooks?: WebhookOptions;
  limits?: Partial<Limits>;
  /**
   * Development mode: demo sign-in by username (`POST /auth/dev-login`) and error stacks in
   * responses. Never for production; the app warns loudly when it is on and refuses to start
   * with it when `NODE_ENV` is `production`.
   */
  devMode?: boolean;
  /** Origins allowed to call the API from a browser (CORS). Default: none (same-origin only). */
  corsOrigins?: string[];
  /**
   * Carries out `notify` outbox rows (SMS, push, the county's messaging). Without it they are
   * marked sent and dropped.
   */
  notify?: (row: import('./store/types').OutboxRow) => Promise<void>;
  /** Background polling intervals (default 1 s each). */
  polling?: { schedulerMs?: number; dispatcherMs?: number };
  /** The citizen channel's limits and the trusted proxies (see {@link PublicChannelOptions}). */
  publicChannel?: Partial<PublicChannelOptions>;
  /** The role that configures a county when held at county level (default `countyAdmin`). */
  adminRole?: string;
  logger?: Logger;
}

/** The signed-in caller of a request, loaded from the store on every request. */
export interface Session {
  user: User;
  county: County;
  actor: Actor;
  /** Area ids the caller's roles are held in: the caller's scope. */
  areas: string[];
  isAdmin: boolean;
}

/** The one Hono `Env` of the gridcase app. */
export interface GridcaseEnv {
  Variables: {
    locale: Locale;
    requestId: string;
    session: Session | undefined;
  };
}
