import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import { closeStore, describeStore, openStore } from '../db/store.ts';
import { seedDatabase } from '../../../seed/load.ts';

/** A worker that dies is replaced after this long; a crash loop costs a restart a second, no more. */
const RESTART_DELAY_MS = 1000;
/** How long workers get to finish their requests after SIGTERM before they are killed. */
const STOP_GRACE_MS = 15_000;

/**
 * WORKERS > 1: this process prepares the database (migrations, seed: once, before any worker
 * opens it), then runs `config.workers` copies of the server with node's cluster module. They
 * listen on one port (the primary hands out connections round-robin) and share the SQLite file:
 * WAL lets readers run beside the one writer, and busy_timeout makes a writer wait for another's
 * commit rather than fail (src/db/client.ts). One worker leads (src/core/cluster/leader.ts). A worker
 * that exits is replaced; SIGTERM or SIGINT stops them all, each finishing its requests.
 */
export async function runPrimary(config: Config, log: Logger) {
  const db = await openStore(config);
  const { seeded } = await seedDatabase(db);
  await closeStore(db);
  log.info({ workers: config.workers, database: describeStore(config), seeded }, 'starting workers');

  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < config.workers; i += 1) fork();

  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        log.info('all workers stopped');
        process.exit(0);
      }
      return;
    }
    log.error({ pid: worker.process.pid, code, signal }, 'worker exited; starting another');
    setTimeout(fork, RESTART_DELAY_MS).unref();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: killing the workers');
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'stopping workers');
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill('SIGTERM');
    setTimeout(() => {
      log.error('workers did not stop in time');
      process.exit(1);
    }, STOP_GRACE_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
