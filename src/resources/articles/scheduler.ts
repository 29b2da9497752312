import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Poller } from '../../lib/poller.ts';
import { nextPublishAt, publishDue } from './write-repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    scheduler: { wake: () => void };
  }
}

/**
 * Even with nothing due, look again this often: another process (WORKERS) may have scheduled
 * something for the next few seconds, and only this one, the leader, publishes.
 */
const MAX_SLEEP_MS = 1000;

/**
 * Publishes scheduled articles when their time comes, without a restart: each round publishes
 * what is due and sleeps until the next `publishAt`; the workflow wakes it when it schedules one.
 */
async function schedulerPlugin(app: FastifyInstance) {
  const poller = new Poller({
    pollMs: MAX_SLEEP_MS,
    round: async () => {
      await publishDue(app.db);
      const next = await nextPublishAt(app.db);
      return next === undefined ? undefined : Date.parse(next);
    },
    onRoundError: (error) => app.log.error({ err: error }, 'publishing scheduled articles failed'),
  });
  app.decorate('scheduler', { wake: () => poller.wake() });
  // Until this process leads (src/core/cluster/leader.ts), another one publishes.
  app.leader.run({ name: 'scheduler', start: () => poller.start(), stop: () => poller.stop() });
  app.addHook('onClose', async () => poller.stop());
}

export default fp(schedulerPlugin, { name: 'scheduler', dependencies: ['database', 'leader'] });
