import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
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
 * Publishes scheduled articles when their time comes, without a restart: a timer set for the
 * next `publishAt`, re-armed after each run and whenever the workflow schedules something.
 */
async function schedulerPlugin(app: FastifyInstance) {
  let timer: NodeJS.Timeout | undefined;
  // Until this process leads (src/core/cluster/leader.ts), another one publishes.
  let closed = true;

  function run() {
    try {
      publishDue(app.db);
    } catch (error) {
      app.log.error({ err: error }, 'publishing scheduled articles failed');
    }
    arm();
  }

  function arm() {
    clearTimeout(timer);
    if (closed) return;
    const next = nextPublishAt(app.db);
    const wait = next === undefined ? MAX_SLEEP_MS : Math.min(Math.max(Date.parse(next) - Date.now(), 0), MAX_SLEEP_MS);
    timer = setTimeout(run, wait);
    timer.unref();
  }

  const stop = () => {
    closed = true;
    clearTimeout(timer);
  };
  app.decorate('scheduler', { wake: arm });
  app.leader.run({
    name: 'scheduler',
    start: () => {
      closed = false;
      run();
    },
    stop,
  });
  app.addHook('onClose', async () => stop());
}

export default fp(schedulerPlugin, { name: 'scheduler', dependencies: ['database', 'leader'] });
