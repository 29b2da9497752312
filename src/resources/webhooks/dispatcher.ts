import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.ts';
import type { Db } from '../../core/db/client.ts';
import {
  claimDelivery,
  dueDeliveries,
  nextDueAt,
  recordAttempt,
  releaseDelivery,
  type AttemptOutcome,
  type DueDelivery,
} from './deliveries.ts';
import { signatureHeaders } from './signature.ts';
import { describeFetchFailure } from '../../lib/fetch-failure.ts';
import { Poller } from '../../lib/poller.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The webhook dispatcher: `wake()` after a write that enqueued events sends them at once. */
    webhooks: { wake(): void };
  }
}

export const USER_AGENT = 'Dateline-Webhooks/1';

export interface DispatcherOptions {
  db: Db;
  settings: Config['webhooks'];
  log: FastifyBaseLogger;
  /** How often to look for due deliveries when nothing wakes the dispatcher. */
  pollMs?: number;
  /** Deliveries sent at once: a slow receiver holds one slot, never the app. */
  concurrency?: number;
}

/** How long a claimed delivery is reserved beyond its timeout before another attempt may take it. */
const LEASE_MARGIN_MS = 30_000;
const MAX_ERROR_LENGTH = 1000;

/**
 * Sends the outbox: polls for due deliveries (and wakes at once when told a write enqueued some),
 * POSTs each signed to its receiver, and records the outcome. A 2xx answer settles a delivery;
 * anything else (another status, a refused connection, a timeout) schedules the next attempt
 * after `retryBaseMs · 2^(attempts−1)` plus up to 10 % jitter, until `maxAttempts` have failed.
 *
 * Deliveries of an inactive subscription stay pending and go out when it is switched back on.
 * Nothing here throws into the app, and at most `concurrency` requests (and as many rows) are
 * held in memory at a time.
 */
export class WebhookDispatcher {
  readonly #db: Db;
  readonly #settings: Config['webhooks'];
  readonly #log: FastifyBaseLogger;
  readonly #concurrency: number;
  readonly #poller: Poller;

  constructor({ db, settings, log, pollMs = 250, concurrency = 4 }: DispatcherOptions) {
    this.#db = db;
    this.#settings = settings;
    this.#log = log;
    this.#concurrency = concurrency;
    this.#poller = new Poller({
      pollMs,
      round: () => this.#round(),
      onRoundError: (error) =>
        this.#log.error({ err: error }, 'webhook dispatch failed; trying again at the next poll'),
    });
  }

  start() {
    this.#poller.start();
  }

  /** Stops polling and interrupts requests in flight; their deliveries stay due for the next start. */
  async stop() {
    await this.#poller.stop();
  }

  /** Looks for due deliveries now rather than at the next poll. */
  wake() {
    this.#poller.wake();
  }

  /** Claims and sends as many due deliveries as there are free slots; answers when the next retry is due. */
  async #round() {
    const inFlight = this.#poller.inFlight;
    const free = this.#concurrency - inFlight.length;
    if (free <= 0) return undefined;
    const now = Date.now();
    const due = await dueDeliveries(this.#db, new Date(now).toISOString(), free, inFlight);
    const lease = new Date(now + this.#settings.timeoutMs + LEASE_MARGIN_MS).toISOString();
    for (const delivery of due) {
      if (!(await claimDelivery(this.#db, delivery, lease))) continue;
      // When it ends the poller looks again: a slot is free, and there may be more waiting.
      this.#poller.launch(
        delivery.id,
        (stopping) => this.#send(delivery, stopping),
        (error) => this.#log.error({ err: error, deliveryId: delivery.id }, 'webhook delivery failed'),
      );
    }
    // Sleep until the next retry falls due when that is sooner than the next poll.
    const next = await nextDueAt(this.#db);
    return next === undefined ? undefined : Date.parse(next);
  }

  async #send(delivery: DueDelivery, stopping: AbortSignal) {
    const { timeoutMs, maxAttempts, retryBaseMs } = this.#settings;
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': USER_AGENT,
          ...signatureHeaders(delivery.secret, delivery.id, delivery.payload),
        },
        body: delivery.payload,
        // A redirect is an answer like any other non-2xx: a receiver moves by changing its URL here.
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), stopping]),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (!response.ok) error = `The receiver answered ${response.status}`;
    } catch (failure) {
      if (stopping.aborted) {
        // Shutting down is not the receiver's fault: no attempt is counted, and it is due again at once.
        await releaseDelivery(this.#db, delivery.id, new Date().toISOString());
        return;
      }
      error = describeFetchFailure(failure, timeoutMs, 'receiver').slice(0, MAX_ERROR_LENGTH);
    }
    const now = Date.now();
    const attempts = delivery.attempts + 1;
    const retry = error !== null && attempts < maxAttempts;
    const backoff = retryBaseMs * 2 ** Math.min(attempts - 1, 30) * (1 + Math.random() * 0.1);
    const outcome: AttemptOutcome = {
      at: new Date(now).toISOString(),
      statusCode,
      error,
      attempts,
      status: error === null ? 'delivered' : retry ? 'pending' : 'failed',
      nextAttemptAt: retry ? new Date(now + backoff).toISOString() : null,
    };
    await recordAttempt(this.#db, delivery.id, outcome);
    if (error !== null) {
      this.#log.warn({ deliveryId: delivery.id, attempts, statusCode, error }, 'webhook delivery attempt failed');
    }
  }
}

/** Runs the dispatcher from `ready` to `close`, and decorates the app with `webhooks.wake()`. */
async function webhooksPlugin(app: FastifyInstance) {
  const dispatcher = new WebhookDispatcher({
    db: app.db,
    settings: app.config.webhooks,
    log: app.log.child({ component: 'webhooks' }),
  });
  app.decorate('webhooks', { wake: () => dispatcher.wake() });
  // In the one process that holds the lease (src/core/cluster/leader.ts); the others only enqueue.
  app.leader.run({ name: 'webhooks', start: () => dispatcher.start(), stop: () => dispatcher.stop() });
  // Before the database closes: onClose hooks run in reverse order of registration.
  app.addHook('onClose', async () => dispatcher.stop());
}

export default fp(webhooksPlugin, { name: 'webhooks', dependencies: ['database', 'leader'] });
