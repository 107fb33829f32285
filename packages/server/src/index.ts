export { createGridcaseApp, type GridcaseApp } from './app/createGridcaseApp';
export { DEFAULT_LIMITS } from './app/services';
export { createJwtAuth, type JwtAuthOptions, MAX_TOKEN_MINUTES } from './auth/jwtAuth';
export type { AuthIdentity, AuthProvider, IssuedToken } from './auth/types';
export { type Clock, createManualClock, type ManualClock, systemClock } from './clock';
export type * from './store/types';
export type {
  CalendarProvider,
  GridcaseEnv,
  GridcaseOptions,
  Limits,
  Logger,
  Session,
  WebhookOptions,
} from './types';
