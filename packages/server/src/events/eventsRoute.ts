import { streamSSE } from 'hono/streaming';
import { inScope, scopeAreas } from '../access/scope';
import type { Services } from '../app/services';
import { defineRoute, type Route } from '../routes/defineRoute';
import type { CaseEvent } from './eventHub';

/** How often the stream sends a heartbeat and re-reads the caller (role changes, disabling). */
export const HEARTBEAT_MS = 25_000;

/**
 * `GET /events`: a server-sent event stream of `case.created` and `case.updated` for cases in
 * the caller's areas, without case data. Every heartbeat re-reads the user from the store: a
 * disabled user's stream ends, a changed scope applies.
 *
 * @example
 * ```ts
 * const source = new EventSource('/api/events'); // with the host's auth (cookie or proxy header)
 * source.addEventListener('case.updated', (e) => refresh(JSON.parse(e.data).caseId));
 * ```
 */
export function eventsRoute(services: Services, heartbeatMs = HEARTBEAT_MS): Route {
  return defineRoute({
    method: 'get',
    path: '/events',
    operationId: 'events',
    summary: 'Live case changes in the caller’s areas (server-sent events)',
    tags: ['cases'],
    responses: {
      200: {
        description: '`event: case.created|case.updated`, `data:` the change as JSON',
        contentType: 'text/event-stream',
      },
    },
    handler: (c, { session }) =>
      streamSSE(c, async (stream) => {
        let areas = session.areas;
        const queue: CaseEvent[] = [];
        let wake: (() => void) | undefined;
        const unsubscribe = services.hub.subscribe((event) => {
          if (event.countyId !== session.county.id || !inScope(areas, event)) return;
          queue.push(event);
          wake?.();
        });
        let open = true;
        stream.onAbort(() => {
          open = false;
          wake?.();
        });
        const beat = setInterval(() => {
          void (async () => {
            const user = await services.store.getUser(session.user.id);
            if (!user || user.disabled) {
              open = false;
              wake?.();
              return;
            }
            areas = scopeAreas(user);
            await stream.write(': heartbeat\n\n');
          })().catch(() => {
            open = false;
            wake?.();
          });
        }, heartbeatMs);
        beat.unref?.();
        try {
          await stream.writeSSE({
            event: 'ready',
            data: JSON.stringify({ userId: session.user.id }),
          });
          while (open) {
            const event = queue.shift();
            if (event) {
              await stream.writeSSE({
                event: event.type,
                id: `${event.caseId}:${event.version}`,
                data: JSON.stringify(event),
              });
              continue;
            }
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
            wake = undefined;
          }
        } finally {
          clearInterval(beat);
          unsubscribe();
        }
      }),
  });
}
