import type { CaseEvent } from '../catalog';
import type { Actor, AreaPath } from '../types';

/**
 * The event the compiled machine receives for a command on a case in `areaPath`: what every
 * guard and every entry, exit and transition action sees. `step()` sends it; `createCase()`
 * hands it to the initial transition, so the initial stage's entry actions run as they do
 * whenever a step enters that stage.
 */
export function commandEvent(
  type: string,
  command: { actor: Actor; data?: Record<string, unknown>; reason?: string },
  areaPath: AreaPath,
): CaseEvent {
  const event: CaseEvent = { type, actor: command.actor, areaPath };
  if (command.data) event.data = command.data;
  if (command.reason) event.reason = command.reason;
  return event;
}
