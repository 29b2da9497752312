import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { nextPublishAt, publishDue } from './write-repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    scheduler: { wake: () => void };
  }
}

/** Even with nothing due, look again this often: another process may have scheduled something. */
const MAX_SLEEP_MS = 60_000;

/**
 * Publishes scheduled articles when their time comes, without a restart: a timer set for the
 * next `publishAt`, re-armed after each run and whenever the workflow schedules something.
 */
async function schedulerPlugin(app: FastifyInstance) {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

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

  app.decorate('scheduler', { wake: arm });
  app.addHook('onReady', async () => run());
  app.addHook('onClose', async () => {
    closed = true;
    clearTimeout(timer);
  });
}

export default fp(schedulerPlugin, { name: 'scheduler', dependencies: ['database'] });
