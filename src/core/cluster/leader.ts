import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { acquireLease, releaseLease } from './lease.ts';

/** Work that must run in one process at a time: started when this process leads, stopped when it stops. */
export interface SingletonWork {
  name: string;
  start(): Promise<void> | void;
  stop(): Promise<void> | void;
}

declare module 'fastify' {
  interface FastifyInstance {
    leader: {
      /** This process's name in the `leases` table: host, pid and a random part. */
      readonly id: string;
      readonly isLeader: boolean;
      /** Runs `work` in whichever process holds the lease (register before the app is ready). */
      run(work: SingletonWork): void;
    };
  }
}

export const LEADER_LEASE = 'singletons';

/**
 * One process of those sharing the database (WORKERS, or several hosts on one file) leads: it
 * holds the `singletons` lease and runs the publish scheduler and the webhook and purge
 * dispatchers. It renews the lease every `LEASE_TTL_MS / 5`; when it dies, another takes over
 * once the lease has expired (within LEASE_TTL_MS plus one renewal); a clean shutdown releases
 * it at once. Should a leader stall past its lease, two processes may briefly run the work: each
 * piece is safe against that on its own (publishing, claiming a delivery and moving a purge
 * cursor are conditional updates), the lease only keeps them from doing it twice as often.
 */
async function leaderPlugin(app: FastifyInstance) {
  const ttlMs = app.config.leaseTtlMs;
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const works: SingletonWork[] = [];
  let leading = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const log = app.log.child({ component: 'leader', leaderId: id });

  async function lead(now: boolean) {
    if (now === leading) return;
    leading = now;
    log.info(now ? 'took the singletons lease: running the scheduler and dispatchers' : 'lost the singletons lease');
    for (const work of works) {
      try {
        if (now) await work.start();
        else await work.stop();
      } catch (error) {
        log.error({ err: error, work: work.name }, now ? 'could not start' : 'could not stop');
      }
    }
  }

  /** Renews or takes the lease; resolves once this process has started or stopped its work accordingly. */
  async function tick() {
    let held = false;
    try {
      held = await acquireLease(app.db, LEADER_LEASE, id, ttlMs);
    } catch (error) {
      // The database is busy or failing: keep what we have; the lease runs out on its own if this lasts.
      log.warn({ err: error }, 'could not renew the singletons lease');
      held = leading;
    }
    if (!closed) {
      timer = setTimeout(() => void tick(), Math.max(50, Math.floor(ttlMs / 5)));
      timer.unref();
    }
    await lead(held);
  }

  app.decorate('leader', {
    id,
    get isLeader() {
      return leading;
    },
    run: (work: SingletonWork) => void works.push(work),
  });
  // Ready once the work this process leads has started (a purge dispatcher's cursors exist).
  app.addHook('onReady', async () => tick());
  // Before the database closes (onClose hooks run in reverse order of registration).
  app.addHook('onClose', async () => {
    closed = true;
    clearTimeout(timer);
    await lead(false);
    try {
      await releaseLease(app.db, LEADER_LEASE, id);
    } catch (error) {
      log.warn({ err: error }, 'could not release the singletons lease');
    }
  });
}

export default fp(leaderPlugin, { name: 'leader', dependencies: ['database'] });
