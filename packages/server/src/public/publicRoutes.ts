import type { Services } from '../app/services';
import type { Route } from '../routes/defineRoute';
import type { PublicChannelOptions } from '../types';
import { intakeRoutes } from './intakeRoutes';
import { createPublicChannel } from './publicChannel';
import { reportRoute } from './reportRoute';
import { trackRoutes } from './trackRoutes';

/**
 * The citizen channel, no sign-in: a county's public forms, photo uploads, reports, status by
 * tracking code and secret, and one rating after closing. Limits per client address and per
 * county (429 `public.rateLimited` with `Retry-After`), a honeypot field, duplicate detection;
 * a wrong secret and an unknown code give the same 404. See docs/api.md.
 *
 * @example
 * ```ts
 * registerRoutes(app, publicRoutes(services, { trustedProxies: ['10.0.0.2'] }), services);
 * ```
 */
export function publicRoutes(
  services: Services,
  options: Partial<PublicChannelOptions> = {},
): Route[] {
  const channel = createPublicChannel(services, options);
  return [...intakeRoutes(channel), reportRoute(channel), ...trackRoutes(channel)];
}
