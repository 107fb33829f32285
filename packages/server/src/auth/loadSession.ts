import { gridcaseError } from '@gridcase/engine';
import { actorOf, isCountyAdmin, scopeAreas } from '../access/scope';
import type { Services } from '../app/services';
import type { User } from '../store/types';
import type { Session } from '../types';

function isUser(value: object): value is User {
  return 'countyId' in value && 'roles' in value;
}

/**
 * Authenticates a request and loads the caller from the store, on every request, so a disabled
 * user or a changed role takes effect at once (ASVS 8.3.2). Returns `undefined` when the request
 * carries no credentials.
 *
 * @example
 * ```ts
 * const session = await loadSession(c.req.raw, services);
 * if (!session) throw gridcaseError('auth.required');
 * ```
 */
export async function loadSession(
  request: Request,
  services: Services,
): Promise<Session | undefined> {
  const identity = await services.auth.authenticate(request);
  if (identity === null) return undefined;
  const user = isUser(identity) ? identity : await services.store.getUser(identity.userId);
  if (!user) throw gridcaseError('auth.userUnknown');
  if (user.disabled) throw gridcaseError('auth.userDisabled');
  const county = await services.store.getCounty(user.countyId);
  if (!county) throw gridcaseError('auth.userUnknown');
  return sessionFor(user, county, services.adminRole);
}

/**
 * Builds a session for a known user (also used by the scheduler's system commands in tests).
 *
 * @example
 * ```ts
 * const session = sessionFor(user, county, 'countyAdmin');
 * session.areas; // the areas the user's roles are held in
 * ```
 */
export function sessionFor(user: User, county: Session['county'], adminRole: string): Session {
  return {
    user,
    county,
    actor: actorOf(user),
    areas: scopeAreas(user),
    isAdmin: isCountyAdmin(user, adminRole),
  };
}
