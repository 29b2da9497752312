import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge } from 'prom-client';
import { lastChangeSeq, readCursors } from './purge-cursors.ts';
import { PurgeDispatcher } from './purge-dispatcher.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Cache purging (CACHE_PURGE_URLS): `wake()` after a write; `dispatcher` for tests and the bench. */
    cachePurge: { wake(): void; dispatcher: PurgeDispatcher };
  }
}

/**
 * Purges the caches in CACHE_PURGE_URLS after every committed change (see PurgeDispatcher), and
 * shows how it goes in /metrics: PURGE requests by outcome, and per cache the changes not yet
 * purged and the failures in a row (both read from the database, so right whichever process asks).
 */
async function cachePurgePlugin(app: FastifyInstance) {
  const urls = app.config.cachePurge.urls;
  const registers = [app.metricsRegistry];
  const requests = new Counter({
    name: 'dateline_cache_purge_requests_total',
    help: 'PURGE requests sent to caches, by cache and outcome (purged, failed)',
    labelNames: ['cache', 'outcome'] as const,
    registers,
  });
  const db = app.db;
  new Gauge({
    name: 'dateline_cache_purge_pending_changes',
    help: 'Changes committed but not yet purged from each cache',
    labelNames: ['cache'] as const,
    registers,
    async collect() {
      const [last, cursors] = await Promise.all([lastChangeSeq(db), readCursors(db, urls)]);
      for (const cursor of cursors) this.set({ cache: cursor.cacheUrl }, last - cursor.purgedSeq);
    },
  });
  new Gauge({
    name: 'dateline_cache_purge_failures',
    help: 'Failed purge attempts in a row, by cache (0 once a purge succeeds)',
    labelNames: ['cache'] as const,
    registers,
    async collect() {
      for (const cursor of await readCursors(db, urls)) this.set({ cache: cursor.cacheUrl }, cursor.failures);
    },
  });

  const dispatcher = new PurgeDispatcher({
    db,
    settings: app.config.cachePurge,
    log: app.log.child({ component: 'cache-purge' }),
    onPurge: (cache, outcome) => requests.inc({ cache, outcome }),
  });
  app.decorate('cachePurge', { wake: () => dispatcher.wake(), dispatcher });
  // A write has committed by the time it is answered: purge what it changed at once.
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') dispatcher.wake();
  });
  // In the one process that holds the lease (src/core/cluster/leader.ts): the others' writes reach it by its poll.
  app.leader.run({ name: 'cache-purge', start: () => dispatcher.start(), stop: () => dispatcher.stop() });
  app.addHook('onClose', async () => dispatcher.stop());
}

export default fp(cachePurgePlugin, { name: 'cache-purge', dependencies: ['database', 'metrics', 'leader'] });
