import type { Actor, AreaPath, CaseContext } from '../types';

/**
 * The event the compiled machine receives: the command plus what the engine knows about the
 * case (its area path). Built by `step()`; never persisted.
 */
export interface CaseEvent {
  type: string;
  data?: Record<string, unknown>;
  reason?: string;
  actor: Actor;
  areaPath: AreaPath;
}

/** What guards and actions see. */
export interface CatalogArgs {
  context: CaseContext;
  event: CaseEvent;
}

/** Reads a dotted path (`parties.0.name`) from a value. */
export function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

/** The case data overlaid with the command's payload: what data guards look at. */
export function dataWithPayload({ context, event }: CatalogArgs): Record<string, unknown> {
  return event.data ? { ...context.data, ...event.data } : context.data;
}
