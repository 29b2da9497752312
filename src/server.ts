import cluster from 'node:cluster';
import pino from 'pino';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { describeStore, openStore } from './core/db/store.ts';
import { closeOnSignals } from './shutdown.ts';
import { runPrimary } from './core/cluster/primary.ts';
import { seedDatabase } from '../seed/load.ts';

function loggerOptions(config: Config) {
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && process.stdout.isTTY);
  return pretty
    ? { level: config.logLevel, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } } }
    : // Written asynchronously: a busy server sends many lines per write instead of one write per line.
      { level: config.logLevel, stream: pino.destination({ dest: 1, sync: false }) };
}

/** Starts the API: config → database (migrated, seeded once) → app → listen; closes cleanly on signals. */
async function main() {
  const config = loadConfig();
  const db = await openStore(config);
  const { seeded } = await seedDatabase(db);
  const app = await buildApp({ config, db, logger: loggerOptions(config) });
  app.log.info({ database: describeStore(config), seeded }, seeded ? 'database seeded' : 'database already seeded');
  closeOnSignals(app);
  await app.listen({ host: config.host, port: config.port });
}

/** WORKERS > 1: this process forks the workers (src/core/cluster/primary.ts), and each of them runs main(). */
function start() {
  const config = loadConfig();
  if (config.workers > 1 && cluster.isPrimary) {
    return runPrimary(config, pino(loggerOptions(config)));
  }
  return main();
}

start().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
