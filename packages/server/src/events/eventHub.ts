import type { AreaPath, CaseStatus } from '@gridcase/engine';

/** A case change as SSE subscribers and webhooks see it: no case data, no personal data. */
export interface CaseEvent {
  type: 'case.created' | 'case.updated';
  countyId: string;
  caseId: string;
  caseType: string;
  areaPath: AreaPath;
  version: number;
  stages: string[];
  status: CaseStatus;
  /** The command that caused it (`create` for creation). */
  action: string;
  at: string;
}

export type CaseEventListener = (event: CaseEvent) => void;

/** In-process fan-out of committed case changes (one server process). */
export interface EventHub {
  publish(event: CaseEvent): void;
  subscribe(listener: CaseEventListener): () => void;
  readonly listeners: number;
}

/**
 * Creates an event hub. Events are published after the store committed, so a subscriber never
 * hears of a change that is not durable. A listener that throws is dropped, not the publisher.
 *
 * @example
 * ```ts
 * const hub = createEventHub();
 * const stop = hub.subscribe((e) => console.log(e.type, e.caseId));
 * hub.publish(event);
 * stop();
 * ```
 */
export function createEventHub(): EventHub {
  const listeners = new Set<CaseEventListener>();
  return {
    publish(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          listeners.delete(listener);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get listeners() {
      return listeners.size;
    },
  };
}
