import type { Actor } from '@gridcase/engine';
import type { County } from '../store/types';
import type { Session } from '../types';

/** Whoever runs a case operation: a signed-in user, or the system (scheduler, migrations). */
export interface Caller {
  county: County;
  actor: Actor;
  /** Areas the caller may see; `all` for the system. */
  areas: string[] | 'all';
}

/**
 * The caller of an HTTP request.
 *
 * @example
 * ```ts
 * const view = await runCommand(services, callerOf(session), request);
 * ```
 */
export function callerOf(session: Session): Caller {
  return { county: session.county, actor: session.actor, areas: session.areas };
}
