import { startPostgresCluster } from '../tests/support/postgres-cluster.ts';

/**
 * `npm run postgres:throwaway`: the tests' throwaway PostgreSQL 15 cluster (tests/support/postgres-cluster.ts)
 * for a manual try: prints its URL and how long it took to start; Ctrl-C stops it and removes its folder.
 */

const startedAt = performance.now();
const cluster = await startPostgresCluster();
console.log(`PostgreSQL 15 started in ${Math.round(performance.now() - startedAt)} ms (pid ${cluster.pid}):
  ${cluster.url}
  psql ${cluster.url}
Its locale is C, so a database created in it sorts text as SQLite does. Ctrl-C stops it.`);

// `on`, not `once`: Ctrl-C signals the whole process group, so tsx relays a second SIGINT, which
// must not kill this process before the cluster has stopped and its folder is gone.
const stop = () => void cluster.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
