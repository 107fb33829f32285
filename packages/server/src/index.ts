/**
 * @gridcase/server: the gridcase HTTP API as a Hono app a host serves or mounts, with its
 * stores, durable deadlines, webhooks, audit chain and CLI.
 */
export { createGridcaseApp, type GridcaseApp } from './app/createGridcaseApp';
export { DEFAULT_LIMITS } from './app/services';
export { type AuditVerdict, verifyAudit, verifyAuditChain } from './audit';
export { createJwtAuth, type JwtAuthOptions, MAX_TOKEN_MINUTES } from './auth/jwtAuth';
export type { AuthIdentity, AuthProvider, IssuedToken } from './auth/types';
export type { CaseSummary, CaseView, StageInfo } from './cases/caseView';
export { type Clock, createManualClock, type ManualClock, systemClock } from './clock';
export type { Scheduler } from './deadlines/scheduler';
export { installDefinition } from './definitions/installDefinition';
export type { JsonChange } from './definitions/jsonDiff';
export type { ErrorBody } from './errors/errorHandler';
export type { CaseEvent } from './events/eventHub';
export type { KpiFigures, KpiReport } from './kpis/computeKpis';
export type { Dispatcher, WebhookDelivery } from './outbox/dispatcher';
export { signWebhook, verifyWebhook } from './outbox/signature';
export { DEFAULT_PUBLIC_OPTIONS, type PublicStatus } from './public';
export { DEMO_COUNTY_ID, demoCounty } from './seed/demoCounty';
export { type SeedResult, seedDemo } from './seed/seedDemo';
export { type RunningServer, type ServeOptions, serve } from './serve/serve';
export {
  createLowdbStore,
  createMemoryStore,
  createPostgresStore,
  type LowdbStore,
  type LowdbStoreOptions,
  type PostgresStore,
  type PostgresStoreOptions,
} from './store';
export type * from './store/types';
export type {
  BucketOptions,
  CalendarProvider,
  GridcaseEnv,
  GridcaseOptions,
  Limits,
  Logger,
  PublicChannelOptions,
  Session,
  WebhookOptions,
} from './types';
