import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../db/client.ts';
import {
  changesAfter,
  ensureCursors,
  readCursors,
  recordPurgeFailure,
  recordPurged,
  type PurgeCursor,
} from './purge-cursors.ts';
import { keyHeaders, purgeKeys } from './purge-keys.ts';
import { describeFetchFailure } from '../../lib/fetch-failure.ts';
import { Poller } from '../../lib/poller.ts';

export const PURGE_USER_AGENT = 'Dateline-Purge/1';

/** Changes read (and purged) per attempt: a big ingest goes out in a few requests, not one huge one. */
const BATCH = 500;
/** The backoff stops doubling here: a cache back after an outage is purged within this long. */
const MAX_BACKOFF_MS = 60_000;
const MAX_ERROR_LENGTH = 500;

export type PurgeOutcome = 'purged' | 'failed';

export interface PurgeDispatcherOptions {
  db: Db;
  settings: Config['cachePurge'];
  log: FastifyBaseLogger;
  /** How often to look at the change log when nothing wakes the dispatcher (other processes write too). */
  pollMs?: number;
  /** Told of every PURGE request's outcome (the metrics count them). */
  onPurge?: (cacheUrl: string, outcome: PurgeOutcome, keys: number) => void;
}

/**
 * Purges every configured cache of what changed. Each cache has a cursor on the change log; a tick
 * reads the changes after it, sends `PURGE /` with their keys in `Surrogate-Key` (soft: the cache
 * keeps the old copy for stale-if-error only), and moves the cursor once the cache answered 2xx.
 * A failure leaves the cursor where it is and tries again after `retryBaseMs · 2^(failures−1)`
 * (plus up to 10 % jitter, at most a minute), forever: a purge is never dropped, and since the
 * keys are those of the whole range, a cache that was down catches up in one request.
 *
 * Nothing here runs inside a write: a slow or dead cache delays purges, never an answer.
 */
export class PurgeDispatcher {
  readonly #db: Db;
  readonly #settings: Config['cachePurge'];
  readonly #log: FastifyBaseLogger;
  readonly #onPurge: PurgeDispatcherOptions['onPurge'];
  readonly #poller: Poller;

  constructor({ db, settings, log, pollMs = 250, onPurge }: PurgeDispatcherOptions) {
    this.#db = db;
    this.#settings = settings;
    this.#log = log;
    this.#onPurge = onPurge;
    this.#poller = new Poller({
      pollMs,
      round: () => this.#round(),
      onRoundError: (error) =>
        this.#log.error({ err: error }, 'cache purge dispatch failed; trying again at the next poll'),
    });
  }

  get running() {
    return this.#poller.running;
  }

  async start() {
    if (this.#poller.running || this.#settings.urls.length === 0) return;
    await ensureCursors(this.#db, this.#settings.urls);
    this.#poller.start();
  }

  /** Stops and interrupts purges in flight; their changes stay unpurged for the next start. */
  async stop() {
    await this.#poller.stop();
  }

  /** Looks at the change log now rather than at the next poll (a write just committed). */
  wake() {
    this.#poller.wake();
  }

  /** Resolves once every cache has been purged up to `seq`, or rejects after `timeoutMs` (tests, bench). */
  async drained(seq: number, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    while ((await readCursors(this.#db, this.#settings.urls)).some((cursor) => cursor.purgedSeq < seq)) {
      if (Date.now() > deadline) throw new Error(`Caches not purged up to change ${seq} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Starts a purge for each cache that is due and behind; answers when the next backed-off one is due. */
  async #round() {
    const now = Date.now();
    let nextDueAt: number | undefined;
    for (const cursor of await readCursors(this.#db, this.#settings.urls)) {
      if (this.#poller.isInFlight(cursor.cacheUrl)) continue;
      const dueAt = cursor.nextAttemptAt === null ? now : Date.parse(cursor.nextAttemptAt);
      if (dueAt > now) {
        nextDueAt = Math.min(nextDueAt ?? dueAt, dueAt);
        continue;
      }
      const batch = await changesAfter(this.#db, cursor.purgedSeq, BATCH);
      if (batch.changes.length === 0) continue;
      // When it ends the poller looks again: more may have been written meanwhile, or the batch was full.
      this.#poller.launch(
        cursor.cacheUrl,
        (stopping) => this.#purge(cursor, batch.lastSeq, purgeKeys(batch.changes), stopping),
        (error) => this.#log.error({ err: error, cache: cursor.cacheUrl }, 'cache purge failed'),
      );
    }
    return nextDueAt;
  }

  async #purge(cursor: PurgeCursor, toSeq: number, keys: string[], stopping: AbortSignal) {
    const { timeoutMs, retryBaseMs } = this.#settings;
    let error: string | undefined;
    for (const header of keyHeaders(keys)) {
      try {
        const response = await fetch(cursor.cacheUrl, {
          method: 'PURGE',
          headers: { 'surrogate-key': header, 'user-agent': PURGE_USER_AGENT },
          redirect: 'manual',
          signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), stopping]),
        });
        await response.body?.cancel().catch(() => undefined);
        if (!response.ok) error = `The cache answered ${response.status}`;
      } catch (failure) {
        // Stopping is not the cache's fault: nothing is recorded, the range stays due.
        if (stopping.aborted) return;
        error = describeFetchFailure(failure, timeoutMs, 'cache');
      }
      this.#onPurge?.(cursor.cacheUrl, error === undefined ? 'purged' : 'failed', header.split(' ').length);
      if (error !== undefined) break;
    }
    const now = Date.now();
    if (error === undefined) {
      await recordPurged(this.#db, cursor.cacheUrl, cursor.purgedSeq, toSeq, new Date(now).toISOString());
      return;
    }
    const failures = cursor.failures + 1;
    const backoff = Math.min(retryBaseMs * 2 ** Math.min(failures - 1, 30), MAX_BACKOFF_MS) * (1 + Math.random() * 0.1);
    await recordPurgeFailure(
      this.#db,
      cursor.cacheUrl,
      error.slice(0, MAX_ERROR_LENGTH),
      new Date(now).toISOString(),
      new Date(now + backoff).toISOString(),
    );
    this.#log.warn({ cache: cursor.cacheUrl, failures, error }, 'cache purge failed; will retry');
  }
}
