import type { Services } from '../app/services';
import type { OutboxRow } from '../store/types';
import { signWebhook } from './signature';

/** Delivers outbox rows: webhooks over HTTP, notifications to the host. */
export interface Dispatcher {
  /** Claims and delivers what is due now; resolves to how many rows were delivered. */
  runDue(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

export interface DispatcherOptions {
  pollMs?: number;
  batch?: number;
  /** How long a claimed row stays locked to this worker (default 60 s). */
  leaseMs?: number;
  /** Carries out `notify` rows (SMS, push, the county's messaging); without it they are dropped as sent. */
  notify?: (row: OutboxRow) => Promise<void>;
}

/** The body a webhook receiver gets. */
export interface WebhookDelivery {
  /** Unique per delivery target and change: `caseId:version:webhook:subscriptionId`. Deduplicate by it. */
  id: string;
  event: string;
  createdAt: string;
  data: unknown;
}

const GAVE_UP = '9999-12-31T00:00:00.000Z';

/**
 * The outbox dispatcher: at-least-once delivery of rows written in the same commit as the case
 * change. Each webhook is POSTed as JSON with `X-Gridcase-Signature` (HMAC-SHA256, see
 * {@link signWebhook}), `X-Gridcase-Event` and `X-Gridcase-Delivery` (the row id, for
 * deduplication). A non-2xx answer, a network error or a timeout schedules a retry with
 * exponential backoff (5 s, 10 s, 20 s, ... capped at 1 h); after `maxAttempts` the row is parked
 * with its last error.
 *
 * @example
 * ```ts
 * const dispatcher = createDispatcher(app.gridcase.services, { notify: sendSms });
 * dispatcher.start();
 * ```
 */
export function createDispatcher(services: Services, options: DispatcherOptions = {}): Dispatcher {
  const pollMs = options.pollMs ?? 1000;
  const batch = options.batch ?? 20;
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = services.webhooks.maxAttempts ?? 8;
  const backoffMs = services.webhooks.backoffMs ?? 5000;
  const timeoutMs = services.webhooks.timeoutMs ?? 10_000;
  const doFetch = services.webhooks.fetch ?? ((input, init) => fetch(input, init));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;

  async function deliverWebhook(row: OutboxRow): Promise<void> {
    const { webhookId, event } = row.payload as { webhookId: string; event: unknown };
    const sub = (await services.store.listWebhooks(row.countyId)).find((s) => s.id === webhookId);
    if (!sub) return; // unsubscribed since: nothing to deliver
    const delivery: WebhookDelivery = {
      id: row.id,
      event: row.event,
      createdAt: row.createdAt,
      data: event,
    };
    const body = JSON.stringify(delivery);
    const response = await doFetch(sub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'gridcase-webhooks',
        'x-gridcase-event': row.event,
        'x-gridcase-delivery': row.id,
        'x-gridcase-signature': signWebhook(
          sub.secret,
          body,
          Math.floor(services.clock.now().getTime() / 1000),
        ),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (response.status < 200 || response.status > 299) throw new Error(`HTTP ${response.status}`);
  }

  async function deliver(row: OutboxRow): Promise<boolean> {
    try {
      if (row.kind === 'webhook') await deliverWebhook(row);
      else if (options.notify) await options.notify(row);
      await services.store.markOutboxSent(row.id, services.clock.now().toISOString());
      return true;
    } catch (error) {
      const attempts = row.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      const next =
        attempts >= maxAttempts
          ? GAVE_UP
          : new Date(
              services.clock.now().getTime() + Math.min(3_600_000, backoffMs * 2 ** (attempts - 1)),
            ).toISOString();
      await services.store.markOutboxFailed(
        row.id,
        attempts >= maxAttempts ? `gave up after ${attempts} attempts: ${message}` : message,
        next,
      );
      return false;
    }
  }

  async function runOnce(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const rows = await services.store.claimOutbox(
        services.clock.now().toISOString(),
        batch,
        leaseMs,
      );
      const results = await Promise.all(rows.map(deliver));
      delivered += results.filter(Boolean).length;
      if (rows.length < batch) return delivered;
    }
  }

  const runDue = () => {
    running ??= runOnce().finally(() => {
      running = undefined;
    });
    return running;
  };

  async function loop(): Promise<void> {
    if (stopped) return;
    await runDue().catch((error) => services.logger.error('[gridcase] dispatcher', error));
    if (stopped) return;
    timer = setTimeout(loop, pollMs);
    timer.unref?.();
  }

  return {
    runDue,
    start() {
      if (!stopped) return;
      stopped = false;
      void loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
